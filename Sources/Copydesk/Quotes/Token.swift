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
