/// Turns scraped article text into an `Article`. Parsing never fails on text: lines that are not
/// article content land in `discarded` with a reason.
public struct ArticleParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Decodes `bytes` and parses them. `id` defaults to a content hash; `path` is recorded as given.
    /// Throws `CopydeskError` with code `.notText` when the bytes are not text.
    public func parse(bytes: [UInt8], id: String? = nil, path: String? = nil) throws -> Article {
        let decoded = try InputDecoder().decode(bytes, input: path ?? "-")
        let digest = SHA256.hexDigest(of: bytes)
        let source = Source(path: path, sha256: digest, bytes: bytes.count, encoding: decoded.encoding)
        return parse(decoded.text, id: id ?? String(digest.prefix(16)), source: source)
    }

    /// Parses text that is already decoded.
    public func parse(text: String, id: String? = nil, path: String? = nil) -> Article {
        let utf8 = Array(text.utf8)
        let digest = SHA256.hexDigest(of: utf8)
        let source = Source(path: path, sha256: digest, bytes: utf8.count, encoding: "utf-8")
        return parse(InputDecoder.clean(text), id: id ?? String(digest.prefix(16)), source: source)
    }

    func parse(_ text: String, id: String, source: Source) -> Article {
        var builder = ArticleBuilder(article: Article(id: id, source: source))
        let lines = LineSplitter.lines(of: text)
        let roles = lines.map(LineClassifier.classify)
        let bodyStart = LineClassifier.bodyStart(lines: lines, roles: roles)
        builder.readFrontMatter(lines: lines[..<bodyStart], roles: roles[..<bodyStart])
        builder.readBody(lines: lines[bodyStart...], roles: roles[bodyStart...])
        var article = builder.finish()
        article.quotes = QuoteFinder().quotes(in: article)
        return article
    }
}
