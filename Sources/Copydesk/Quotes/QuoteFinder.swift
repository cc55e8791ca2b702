/// Finds the direct quotations in an article's body and resolves their speakers.
///
/// Each body block is scanned once for quotation marks (`QuoteMarkScanner`), split into tokens
/// with every quote as one token (`Tokenizer`), and each quote is kept or dropped and attributed
/// by `QuoteDecider`. Speakers resolve to full names through a per-article `EntityTable` built from
/// the headline, standfirst, captions and body.
public struct QuoteFinder: Sendable {
    /// Creates a quote finder.
    public init() {}

    /// Every quotation in `article.body`, in order, with its speaker resolved from the whole article.
    public func quotes(in article: Article) -> [Quote] {
        var table = EntityTable()
        for text in [article.headline].compactMap({ $0 }) + article.standfirst + article.media.compactMap(\.caption) {
            let scalars = Array(text.unicodeScalars)
            table.add(tokens: Tokenizer.tokens(scalars, spans: QuoteMarkScanner.spans(in: scalars)), paragraph: -1)
        }
        var paragraphs: [ParagraphText?] = []
        paragraphs.reserveCapacity(article.body.count)
        for (index, block) in article.body.enumerated() {
            guard block.kind != .subheading else { paragraphs.append(nil); continue }
            let paragraph = ParagraphText(block.text)
            table.add(tokens: paragraph.tokens, paragraph: index)
            paragraphs.append(paragraph)
        }
        var decider = QuoteDecider(resolver: SpeakerResolver(table: table))
        var quotes: [Quote] = []
        for (index, paragraph) in paragraphs.enumerated() {
            guard let paragraph else { continue }
            quotes += decider.quotes(in: paragraph, index: index)
        }
        return quotes
    }

    /// Every quotation in `body`, with speakers resolved from the body alone.
    public func quotes(in body: [BodyBlock]) -> [Quote] {
        var article = Article(id: "", source: Source(path: nil, sha256: "", bytes: 0, encoding: "utf-8"))
        article.body = body
        return quotes(in: article)
    }
}

/// One body block prepared for the quotes stage: its scalars, quoted spans and tokens.
struct ParagraphText {
    /// The block's Unicode scalars; quote offsets index this array.
    let scalars: [Unicode.Scalar]
    /// The quoted spans, in order.
    let spans: [QuoteSpan]
    /// Tokens, each span as one `.quote` token.
    let tokens: [Token]

    /// Scans `text`.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        spans = QuoteMarkScanner.spans(in: scalars)
        tokens = Tokenizer.tokens(scalars, spans: spans)
    }

    /// The text of `span`.
    func text(of span: QuoteSpan) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    /// Words in `span` (runs of non-space scalars holding a letter or digit).
    func wordCount(of span: QuoteSpan) -> Int {
        var count = 0, inWord = false, hasWordChar = false
        for i in span.start..<span.end {
            let s = scalars[i]
            if ScalarClass.isSpace(s) {
                if inWord && hasWordChar { count += 1 }
                inWord = false; hasWordChar = false
            } else {
                inWord = true
                if ScalarClass.isWordChar(s) { hasWordChar = true }
            }
        }
        if inWord && hasWordChar { count += 1 }
        return count
    }
}
