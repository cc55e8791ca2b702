/// The byte tests on line ends: what a line ends with, read backwards from a byte.
extension LineFlags {
    /// True when the bytes ending at `index` (inclusive) are `pattern`, ASCII case ignored (`pattern` is lowercase ASCII).
    static func endsWith(_ pattern: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
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

    /// True when the flags of a line scanned with trailing ASCII blanks (spaces, tabs, VT, FF) up to its CR or LF are
    /// also the flags of the line without them: blanks start no word and are no mark; only a tab (the trailing one
    /// may be the only one) and ". " (its space may be a trailing one) can be theirs.
    @inline(__always)
    var keepsFlags: Bool { !tab && !dotSpace }

    /// True when no byte of `bytes` is above 0x7F (eight at a time): the `nonASCII` flag of a line whose Unicode
    /// spaces at an edge were trimmed after the scan.
    static func allASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return true }
        var index = 0, high: UInt64 = 0
        while index &+ 8 <= bytes.count {
            high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index &+= 8
        }
        while index < bytes.count { high |= UInt64(bytes[index]); index &+= 1 }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
