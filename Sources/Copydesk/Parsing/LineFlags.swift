/// The byte facts `TextLine` keeps, read in one pass over contiguous UTF-8: the word count and the
/// cheap gates rules test before any costly search.
struct LineFlags {
    /// Number of words separated by `Unicode.Scalar.isSpaceLike` scalars (as `StringProtocol.wordCount`).
    private(set) var words = 0
    /// An ASCII digit, a colon, a slash, a comma, a tab; a straight or curly double quotation mark.
    private(set) var digit = false, colon = false, slash = false, comma = false, tab = false, quote = false
    /// ". " occurs (every caption lead such as ". Photo by " holds it).
    private(set) var dotSpace = false
    /// "http://", "https://" or "www." occurs, ASCII case ignored.
    private(set) var url = false
    /// Bit `letter - a` for each ASCII letter (case folded) right before a colon: what a label ("photo:") may end with.
    private(set) var lettersBeforeColon: UInt32 = 0
    /// Bit `capital - A` for each ASCII capital right after ". ": how a trailing credit lead (". Photo by ") may open.
    private(set) var capitalsAfterDotSpace: UInt32 = 0
    /// "..." or "…" occurs.
    private(set) var ellipsis = false

    /// Scans `text` once.
    init(_ text: Substring) {
        text.withUTF8Bytes { scan($0) }
    }

    /// Scans the UTF-8 `bytes` of a line once.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        scan(bytes)
    }

    /// True when the bytes ending at `index` (inclusive) are `pattern`, ASCII case ignored (`pattern` is lowercase ASCII).
    private static func endsWith(_ pattern: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard index + 1 >= count else { return false }
        let start = index + 1 - count
        let expected = pattern.utf8Start
        for offset in 0..<count {
            let byte = bytes[start + offset]
            if (byte &- 65 < 26 ? byte | 0x20 : byte) != expected[offset] { return false }
        }
        return true
    }

    /// True when the line ends like a sentence: `StringProtocol.endsLikeSentence` read from the UTF-8 bytes
    /// (closing quotes and brackets skipped, then ". ! ? … :").
    static func endsLikeSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0 {
            let last = bytes[end - 1]
            switch last {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): end -= 1; continue
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"): return true
            case 0xBB where end >= 2 && bytes[end - 2] == 0xC2: end -= 2; continue  // »
            case 0x9D where end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80: end -= 3; continue  // ”
            case 0x99 where end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80: end -= 3; continue  // ’
            case 0xA6 where end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80: return true  // …
            default: return false
            }
        }
        return false
    }

    /// Eight bytes at `offset` read as one word: when all are ASCII letters or spaces (0x20) — most of a line's
    /// prose — counts the words starting in them (a letter after a space, or after a space or line start before
    /// the chunk when `inWord` is false), updates `inWord` and returns true; otherwise changes nothing and returns false.
    /// Such a chunk sets no other flag: ". " is checked by the caller at the chunk's first byte.
    @inline(__always)
    private static func lettersAndSpaces(_ raw: UnsafeRawPointer, at offset: Int, inWord: inout Bool, words: inout Int) -> Bool {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        let high: UInt64 = 0x8080_8080_8080_8080
        let folded = word | 0x2020_2020_2020_2020  // A–Z to a–z; a space stays 0x20
        // per byte, without carries for ASCII bytes (a chunk with another byte fails the test below anyway)
        let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & ~word & high  // 0x61...0x7A
        let spaces = ~((word ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & ~word & high  // exactly 0x20
        guard letters | spaces == high else { return false }
        let spaceBefore = spaces << 8 | (inWord ? 0 : 0x80)  // byte i's flag moved onto byte i + 1
        words += (letters & spaceBefore).nonzeroBitCount
        inWord = spaces & (1 << 63) == 0
        return true
    }

    /// Records the ASCII capital, if any, after the space at `index`.
    @inline(__always)
    private mutating func noteCapital(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) {
        guard index + 1 < bytes.count, case let capital = bytes[index + 1], capital &- UInt8(ascii: "A") < 26 else { return }
        capitalsAfterDotSpace |= 1 << UInt32(capital &- UInt8(ascii: "A"))
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var inWord = false
        var index = 0
        let total = bytes.count
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while index < total {
            if let raw, index + 8 <= total, Self.lettersAndSpaces(raw, at: index, inWord: &inWord, words: &words) {
                // a space opening the chunk may close ". " with the byte before it
                if bytes[index] == 0x20, index > 0, bytes[index - 1] == UInt8(ascii: ".") { dotSpace = true; noteCapital(bytes, after: index) }
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if (byte | 0x20) &- UInt8(ascii: "a") < 26 {  // a letter: the common case, and the rest of its run
                    if !inWord { inWord = true; words += 1 }
                    index += 1
                    while index < total, (bytes[index] | 0x20) &- UInt8(ascii: "a") < 26 { index += 1 }
                    continue
                } else if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C {
                    inWord = false
                    if byte == 0x20 {
                        if index > 0, bytes[index - 1] == UInt8(ascii: ".") { dotSpace = true; noteCapital(bytes, after: index) }
                    } else if byte == 0x09 { tab = true }
                } else {
                    if !inWord { inWord = true; words += 1 }
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
                    case UInt8(ascii: ":"):
                        colon = true
                        if index > 0, case let letter = bytes[index - 1] | 0x20, letter &- UInt8(ascii: "a") < 26 {
                            lettersBeforeColon |= 1 << UInt32(letter &- UInt8(ascii: "a"))
                        }
                    case UInt8(ascii: "/"):
                        slash = true
                        if Self.endsWith("http://", bytes, at: index) || Self.endsWith("https://", bytes, at: index) { url = true }
                    case UInt8(ascii: "."):
                        if Self.endsWith("www.", bytes, at: index) { url = true }
                        if Self.endsWith("...", bytes, at: index) { ellipsis = true }
                    case UInt8(ascii: ","): comma = true
                    case UInt8(ascii: "\""): quote = true
                    default: break
                    }
                }
                index += 1
                continue
            }
            let (value, length) = ByteSearch.scalar(in: bytes, at: index)
            if value == 0x201C || value == 0x201D { quote = true }  // “ ”
            if value == 0x2026 { ellipsis = true }  // …
            if Unicode.Scalar(value)?.isSpaceLike ?? false { inWord = false } else if !inWord { inWord = true; words += 1 }
            index += length
        }
    }
}
