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

    /// Scans `text` once.
    init(_ text: Substring) {
        if text.utf8.withContiguousStorageIfAvailable({ scan($0) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { scan($0) }
        }
    }

    /// The last bytes seen, ASCII-lowercased, packed big-endian: "www." ends as 0x7777772E.
    private static let www: UInt64 = 0x7777_772E
    private static let http: UInt64 = 0x68_7474_703A_2F2F
    private static let https: UInt64 = 0x6874_7470_733A_2F2F

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var inWord = false
        var recent: UInt64 = 0
        var index = 0
        let total = bytes.count
        while index < total {
            let byte = bytes[index]
            if byte < 0x80 {
                let lowered = byte &- 65 < 26 ? byte | 0x20 : byte
                recent = recent << 8 | UInt64(lowered)
                if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C {
                    inWord = false
                    if byte == 0x20 { if recent & 0xFFFF == 0x2E20 { dotSpace = true } } else if byte == 0x09 { tab = true }
                } else {
                    if !inWord { inWord = true; words += 1 }
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
                    case UInt8(ascii: ":"): colon = true
                    case UInt8(ascii: "/"):
                        slash = true
                        if recent & 0xFF_FFFF_FFFF_FFFF == Self.http || recent == Self.https { url = true }
                    case UInt8(ascii: "."): if recent & 0xFFFF_FFFF == Self.www { url = true }
                    case UInt8(ascii: ","): comma = true
                    case UInt8(ascii: "\""): quote = true
                    default: break
                    }
                }
                index += 1
                continue
            }
            recent = recent << 8 | 0xFF  // no pattern spans a non-ASCII character
            var value: UInt32 = 0x10000  // a stray continuation byte: never a space
            var length = 1
            if byte >= 0xC0 {
                if byte < 0xE0, index + 1 < total {
                    value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    length = 2
                } else if byte < 0xF0, index + 2 < total {
                    value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    length = 3
                    if value == 0x201C || value == 0x201D { quote = true }  // “ ”
                } else {
                    length = byte >= 0xF0 && index + 3 < total ? 4 : 1
                }
            }
            if Unicode.Scalar(value)?.isSpaceLike ?? false { inWord = false } else if !inWord { inWord = true; words += 1 }
            index += length
        }
    }
}
