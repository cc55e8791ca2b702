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
        let lines = TextLine.lines(of: text)
        var roles = lines.map(LineClassifier.classify)
        if !options.knownFurniture.isEmpty {
            for index in lines.indices where roles[index] == .text && !(lines[index].isParagraphLike && lines[index].words >= 25)
                && options.knownFurniture.contains(String(lines[index].text)) {
                roles[index] = .furniture(.furniture)
            }
        }
        ContextRules.apply(&roles, lines: lines)
        let layout = PageLayout(lines: lines, roles: roles)
        var builder = ArticleBuilder(article: Article(id: id, source: source))
        for index in lines.indices {
            builder.take(index, line: lines[index], role: roles[index], layout: layout)
        }
        var article = builder.finish()
        article.quotes = QuoteFinder().quotes(in: article)
        return article
    }
}
