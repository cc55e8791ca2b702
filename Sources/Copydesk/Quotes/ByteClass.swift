/// The bytes of one paragraph, read without bounds-checked array access in the hot loops.
typealias Bytes = UnsafeBufferPointer<UInt8>

/// Character classes read straight from UTF-8 bytes (the quotes stage never builds Characters).
/// ASCII is decided by table-free comparisons; other scalars are decoded only when needed.
enum ByteClass {
    /// The scalar starting at byte `i` and its length in bytes (invalid bytes read as U+FFFD, length 1).
    @inline(__always)
    static func decode(_ b: Bytes, _ i: Int) -> (value: UInt32, length: Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let n = b.count
        if b0 >= 0xF0, i + 3 < n {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F), 4)
        }
        if b0 >= 0xE0, i + 2 < n {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if b0 >= 0xC0, i + 1 < n { return ((UInt32(b0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2) }
        return (0xFFFD, 1)
    }

    /// The byte offset where the scalar ending just before `i` starts.
    @inline(__always)
    static func previous(_ b: Bytes, _ i: Int) -> Int {
        var k = i - 1
        while k > 0, b[k] & 0xC0 == 0x80 { k -= 1 }
        return k
    }

    /// The scalar just before byte `i` (or a space at the start).
    @inline(__always)
    static func scalar(before i: Int, in b: Bytes) -> UInt32 {
        i == 0 ? 0x20 : decode(b, previous(b, i)).value
    }

    /// The scalar at byte `i` (or a space past the end).
    @inline(__always)
    static func scalar(at i: Int, in b: Bytes) -> UInt32 {
        i >= b.count ? 0x20 : decode(b, i).value
    }

    /// Letters and digits. Outside ASCII every scalar counts except spaces and punctuation blocks.
    @inline(__always)
    static func isWord(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
        if v == 0xD7 || v == 0xF7 { return false }
        if v >= 0x2000 && v <= 0x2BFF { return false }
        if v >= 0x3000 && v <= 0x303F { return false }
        if v >= 0xFE30 && v <= 0xFE4F || v >= 0xFF00 && v <= 0xFF0F || v == 0xFFFD { return false }
        return true
    }

    /// Upper-case letters.
    @inline(__always)
    static func isUpper(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return isUpperSlow(v)
    }

    /// `isUpper` outside ASCII, kept out of line so callers do not set up Unicode properties.
    @inline(never)
    private static func isUpperSlow(_ v: UInt32) -> Bool { Unicode.Scalar(v)?.properties.isUppercase ?? false }

    /// `isLower` outside ASCII, kept out of line so callers do not set up Unicode properties.
    @inline(never)
    private static func isLowerSlow(_ v: UInt32) -> Bool { Unicode.Scalar(v)?.properties.isLowercase ?? false }

    /// Lower-case letters.
    @inline(__always)
    static func isLower(_ v: UInt32) -> Bool {
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return isLowerSlow(v)
    }

    /// White space, no-break and typographic spaces included.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C }
        return v == 0xA0 || (v >= 0x2000 && v <= 0x200B) || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0x1680
    }

    /// Dashes that may open a sentence or sit before a quote.
    @inline(__always)
    static func isDash(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2013 || v == 0x2014 }

    /// Marks of the double family that may open a quote: " “ „ ‟ «.
    @inline(__always)
    static func opensDouble(_ v: UInt32) -> Bool { v == 0x22 || v == 0x201C || v == 0x201E || v == 0x201F || v == 0xAB }

    /// True when `v` closes a double-family quote opened by `opener`.
    @inline(__always)
    static func closesDouble(_ v: UInt32, opener: UInt32) -> Bool {
        switch v {
        case 0x201D, 0x22, 0x201F: return opener != 0xAB
        case 0xBB: return opener == 0xAB
        case 0x201C: return opener == 0x201E
        default: return false
        }
    }

    /// True when `byte` occurs in `b[range]`; sixteen bytes are tested at a time, then eight.
    static func contains(_ byte: UInt8, in b: Bytes, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let pattern = ByteLanes.splat(byte)
        while range.upperBound - i >= 16 {
            if ByteLanes.any(ByteLanes.load(b.baseAddress! + i) .== pattern) { return true }
            i += 16
        }
        let ones: UInt64 = 0x0101_0101_0101_0101, low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        if range.upperBound - i >= 8 {
            let x = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) ^ (ones &* UInt64(byte))
            if ~(((x & low) &+ low) | x | low) != 0 { return true }
            i += 8
        }
        while i < range.upperBound { if b[i] == byte { return true }; i += 1 }
        return false
    }

    /// Any quotation mark.
    @inline(__always)
    static func isQuoteMark(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0x27 || v == 0xAB || v == 0xBB || (v >= 0x2018 && v <= 0x201F)
    }
}
