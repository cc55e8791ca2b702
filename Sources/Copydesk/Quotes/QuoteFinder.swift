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
        var text = text
        return text.withUTF8 { mayHoldQuote($0) }
    }

    /// True when `b` holds 0x22, 0xC2 0xAB or 0x80 followed by 0x98…0x9F. Eight bytes are tested
    /// at once for a candidate second byte; only a chunk holding one is read byte by byte.
    static func mayHoldQuote(_ b: Bytes) -> Bool {
        let n = b.count
        var previous: UInt8 = 0
        var i = 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        while i < n {
            if n - i >= 8 {
                let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self).littleEndian
                let candidates = zeroBytes(w ^ (ones &* 0x22)) | zeroBytes(w ^ (ones &* 0xAB)) | zeroBytes((w & (ones &* 0xF8)) ^ (ones &* 0x98))
                if candidates == 0 { previous = UInt8(truncatingIfNeeded: w >> 56); i += 8; continue }
                for k in i..<(i + 8) {
                    let byte = b[k]
                    if byte == 0x22 || (previous == 0xC2 && byte == 0xAB) || (previous == 0x80 && byte >= 0x98 && byte <= 0x9F) { return true }
                    previous = byte
                }
                i += 8; continue
            }
            let byte = b[i]
            if byte == 0x22 || (previous == 0xC2 && byte == 0xAB) || (previous == 0x80 && byte >= 0x98 && byte <= 0x9F) { return true }
            previous = byte
            i += 1
        }
        return false
    }

    /// 0x80 in each zero byte of `x`, exactly (no borrow between bytes).
    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low) &+ low) | x | low)
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

    /// Words in `span` (runs of non-space scalars holding a letter or digit), counted up to 4:
    /// the rules only ask whether a span has fewer than three, three, or more than three words.
    func wordCount(of span: QuoteSpan) -> Int {
        tokens.bytes.withUnsafeBufferPointer { b in
        var count = 0, inWord = false, hasWordChar = false
        var i = span.start
        while i < span.end {
            let (v, length) = ByteClass.decode(b, i)
            if ByteClass.isSpace(v) {
                if inWord && hasWordChar { count += 1; if count == 4 { return 4 } }
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
