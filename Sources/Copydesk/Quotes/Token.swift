/// A word or punctuation token of a paragraph, with UTF-8 byte offsets.
struct Token {
    /// What the token is.
    enum Kind: UInt8 {
        /// A word (letters, digits, inner apostrophes, hyphens, dots of abbreviations).
        case word
        /// A comma.
        case comma
        /// A colon.
        case colon
        /// A sentence end: `.`, `!`, `?`, `;` or `…` outside quotes.
        case stop
        /// An opening bracket.
        case openParen
        /// A closing bracket.
        case closeParen
        /// A whole quoted span (its index into the paragraph's spans is `quoteIndex`).
        case quote
        /// Dashes and other marks.
        case other
    }

    /// `WordKey` of the word without possessive ending (0 for punctuation, the span index for quotes).
    var key: UInt64
    /// The offsets in 32 bits (a block's bytes are counted in `Int` everywhere else), so a token
    /// takes 24 bytes and is written with fewer stores.
    private var start32: UInt32, end32: UInt32, stemEnd32: UInt32
    /// The kind.
    var kind: Kind
    /// Bit 0: `capitalized`; bit 1: `possessive` (one byte, so `lists` fits the 24 bytes).
    private var marks: UInt8
    /// The word lists that hold the word's key (`WordLists` bits, set once per block by
    /// `WordLists.mark`); 0 for every token that is not a word.
    var lists: UInt16

    /// True when the word starts with an upper-case letter.
    @inline(__always) var capitalized: Bool { marks & 1 != 0 }
    /// True when the word ended in ’s / 's (or a bare ’ after s).
    @inline(__always) var possessive: Bool { marks & 2 != 0 }
    /// True when the word is in one of the lists of `list` (a `WordLists` bit or bits).
    @inline(__always) func isIn(_ list: UInt16) -> Bool { lists & list != 0 }

    /// First byte offset.
    var start: Int { Int(start32) }
    /// Offset past the last byte (possessive ending included).
    var end: Int { Int(end32) }
    /// Offset past the word without its possessive ending ("China" for "China’s").
    var stemEnd: Int { Int(stemEnd32) }

    /// A token (offsets below 2^32: `Tokenizer` refuses longer blocks).
    @inline(__always)
    init(kind: Kind, start: Int, end: Int, stemEnd: Int, key: UInt64, capitalized: Bool, possessive: Bool) {
        self.key = key
        start32 = UInt32(truncatingIfNeeded: start); end32 = UInt32(truncatingIfNeeded: end)
        stemEnd32 = UInt32(truncatingIfNeeded: stemEnd)
        self.kind = kind; marks = (capitalized ? 1 : 0) | (possessive ? 2 : 0); lists = 0
    }

    /// True for word tokens.
    var isWord: Bool { kind == .word }
    /// The index of a `.quote` token's span among the paragraph's spans.
    var quoteIndex: Int { Int(truncatingIfNeeded: key) }
}

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
    func nextStop(from i: Int) -> Int {
        items.withUnsafeBufferPointer { t in
            let limit = Swift.min(count, t.count)
            var k = i
            // Four tokens a step, then one at a time.
            while k &+ 4 <= limit {
                if t[k].kind == .stop { return k }
                if t[k &+ 1].kind == .stop { return k &+ 1 }
                if t[k &+ 2].kind == .stop { return k &+ 2 }
                if t[k &+ 3].kind == .stop { return k &+ 3 }
                k &+= 4
            }
            while k < limit, t[k].kind != .stop { k += 1 }
            return k < limit ? k : count
        }
    }

    /// A placeholder for the unused slots of a token buffer.
    static let blank = Token(kind: .other, start: 0, end: 0, stemEnd: 0, key: 0, capitalized: false, possessive: false)

    /// True for a word ending in "ly" (adverbs between a speaker and the verb), read from its
    /// bytes: more than three bytes before its possessive ending, the last two "ly".
    @inline(__always)
    func endsLy(_ i: Int) -> Bool {
        let t = items[i]
        let s = t.stemEnd
        return t.kind == .word && s &- t.start > 3 && bytes[s &- 1] == 0x79 && bytes[s &- 2] == 0x6C
    }

    /// True for a word ending in "ing" (participles: "adding", "warning"): more than four bytes
    /// before its possessive ending, the last three "ing".
    @inline(__always)
    func endsIng(_ i: Int) -> Bool {
        let t = items[i]
        let s = t.stemEnd
        return t.kind == .word && s &- t.start > 4 && bytes[s &- 1] == 0x67 && bytes[s &- 2] == 0x6E && bytes[s &- 3] == 0x69
    }

    /// The word at `i` without possessive ending.
    func text(_ i: Int) -> String { String(decoding: bytes[items[i].start..<items[i].stemEnd], as: UTF8.self) }
    /// The word at `i` as printed.
    func printed(_ i: Int) -> String { String(decoding: bytes[items[i].start..<items[i].end], as: UTF8.self) }

    /// The tokens in `range` one space apart, each as printed or without possessive ending, built
    /// in one buffer (the same text as joining `printed`/`text` of each).
    func joined(_ range: Range<Int>, printed: Bool) -> String {
        guard !range.isEmpty else { return "" }
        var length = range.count - 1
        for k in range { length += (printed ? items[k].end : items[k].stemEnd) - items[k].start }
        return String(unsafeUninitializedCapacity: length) { out in
            bytes.withUnsafeBufferPointer { b in
                var at = 0
                for k in range {
                    if k > range.lowerBound { out[at] = 0x20; at += 1 }
                    for i in items[k].start..<(printed ? items[k].end : items[k].stemEnd) { out[at] = b[i]; at += 1 }
                }
                return at
            }
        }
    }
}
