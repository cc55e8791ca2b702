/// Makes a `String` from bytes that should be UTF-8, checking them with a scan that skips ASCII
/// sixteen bytes at a time (articles are mostly ASCII with a few curly quotes and accented
/// letters; the standard library's check goes byte by byte once it meets one non-ASCII byte).
///
/// The check is exact: it accepts precisely the well-formed sequences of Unicode's table 3-7 (no
/// overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence), which is what
/// `String(validating:as:)` accepts; the tests compare the two on every short sequence and on
/// random text. A string is then made from the checked bytes without a second check
/// (`UTF8Span(unchecked:)`), or, where that is not available, by `String(validating:as:)`.
enum UTF8Text {
    /// The string of `bytes`, or nil when they are not well-formed UTF-8.
    static func string(validating bytes: ArraySlice<UInt8>) -> String? {
        if #available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *) {
            guard let ascii = bytes.withUnsafeBufferPointer({ check($0) }) else { return nil }
            return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: ascii))
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// nil when `bytes` are not well-formed UTF-8; else whether they are all ASCII.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0, ascii = true
        while i < n {
            // Thirty-two (one test of both halves' bytes or-ed), sixteen, then eight ASCII bytes per step; a step
            // that meets a byte above 0x7F goes straight to it (the ASCII bytes before it are not read again).
            if n - i >= 32, !ByteLanes.any((ByteLanes.load(p + i) | ByteLanes.load(p + i + 16)) .>= ByteLanes.splat(0x80)) {
                i += 32
                continue
            }
            if n - i >= 16 {
                let high = unsafeBitCast(ByteLanes.load(p + i) .>= ByteLanes.splat(0x80), to: (UInt64, UInt64).self)
                if high.0 | high.1 == 0 { i += 16; continue }
                i += high.0 != 0 ? (high.0.trailingZeroBitCount >> 3) : 8 + (high.1.trailingZeroBitCount >> 3)
            } else if n - i >= 8 {
                let high = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
                if high == 0 { i += 8; continue }
                i += high.trailingZeroBitCount >> 3
            }
            let lead = p[i]
            if lead < 0x80 { i += 1; continue }
            ascii = false
            guard let length = sequenceLength(p, at: i, count: n, refusingNoncharacters: false) else { return nil }
            i += length
        }
        return ascii
    }

    /// The length of the multi-byte sequence whose lead byte (0x80 or above) is at `i`, or nil when it
    /// is not well-formed (table 3-7) — or, with `refusingNoncharacters`, when it is U+FFFE/U+FFFF.
    @inline(__always)
    static func sequenceLength(_ p: UnsafePointer<UInt8>, at i: Int, count n: Int, refusingNoncharacters: Bool) -> Int? {
        let lead = p[i]
        switch lead {
        case 0xC2...0xDF:
            guard i + 1 < n, isContinuation(p[i + 1]) else { return nil }
            return 2
        case 0xE0...0xEF:
            guard i + 2 < n else { return nil }
            let second = p[i + 1], third = p[i + 2]
            switch lead {
            case 0xE0: guard second >= 0xA0, second <= 0xBF else { return nil }  // no overlong form
            case 0xED: guard second >= 0x80, second <= 0x9F else { return nil }  // no surrogate
            case 0xEF where refusingNoncharacters:  // U+FFFE/U+FFFF
                guard isContinuation(second), second != 0xBF || third & 0xFE != 0xBE else { return nil }
            default: guard isContinuation(second) else { return nil }
            }
            return isContinuation(third) ? 3 : nil
        case 0xF0...0xF4:
            guard i + 3 < n else { return nil }
            let second = p[i + 1]
            switch lead {
            case 0xF0: guard second >= 0x90, second <= 0xBF else { return nil }  // no overlong form
            case 0xF4: guard second >= 0x80, second <= 0x8F else { return nil }  // nothing above U+10FFFF
            default: guard isContinuation(second) else { return nil }
            }
            return isContinuation(p[i + 2]) && isContinuation(p[i + 3]) ? 4 : nil
        default:
            return nil  // a continuation byte first, C0/C1 (overlong) or F5–FF
        }
    }

    @inline(__always) private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
