/// A pure output format: an `Article` in, bytes out. Writers never touch the file system.
public protocol ArticleWriter: Sendable {
    /// The complete output for one article.
    func write(_ article: Article) throws -> [UInt8]

    /// `write(_:)`, keeping per-thread scratch state in `workspace` between articles where the
    /// writer has any (see `WriterWorkspace`); the bytes are the same. Defaults to `write(_:)`.
    func write(_ article: borrowing Article, reusing workspace: inout WriterWorkspace) throws -> [UInt8]

    /// Bytes that open a merged output holding many articles (`--merge`).
    func mergedHeader() throws -> [UInt8]
    /// One article's part of a merged output; `index` counts from 0 in input order.
    func mergedEntry(_ article: Article, index: Int) throws -> [UInt8]
    /// Bytes that close a merged output.
    func mergedFooter() throws -> [UInt8]
}

extension ArticleWriter {
    /// By default a merged output has no header.
    public func mergedHeader() throws -> [UInt8] { [] }
    /// By default a merged entry is the article's ordinary output.
    public func mergedEntry(_ article: Article, index: Int) throws -> [UInt8] { try write(article) }
    /// By default a merged output has no footer.
    public func mergedFooter() throws -> [UInt8] { [] }

    /// The merged output of `articles`, in the order given.
    public func writeMerged(_ articles: [Article]) throws -> [UInt8] {
        var out = try mergedHeader()
        for index in articles.indices { out += try mergedEntry(articles[index], index: index) }
        out += try mergedFooter()
        return out
    }
}
