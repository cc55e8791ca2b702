/// Splits a paragraph's bytes into tokens, treating each quoted span as one token.
enum Tokenizer {
    /// Tokens of `b`; quoted spans from `spans` become single `.quote` tokens.
    static func tokens(_ bytes: [UInt8], spans: [QuoteSpan]) -> TokenList {
        var items: [Token] = []
        let count = tokens(bytes, spans: spans, into: &items)
        return TokenList(bytes: bytes, items: items, count: count)
    }

    /// Writes the tokens of `bytes` into the first slots of `items` and returns how many there
    /// are; `items` only grows (its later slots are left as they were).
    static func tokens(_ bytes: [UInt8], spans: [QuoteSpan], into items: inout [Token]) -> Int {
        precondition(bytes.count < Int(UInt32.max), "a block of 4 GiB or more")  // tokens keep 32-bit offsets
        // Every token takes at least one byte, so `n + 1` slots always suffice; most paragraphs
        // need far fewer, so a third of that is tried first and the paragraph redone if it fills.
        let small = bytes.count / 3 + 16
        if items.count < small { items.append(contentsOf: repeatElement(TokenList.blank, count: small - items.count)) }
        let count = fill(bytes, spans: spans, into: &items)
        if count < items.count { return count }
        if items.count < bytes.count + 1 {
            items.append(contentsOf: repeatElement(TokenList.blank, count: bytes.count + 1 - items.count))
        }
        return fill(bytes, spans: spans, into: &items)
    }

    /// Tokens of `bytes` with its quoted spans found in the same pass, by the rules of
    /// `QuoteMarkScanner.spans(in:)`: `spans` is emptied and filled with them, and the tokens are
    /// written as `tokens(_:spans:into:)` writes them for those spans (the mark scan reads only
    /// the bytes inside quotes; the words outside are read once, by the tokenizer).
    static func tokens(_ bytes: [UInt8], findingSpans spans: inout [QuoteSpan], into items: inout [Token],
                       tables: Tables = .shared) -> Int {
        tokens(padded: bytes + repeatElement(0, count: padding), length: bytes.count, findingSpans: &spans, into: &items, tables: tables)
    }

    /// Zero bytes a block must have after it for `tokens(padded:length:findingSpans:into:tables:)`.
    @inline(__always) static var padding: Int { 16 }

    /// `tokens(_:findingSpans:into:tables:)` of the block `bytes[0..<n]`, followed in `bytes` by
    /// `padding` zero bytes (any bytes may follow those): the word loads read past the block's end
    /// without testing for it, and the zeros end a word there as the block's end does.
    static func tokens(padded bytes: [UInt8], length n: Int, findingSpans spans: inout [QuoteSpan], into items: inout [Token],
                       tables: Tables = .shared) -> Int {
        precondition(n + padding <= bytes.count && n < Int(UInt32.max), "a block of 4 GiB or more, or unpadded")
        assert(bytes[n..<(n + padding)].allSatisfy { $0 == 0 }, "the padding after a block is zero")
        // A slot for every byte, so the loop never tests for room (a reused buffer grows once, to
        // the longest block it has served).
        if items.count < n + 1 {
            items.append(contentsOf: repeatElement(TokenList.blank, count: n + 1 - items.count))
        }
        // Most blocks hold no quote: an empty buffer is left alone (emptying costs a call).
        if !spans.isEmpty { QuoteMarkScanner.empty(&spans) }
        return bytes.withUnsafeBufferPointer { all in
            let b = UnsafeBufferPointer(start: all.baseAddress, count: n)
            return items.withUnsafeMutableBufferPointer { slots in
                var writer = TokenWriter(slots: slots.baseAddress!, capacity: slots.count, lists: tables.lists)
                fusedTokens(b, classes: tables.classes, findingSpans: &spans, into: &writer)
                return writer.count
            }
        }
    }

    /// `tokens(_:spans:)` with every word read by the general rule (`wordEnd`, `word`), none from
    /// the eight-byte shortcuts: the reference the tests hold the shortcuts to.
    static func tokensByRule(_ bytes: [UInt8], spans: [QuoteSpan]) -> TokenList {
        precondition(bytes.count < Int(UInt32.max), "a block of 4 GiB or more")
        var items = Array(repeating: TokenList.blank, count: bytes.count + 1)
        let count = bytes.withUnsafeBufferPointer { b in
            items.withUnsafeMutableBufferPointer { slots in
                var writer = TokenWriter(slots: slots.baseAddress!, capacity: slots.count)
                tokens(b, spans: spans, into: &writer, shortcuts: false)
                return writer.count
            }
        }
        return TokenList(bytes: bytes, items: items, count: count)
    }

    /// Tokens written into the slots of `items`; stops with every slot written when they do not suffice.
    private static func fill(_ bytes: [UInt8], spans: [QuoteSpan], into items: inout [Token]) -> Int {
        bytes.withUnsafeBufferPointer { b in
            items.withUnsafeMutableBufferPointer { slots in
                var writer = TokenWriter(slots: slots.baseAddress!, capacity: slots.count)
                tokens(b, spans: spans, into: &writer)
                return writer.count
            }
        }
    }

    /// Writes tokens into a fixed run of slots and counts them; each word gets its word-list bits
    /// (`Token.lists`) as it is written.
    struct TokenWriter {
        let slots: UnsafeMutablePointer<Token>
        let capacity: Int
        /// The next slot to write (a pointer, so the fused loop hands it over with no division).
        var next: UnsafeMutablePointer<Token>
        let lists: WordLists.Probe
        init(slots: UnsafeMutablePointer<Token>, capacity: Int, lists: WordLists.Probe = WordLists.shared.probe) {
            self.slots = slots; self.capacity = capacity; self.lists = lists; next = slots
        }
        /// Number of tokens written.
        @inline(__always) var count: Int { next - slots }
        /// True when every slot is written.
        @inline(__always) var isFull: Bool { next == slots + capacity }
        @inline(__always) mutating func append(_ token: Token) {
            var token = token
            if token.kind == .word { token.lists = lists.bits(token.key) }
            next.pointee = token; next += 1
        }
    }

    private static func tokens(_ b: Bytes, spans: [QuoteSpan], into out: inout TokenWriter, shortcuts: Bool = true) {
        var i = 0, spanIndex = 0
        let n = b.count
        var nextSpan = spans.isEmpty ? Int.max : spans[0].open
        while i < n {
            if out.isFull { return }
            if nextSpan <= i {
                let s = spans[spanIndex]
                out.append(Token(kind: .quote, start: s.open, end: s.after, stemEnd: s.after, key: UInt64(spanIndex),
                                 capitalized: false, possessive: false))
                i = max(s.after, i &+ 1); spanIndex &+= 1
                nextSpan = spanIndex < spans.count ? spans[spanIndex].open : Int.max
                continue
            }
            step(b, &i, n, into: &out, shortcuts: shortcuts)
        }
    }
}
