/// Turns scraped article text into an `Article`. Parsing never fails on text: lines that are not
/// article content land in `discarded` with a reason.
///
/// Stages: split into lines → classify each line → refine roles by neighbours → find the body
/// (maximum-weight run of paragraph lines) → read the header above it → walk every line once,
/// in order, into the article → find quotes in the body. Every stage is linear in the input.
public struct ArticleParser: Sendable {
    /// The parser's settings.
    public let options: ParserOptions

    /// Creates a parser that reads each file on its own evidence.
    public init() { options = ParserOptions() }

    /// Creates a parser with `options` (for example furniture lines found across a batch).
    public init(options: ParserOptions) { self.options = options }

    /// Decodes `bytes` and parses them. `id` defaults to a content hash; `path` is recorded as given.
    /// Throws `CopydeskError` with code `.notText` when the bytes are not text.
    public func parse(bytes: [UInt8], id: String? = nil, path: String? = nil) throws -> Article {
        var workspace = ParseWorkspace()
        return try parse(bytes: bytes, id: id, path: path, reusing: &workspace)
    }

    /// `parse(bytes:id:path:)` with the storage of `workspace` (one per worker, passed for every
    /// article it parses): the same article, without allocating the per-article tables again.
    public func parse(bytes: [UInt8], id: String? = nil, path: String? = nil,
                      reusing workspace: inout ParseWorkspace) throws -> Article {
        let decoded = try InputDecoder().decode(bytes, input: path ?? "-")
        let digest = SHA256.hexDigest(of: bytes)
        let source = Source(path: path, sha256: digest, bytes: bytes.count, encoding: decoded.encoding)
        return parse(decoded.text, id: id ?? String(digest.prefix(16)), source: source, workspace: &workspace)
    }

    /// Parses text that is already decoded.
    public func parse(text: String, id: String? = nil, path: String? = nil) -> Article {
        let utf8 = Array(text.utf8)
        let digest = SHA256.hexDigest(of: utf8)
        let source = Source(path: path, sha256: digest, bytes: utf8.count, encoding: "utf-8")
        var workspace = ParseWorkspace()
        return parse(InputDecoder.clean(text), id: id ?? String(digest.prefix(16)), source: source, workspace: &workspace)
    }

    func parse(_ text: String, id: String, source: Source, workspace: inout ParseWorkspace) -> Article {
        var text = text
        text.makeContiguousUTF8()
        // discarded lines are kept as ranges of the text
        var builder = ArticleBuilder(article: Article(id: id, source: source, discardedLines: DiscardedLines(base: text)))
        walk(text, into: &builder)
        // the builder is not captured here (only in `walk`'s closures): the quotes read its article in place
        Self.addQuotes(to: &builder.article, reusing: &workspace.quotes)
        // swapped out for an empty article (nothing allocated), not copied out (`finish()` copies it)
        var article = Article(id: "", source: Source(path: nil, sha256: "", bytes: 0, encoding: ""), discardedLines: DiscardedLines())
        swap(&article, &builder.article)
        return article
    }

    /// Finds the quotes of `article`, read in place.
    private static func addQuotes(to article: inout Article, reusing workspace: inout QuoteWorkspace) {
        article.quotes = QuoteFinder().quotes(in: article, reusing: &workspace)
    }

    /// Splits `text` (contiguous UTF-8) into lines, gives each its role and walks them once into `builder`.
    /// The closures return nothing: an article returned through them would be copied on its way out.
    private func walk(_ text: String, into builder: inout ArticleBuilder) {
        var text = text
        let base = text
        text.withUTF8 { text in
            // the lines keep no string: each is read through the page, whose UTF-8 is valid for this call only
            let page = LinePage(base: base, utf8: text)
            let lines = TextLine.lines(in: text)
            lines.withUnsafeBufferPointer { lines in
            // every stage reads the lines in place: no line or role is copied on its way through
            var roles = Self.classify(lines, page)
            if !options.knownFurniture.isEmpty {
                for index in lines.indices where roles[index].isText && !(lines[index].isParagraphLike && lines[index].words >= 25)
                    && options.knownFurniture.contains(lines[index].string(in: page)) {
                    roles[index] = .furniture(.furniture)
                }
            }
            roles.withUnsafeMutableBufferPointer { roles in
                RoleTable.with(roles) { table in  // each role's kind, worked out once, read by the context passes and the builder
                    ContextRules.apply(table, lines, page)
                    let layout = PageLayout(lines, table, page)
                    builder.reserve(body: max(0, layout.bodyEnd - layout.headerEnd + 1))
                    builder.takeAll(lines: lines, text: text, roles: table, layout: layout)
                }
            }
        } }
    }

    /// Each line's own role (`lines.map(LineClassifier.classify)`), the lines read in place from `page`: a line repeating an
    /// earlier one on the page takes its role (`LineClassifier.roles(of:)`).
    static func classify(_ lines: UnsafeBufferPointer<TextLine>, _ page: LinePage) -> [LineRole] {
        LineClassifier.roles(of: lines, page)
    }
}
