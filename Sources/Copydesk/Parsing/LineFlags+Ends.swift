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
}
