/// A paragraph's tokens with its bytes, so words can be read back as text when a name is needed.
struct TokenList {
    /// The paragraph's UTF-8 bytes.
    var bytes: [UInt8]
    /// The tokens: the first `count` slots (a reused buffer may hold stale slots after them).
    var items: [Token]
    /// Number of tokens.
    var count: Int

    /// The first `count` slots of `items` with the bytes they index.
    init(bytes: [UInt8], items: [Token], count: Int) {
        self.bytes = bytes; self.items = items; self.count = count
    }

    /// All of `items` with the bytes they index.
    init(bytes: [UInt8], items: [Token]) { self.init(bytes: bytes, items: items, count: items.count) }
    /// The token at `i` (below `count`).
    subscript(_ i: Int) -> Token { items[i] }

    /// The first capitalised word at or after `i` and before `end` (`end` when there is none).
    @inline(__always)
    func nextCapitalizedWord(from i: Int, before end: Int) -> Int {
        items.withUnsafeBufferPointer { t in
            let limit = Swift.min(end, t.count)
            var k = i
            // Only word tokens are ever capitalised (the tokenizer sets the flag for words alone).
            // Four tokens a step, then one at a time.
            while k &+ 4 <= limit {
                if t[k].capitalized { return k }
                if t[k &+ 1].capitalized { return k &+ 1 }
                if t[k &+ 2].capitalized { return k &+ 2 }
                if t[k &+ 3].capitalized { return k &+ 3 }
                k &+= 4
            }
            while k < limit, !t[k].capitalized { k += 1 }
            return k < limit ? k : end
        }
    }

    /// The first `.stop` token at or after `i` (`count` when there is none).
    @inline(__always)
    func nextStop(from i: Int) -> Int { next(.stop, from: i) }

    /// The first token of `kind` at or after `i` (`count` when there is none).
    @inline(__always)
    func next(_ kind: Token.Kind, from i: Int) -> Int {
        items.withUnsafeBufferPointer { t in
            let limit = Swift.min(count, t.count)
            var k = i
            // Four tokens a step, then one at a time.
            while k &+ 4 <= limit {
                if t[k].kind == kind { return k }
                if t[k &+ 1].kind == kind { return k &+ 1 }
                if t[k &+ 2].kind == kind { return k &+ 2 }
                if t[k &+ 3].kind == kind { return k &+ 3 }
                k &+= 4
            }
            while k < limit, t[k].kind != kind { k += 1 }
            return k < limit ? k : count
        }
    }

    /// The indices of the `.quote` tokens, in order (found four tokens a step by `next`).
    var quoteIndices: QuoteIndices { QuoteIndices(tokens: self) }

    /// The indices of a block's `.quote` tokens.
    struct QuoteIndices: Sequence, IteratorProtocol {
        let tokens: TokenList
        var at = 0
        /// The next quote token's index, or nil after the last.
        @inline(__always)
        mutating func next() -> Int? {
            let q = tokens.next(.quote, from: at)
            guard q < tokens.count else { return nil }
            at = q &+ 1
            return q
        }
    }

    /// A placeholder for the unused slots of a token buffer.
    static let blank = Token(kind: .other, start: 0, end: 0, stemEnd: 0, key: 0, capitalized: false, possessive: false)

    /// True for word `i` when it is a surname with a lower-case Arabic article joined by a hyphen ("al-Madani",
    /// "el-Sisi"): a name word inside a name.
    @inline(__always)
    func isParticleName(_ i: Int) -> Bool {
        let t = items[i], s = t.start
        guard t.end &- s >= 5 else { return false }
        return (bytes[s] == UInt8(ascii: "a") || bytes[s] == UInt8(ascii: "e")) && bytes[s &+ 1] == UInt8(ascii: "l")
            && bytes[s &+ 2] == UInt8(ascii: "-") && bytes[s &+ 3] &- UInt8(ascii: "A") < 26
    }

    /// True for a word ending in "ly" (adverbs between a speaker and the verb), read from its
    /// bytes: more than three bytes before its possessive ending, the last two "ly".
    @inline(__always)
    func endsLy(_ i: Int) -> Bool {
        let t = items[i]
        let s = t.stemEnd
        // a capitalised word is a name ("Kelly", "Donnelly"), not a manner adverb
        return t.kind == .word && !t.capitalized && s &- t.start > 3 && bytes[s &- 1] == 0x79 && bytes[s &- 2] == 0x6C
    }

    /// True for a word ending in "ing" (participles: "adding", "warning"): more than four bytes
    /// before its possessive ending, the last three "ing".
    @inline(__always)
    func endsIng(_ i: Int) -> Bool {
        let t = items[i]
        let s = t.stemEnd
        return t.kind == .word && s &- t.start > 4 && bytes[s &- 1] == 0x67 && bytes[s &- 2] == 0x6E && bytes[s &- 3] == 0x69
    }

    /// True for a lower-case word ending in "ed" (a past tense: "Grisham dismissed"): more than four bytes, the last two "ed".
    @inline(__always)
    func endsEd(_ i: Int) -> Bool {
        let t = items[i]
        let s = t.stemEnd
        return t.kind == .word && !t.capitalized && s &- t.start > 4 && bytes[s &- 1] == 0x64 && bytes[s &- 2] == 0x65
    }

    /// True when the word at `k` (> 0) starts right where the word before it ends: one printed word the tokenizer split
    /// at a lower→upper seam ("DoorDash", "BuzzFeed"), joined again with no space in speaker and role text.
    @inline(__always)
    func isGlued(_ k: Int) -> Bool { items[k].start == items[k &- 1].end && items[k].isWord && items[k &- 1].isWord }

    /// True when the seam before token `k` (which starts where the token before it ends) keeps a space: not two
    /// words, or a name the scrape ran into its repeat (`gluesRepeat`).
    @inline(never)
    func spacedSeam(_ k: Int, _ range: Range<Int>) -> Bool { !isGlued(k) || gluesRepeat(range) }

    /// True when a glued word in `range` repeats a word before it in `range` ("Kristi NoemKristi Lynn Noem"): a scrape
    /// that ran a name into its repeat, whose seams stay spaces.
    @inline(never)
    func gluesRepeat(_ range: Range<Int>) -> Bool {
        for k in range.dropFirst() where isGlued(k) {
            for j in range.lowerBound..<k where items[j].key == items[k].key { return true }
        }
        return false
    }

    /// The word at `i` without possessive ending.
    func text(_ i: Int) -> String { String(decoding: bytes[items[i].start..<items[i].stemEnd], as: UTF8.self) }
    /// The word at `i` as printed.
    func printed(_ i: Int) -> String { String(decoding: bytes[items[i].start..<items[i].end], as: UTF8.self) }

    /// The tokens in `range` one space apart (a comma without one: "Ministry of Housing, Communities"), each as
    /// printed or without possessive ending, built in one buffer (the same text as joining `printed`/`text` of each).
    func joined(_ range: Range<Int>, printed: Bool) -> String {
        guard !range.isEmpty else { return "" }
        var length = range.count - 1
        for k in range { length += (printed ? items[k].end : items[k].stemEnd) - items[k].start }
        return String(unsafeUninitializedCapacity: length) { out in
            bytes.withUnsafeBufferPointer { b in
                var at = 0
                for k in range {
                    if k > range.lowerBound, items[k].kind != .comma, items[k].start != items[k - 1].end || spacedSeam(k, range) { out[at] = 0x20; at += 1 }
                    for i in items[k].start..<(printed ? items[k].end : items[k].stemEnd) { out[at] = b[i]; at += 1 }
                }
                return at
            }
        }
    }
}
