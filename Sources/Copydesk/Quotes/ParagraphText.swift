/// One body block prepared for the quotes stage: its UTF-8 bytes, quoted spans and tokens.
struct ParagraphText {
    /// The quoted spans, in order.
    private(set) var spans: [QuoteSpan]
    /// Tokens, each span as one `.quote` token, with the block's bytes.
    private(set) var tokens: TokenList
    /// The tokenizer's tables, fetched once for the paragraph's life (`load` reads every block with them).
    private let tables = Tokenizer.Tables.shared

    /// Buffers handed from one block to the next, so an article allocates them once.
    struct Scratch {
        var bytes: [UInt8] = []
        var tokens: [Token] = []
        var spans: [QuoteSpan] = []

        /// Empty buffers.
        init() {}

        /// Buffers sized once for blocks of up to `longest` bytes (the token buffer still grows
        /// for a block dense in short tokens).
        init(longest: Int) { reserve(longest: longest) }

        /// Room for blocks of up to `longest` bytes in buffers that may already hold some.
        mutating func reserve(longest: Int) {
            if bytes.capacity < longest { bytes.reserveCapacity(longest) }
            if tokens.count < longest / 3 + 16 {
                tokens.append(contentsOf: repeatElement(TokenList.blank, count: longest / 3 + 16 - tokens.count))
            }
        }
    }

    /// An empty paragraph: its buffers grow on the first `load`.
    init() {
        spans = []
        tokens = TokenList(bytes: [], items: [], count: 0)
    }

    /// Room for blocks of up to `longest` bytes (the token buffer still grows for a block dense in
    /// short tokens).
    mutating func reserve(longest: Int) {
        if tokens.bytes.capacity < longest { tokens.bytes.reserveCapacity(longest) }
        if tokens.items.count < longest / 3 + 16 {
            tokens.items.append(contentsOf: repeatElement(TokenList.blank, count: longest / 3 + 16 - tokens.items.count))
        }
    }

    /// Scans `text` into the paragraph's own buffers in place (capacity kept): the same spans and
    /// tokens as `init(_:scratch:)`, without handing buffers from block to block.
    mutating func load(_ text: String) {
        // One replacement keeps the buffer's capacity: no separate emptying pass. A native string's
        // bytes are read in place (no copy of the String is made to reach them).
        if text.utf8.withContiguousStorageIfAvailable({ Self.copy($0, into: &tokens.bytes) }) == nil {
            var text = text
            text.withUTF8 { Self.copy($0, into: &tokens.bytes) }
        }
        tokens.count = Tokenizer.tokens(tokens.bytes, findingSpans: &spans, into: &tokens.items, tables: tables)
    }

    /// `bytes` made equal to `source` in place, capacity kept: the count is set by dropping or
    /// appending the difference and the rest copied over (cheaper than one `replaceSubrange`).
    @inline(__always)
    static func copy(_ source: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) {
        let n = source.count, old = bytes.count
        if n < old { bytes.removeSubrange(n..<old) } else if n > old { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[old...])) }
        let shared = Swift.min(n, old)
        if shared > 0 { bytes.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: source.baseAddress!, count: shared) } }
    }

    /// Scans `text` into the buffers of `scratch` (left empty until `release(into:)`).
    init(_ text: String, scratch: inout Scratch) {
        var bytes = scratch.bytes
        scratch.bytes = []
        var text = text
        // One replacement keeps the buffer's capacity: no separate emptying pass.
        text.withUTF8 { bytes.replaceSubrange(0..<bytes.count, with: $0) }
        var items = scratch.tokens
        scratch.tokens = []
        spans = scratch.spans
        scratch.spans = []
        let count = Tokenizer.tokens(bytes, findingSpans: &spans, into: &items)
        tokens = TokenList(bytes: bytes, items: items, count: count)
    }

    /// Hands the buffers back to `scratch` for the next block; the paragraph is empty afterwards.
    mutating func release(into scratch: inout Scratch) {
        scratch.bytes = tokens.bytes
        scratch.tokens = tokens.items
        scratch.spans = spans
        tokens = TokenList(bytes: [], items: [])
        spans = []
    }

    /// The text of `span`.
    func text(of span: QuoteSpan) -> String {
        String(decoding: tokens.bytes[span.start..<span.end], as: UTF8.self)
    }

    /// Words in `span` (runs of non-space scalars holding a letter or digit), counted up to 4:
    /// the rules only ask whether a span has fewer than three, three, or more than three words.
    /// ASCII bytes are told apart by comparisons; other scalars are decoded (`wordCountByRule`
    /// decodes every scalar).
    func wordCount(of span: QuoteSpan) -> Int {
        tokens.bytes.withUnsafeBufferPointer { b in
        var count = 0, inWord = false, hasWordChar = false
        var i = span.start
        while i < span.end {
            let c = b[i]
            let space: Bool, wordChar: Bool, length: Int
            if c < 0x80 {
                space = c == 0x20 || c &- 0x09 < 5
                wordChar = (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10
                if wordChar, b.count &- i > 8 {
                    // Lower-case letters after a letter or digit change nothing (the word is open
                    // and holds a letter): skipped up to eight at a time, never past the span.
                    inWord = true; hasWordChar = true
                    let w = UnsafeRawPointer(b.baseAddress! + (i &+ 1)).loadUnaligned(as: UInt64.self).littleEndian
                    let run = Tokenizer.notLowerMask(w).trailingZeroBitCount &>> 3
                    i = Swift.min(i &+ 1 &+ run, span.end)
                    continue
                }
                length = 1
            } else {
                let (v, n) = ByteClass.decode(b, i)
                space = ByteClass.isSpace(v); wordChar = ByteClass.isWord(v); length = n
            }
            if space {
                if inWord && hasWordChar { count += 1; if count == 4 { return 4 } }
                inWord = false; hasWordChar = false
            } else {
                inWord = true
                if wordChar { hasWordChar = true }
            }
            i += length
        }
        if inWord && hasWordChar { count += 1 }
        return count
        }
    }

    /// `wordCount(of:)` with every scalar decoded: the rule its ASCII comparisons stand for.
    func wordCountByRule(of span: QuoteSpan) -> Int {
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
