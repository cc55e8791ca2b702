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
        // Paragraphs after the last one holding a quotation mark cannot change any quote.
        guard let last = article.body.lastIndex(where: { $0.kind != .subheading && Self.mayHoldQuote($0.text) }) else { return [] }
        var table = EntityTable()
        for text in [article.headline].compactMap({ $0 }) + article.standfirst + article.media.compactMap(\.caption) {
            table.add(tokens: ParagraphText(text).tokens, paragraph: -1)
        }
        var decider = QuoteDecider(resolver: SpeakerResolver(table: table))
        var quotes: [Quote] = []
        for index in 0...last where article.body[index].kind != .subheading {
            let found = decider.quotes(in: ParagraphText(article.body[index].text), index: index)
            // Most paragraphs hold no quotation; the first that does hands over its array as is.
            if found.isEmpty { continue }
            if quotes.isEmpty { quotes = found } else { quotes.append(contentsOf: found) }
        }
        return quotes
    }

    /// True when `text` holds a byte that can start a quotation mark (", “ ” „ ‟ ‘ ’, «).
    static func mayHoldQuote(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x22 || (previous == 0xC2 && byte == 0xAB) || (previous == 0x80 && byte >= 0x98 && byte <= 0x9F) { return true }
            previous = byte
        }
        return false
    }

    /// Every quotation in `body`, with speakers resolved from the body alone.
    public func quotes(in body: [BodyBlock]) -> [Quote] {
        var article = Article(id: "", source: Source(path: nil, sha256: "", bytes: 0, encoding: "utf-8"))
        article.body = body
        return quotes(in: article)
    }
}

/// One body block prepared for the quotes stage: its UTF-8 bytes, quoted spans and tokens.
struct ParagraphText {
    /// The quoted spans, in order.
    let spans: [QuoteSpan]
    /// Tokens, each span as one `.quote` token, with the block's bytes.
    let tokens: TokenList

    /// Scans `text`.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        spans = QuoteMarkScanner.spans(in: bytes)
        tokens = Tokenizer.tokens(bytes, spans: spans)
    }

    /// The text of `span`.
    func text(of span: QuoteSpan) -> String {
        String(decoding: tokens.bytes[span.start..<span.end], as: UTF8.self)
    }

    /// Words in `span` (runs of non-space scalars holding a letter or digit).
    func wordCount(of span: QuoteSpan) -> Int {
        tokens.bytes.withUnsafeBufferPointer { b in
        var count = 0, inWord = false, hasWordChar = false
        var i = span.start
        while i < span.end {
            let (v, length) = ByteClass.decode(b, i)
            if ByteClass.isSpace(v) {
                if inWord && hasWordChar { count += 1 }
                inWord = false; hasWordChar = false
            } else {
                inWord = true
                if ByteClass.isWord(v) { hasWordChar = true }
            }
            i += length
        }
        if inWord && hasWordChar { count += 1 }
        return count
        }
    }

    /// The first letter or digit of `span`, if any.
    func firstWordScalar(of span: QuoteSpan) -> UInt32? {
        tokens.bytes.withUnsafeBufferPointer { b in
        var i = span.start
        while i < span.end {
            let (v, length) = ByteClass.decode(b, i)
            if ByteClass.isWord(v) { return v }
            i += length
        }
        return nil
        }
    }

    /// The last scalar of `span`.
    func lastScalar(of span: QuoteSpan) -> UInt32 {
        tokens.bytes.withUnsafeBufferPointer { ByteClass.scalar(before: span.end, in: $0) }
    }
}
