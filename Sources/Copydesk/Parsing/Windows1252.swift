/// The Windows-1252 code page (a superset of Latin-1's printable range), decoded straight to UTF-8.
enum Windows1252 {
    /// 0x80–0x9F; the five undefined positions read as U+FFFD.
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Decodes every byte, applying `ByteScan`'s cleaning rules to the C0 range.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4)
        for byte in bytes {
            switch byte {
            case 0x09, 0x0A, 0x0D, 0x20..<0x80: out.append(byte)
            case 0x0B, 0x0C: out.append(0x0A)
            case 0x00..<0x20: break
            case 0x80..<0xA0: appendUTF8(high[Int(byte) - 0x80], to: &out)
            default: out.append(0xC0 | byte >> 6); out.append(0x80 | byte & 0x3F)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        if value < 0x800 {
            out.append(UInt8(0xC0 | value >> 6)); out.append(UInt8(0x80 | value & 0x3F))
        } else {
            out.append(UInt8(0xE0 | value >> 12)); out.append(UInt8(0x80 | (value >> 6) & 0x3F)); out.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
