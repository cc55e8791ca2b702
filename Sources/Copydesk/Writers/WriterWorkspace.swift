/// Scratch state the writers keep between articles on one thread: today the `xml` writer's
/// libxml2 writer and output buffer, made on first use and reused for every later article.
///
/// Make one per worker thread and pass it to `ArticleWriter.write(_:reusing:)` for every article
/// that thread converts; never share one between threads (it is not `Sendable`). The output is
/// byte for byte what `write(_:)` gives.
public struct WriterWorkspace: ~Copyable {
    var xml: XMLWriterSession?

    /// An empty workspace; writers fill it on first use.
    public init() {}
}

extension ArticleWriter {
    /// By default `write(_:)`: the writer keeps nothing between articles.
    public func write(_ article: borrowing Article, reusing workspace: inout WriterWorkspace) throws -> [UInt8] {
        try write(article)
    }
}
