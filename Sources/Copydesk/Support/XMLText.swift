/// Makes text safe for XML 1.0 before it reaches libxml2.
///
/// XML 1.0's `Char` production excludes the C0 controls other than tab, line feed and carriage
/// return, the surrogates (which a Swift `String` cannot hold) and U+FFFE/U+FFFF. Each excluded
/// scalar is replaced by U+FFFD (one scalar for one, so quote offsets counted in Unicode scalars
/// stay valid). Everything else — including C1 controls and other non-characters, which XML 1.0
/// allows — passes unchanged. `normalized` additionally turns tab, LF and CR into a space, for
/// NewsML-G2 values typed `g2normalizedString` (pattern `[\S ]*`).
enum XMLText {
    /// The replacement for a scalar XML 1.0 cannot carry.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// `text` with every scalar XML 1.0 cannot carry replaced; the same string when clean.
    static func clean(_ text: some StringProtocol, normalized: Bool = false) -> String {
        if isClean(text, normalized: normalized) { return String(text) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: scalars.append(normalized ? " " : scalar)
            case 0x00..<0x20, 0xFFFE, 0xFFFF: scalars.append(replacement)
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// True when every scalar of `text` may appear in XML 1.0 character data as is.
    static func isClean(_ text: some StringProtocol, normalized: Bool = false) -> Bool {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes in
            scan(bytes, normalized: normalized)
        }
        if let fast { return fast }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0, normalized: normalized) }
    }

    /// Eight bytes at a time: a word with no byte below 0x20 and no 0xEF (the lead byte of
    /// U+FFFE/U+FFFF) is clean; any other word is checked byte by byte.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, normalized: Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let below20 = (word &- ones &* 0x20) & ~word & highs
            let xorEF = word ^ (ones &* 0xEF)
            let hasEF = (xorEF &- ones) & ~xorEF & highs
            if below20 | hasEF != 0, !bytesAreClean(bytes, from: i, to: i + 8, normalized: normalized) { return false }
            i += 8
        }
        return bytesAreClean(bytes, from: i, to: count, normalized: normalized)
    }

    private static func bytesAreClean(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, normalized: Bool) -> Bool {
        let end = bytes.count
        for i in from..<to {
            let byte = bytes[i]
            if byte < 0x20 {
                if normalized || (byte != 0x09 && byte != 0x0A && byte != 0x0D) { return false }
            } else if byte == 0xEF, i + 2 < end, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
                return false  // U+FFFE (EF BF BE) or U+FFFF (EF BF BF)
            }
        }
        return true
    }
}
