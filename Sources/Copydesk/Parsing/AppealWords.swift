/// The words that give a line of a reader appeal or a sign-up box away: the appeal's vocabulary ("journalism",
/// "donate", "your support") and the words it speaks to the reader with ("we", "our", "you"). Read on a line's bytes,
/// capitals folded, only for the few lines that stand beside a button.
struct AppealWords {
    /// The line holds a word only appeals use ("journalism", "newsroom", "donate", "subscribe", "readers like you").
    var strong = false
    /// The line holds a word appeals share with the news ("news", "support", "stories", "email").
    var weak = false
    /// The line speaks to the reader: "we", "our", "us", "you" or "your" as a word ("US" in capitals is the country).
    var reader = false

    /// Fragments only appeals and sign-up boxes hold (lowercase).
    static let strongTable = PhraseTable([
        "journalis", "newsroom", "donat", "subscri", "readers like you", "your support", "support our", "support local",
        "membership", "nonprofit news", "become a supporter", "make your gift", "listener support",
    ])
    /// Fragments appeals hold that news text holds too (lowercase).
    static let weakTable = PhraseTable([
        "support", "news", "stories", "story", "report", "reader", "member", "mail", "inbox", "free", "contribut", "coverage",
    ])

    /// The words of `bytes` (a line's UTF-8).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        strong = Self.strongTable.firstListed(foldingBytes: bytes) != nil
        weak = strong || Self.weakTable.firstListed(foldingBytes: bytes) != nil
        reader = Self.speaksToReader(bytes)
    }

    /// True when a word of `bytes` (a run of ASCII letters after a byte that is no letter, ended by one that is none)
    /// is "we", "our", "us", "you" or "your", capitals folded, but for "US".
    static func speaksToReader(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            guard isLetter(bytes[index]) else { index &+= 1; continue }
            var end = index &+ 1
            while end < count, isLetter(bytes[end]) { end &+= 1 }
            let length = end &- index
            if length >= 2, length <= 4 {
                let a = bytes[index] | 0x20, b = bytes[index &+ 1] | 0x20
                let c: UInt8 = length > 2 ? bytes[index &+ 2] | 0x20 : 0, d: UInt8 = length > 3 ? bytes[index &+ 3] | 0x20 : 0
                switch length {
                case 2 where a == UInt8(ascii: "w") && b == UInt8(ascii: "e"): return true
                case 2 where a == UInt8(ascii: "u") && b == UInt8(ascii: "s") && bytes[index &+ 1] != UInt8(ascii: "S"): return true
                case 3 where a == UInt8(ascii: "o") && b == UInt8(ascii: "u") && c == UInt8(ascii: "r"): return true
                case 3 where a == UInt8(ascii: "y") && b == UInt8(ascii: "o") && c == UInt8(ascii: "u"): return true
                case 4 where a == UInt8(ascii: "y") && b == UInt8(ascii: "o") && c == UInt8(ascii: "u") && d == UInt8(ascii: "r"): return true
                default: break
                }
            }
            index = end
        }
        return false
    }

    /// True for an ASCII letter.
    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
}
