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
        var workspace = QuoteWorkspace()
        return quotes(in: article, reusing: &workspace)
    }

    /// `quotes(in:)` with the buffers and tables of `workspace` (one per worker, passed for every
    /// article it handles): the same quotes, without allocating the per-article storage again.
    public func quotes(in article: Article, reusing workspace: inout QuoteWorkspace) -> [Quote] {
        // Paragraphs after the last one holding a quoted span cannot change any quote.
        guard let last = article.body.lastIndex(where: { $0.kind != .subheading && Self.holdsQuote($0.text, scratch: &workspace.probe) })
        else { return [] }
        // One byte buffer and one token buffer serve every block in turn: a fresh workspace is
        // sized once for the longest block; a reused one keeps its room and grows on demand.
        var longest = 0
        if workspace.isFresh { for index in 0...last { longest = max(longest, article.body[index].text.utf8.count) } }
        workspace.prepare(longest: longest)
        // The table is filled in place inside the workspace's decider (no copy is made and dropped).
        func addIntroductions(_ text: String) {
            workspace.para.load(text)
            workspace.decider.resolver.table.add(tokens: workspace.para.tokens, paragraph: -1)
        }
        if let headline = article.headline { addIntroductions(headline) }
        for text in article.standfirst { addIntroductions(text) }
        for item in article.media { if let caption = item.caption { addIntroductions(caption) } }
        var quotes: [Quote] = []
        // The blocks read through the body's buffer (a plain load each, no checked Array subscript).
        article.body.withUnsafeBufferPointer { body in
            for index in 0...last where body[index].kind != .subheading {
                workspace.para.load(body[index].text)
                // A block without quotes only has its names read (what the decider does for it).
                if workspace.para.spans.isEmpty {
                    workspace.decider.resolver.read(paragraph: index, tokens: workspace.para.tokens)
                } else {
                    workspace.decider.quotes(in: workspace.para, index: index, into: &quotes)
                }
            }
        }
        return quotes
    }

    /// True when `text` holds at least one quoted span (a cheap byte test first: most text has no mark).
    static func holdsQuote(_ text: String) -> Bool {
        var scratch: [QuoteSpan] = []
        return holdsQuote(text, scratch: &scratch)
    }

    /// `holdsQuote(_:)` with the span found kept in `scratch` (emptied first), so a worker's
    /// buffer serves every test with no allocation.
    static func holdsQuote(_ text: String, scratch: inout [QuoteSpan]) -> Bool {
        if !scratch.isEmpty { QuoteMarkScanner.empty(&scratch) }
        // A native string's bytes are read in place; others through a contiguous copy.
        if let found = text.utf8.withContiguousStorageIfAvailable({ holdsQuote($0, scratch: &scratch) }) { return found }
        var text = text
        return text.withUTF8 { holdsQuote($0, scratch: &scratch) }
    }

    /// `holdsQuote` of a block's bytes, its first span (if any) left in `scratch` (empty on entry).
    @inline(__always)
    private static func holdsQuote(_ b: Bytes, scratch: inout [QuoteSpan]) -> Bool {
        guard mayHoldQuote(b) else { return ASCIISingleQuotes.pairs(in: b) > 0 }
        QuoteMarkScanner.spans(in: b, firstOnly: true, into: &scratch)
        return !scratch.isEmpty || ASCIISingleQuotes.pairs(in: b) > 0
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
            if n - i >= 16 {
                let v = ByteLanes.load(b.baseAddress! + i)
                if !ByteLanes.any((v .== ByteLanes.splat(0x22)) .| (v .== ByteLanes.splat(0xAB))
                    .| ((v & ByteLanes.splat(0xF8)) .== ByteLanes.splat(0x98))) { previous = b[i + 15]; i += 16; continue }
            }
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
