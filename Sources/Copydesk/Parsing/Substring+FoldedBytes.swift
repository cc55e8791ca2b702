/// Tests on a line's bytes with ASCII capitals read as lowercase: the same answers as the tests on
/// `TextLine.lower` (the text with only A–Z lowered, so byte offsets are kept), without building it.
/// Patterns are lowercase; a pattern byte that is an ASCII capital never matches, as in the lowered text.
extension Substring {
    /// `TextLine.asciiLowercased(self).fastHasPrefix(pattern)`.
    @inline(__always)
    func hasFoldedPrefix(_ pattern: StaticString) -> Bool {
        withUTF8Bytes { FoldedBytes.equal($0, at: 0, pattern) }
    }

    /// `TextLine.asciiLowercased(self).fastHasSuffix(pattern)`.
    @inline(__always)
    func hasFoldedSuffix(_ pattern: StaticString) -> Bool {
        withUTF8Bytes { $0.count >= pattern.utf8CodeUnitCount && FoldedBytes.equal($0, at: $0.count - pattern.utf8CodeUnitCount, pattern) }
    }

    /// `TextLine.asciiLowercased(self) == pattern` (byte for byte).
    @inline(__always)
    func equalsFolded(_ pattern: StaticString) -> Bool {
        withUTF8Bytes { $0.count == pattern.utf8CodeUnitCount && FoldedBytes.equal($0, at: 0, pattern) }
    }

    /// `TextLine.asciiLowercased(self).fastContains(pattern)`.
    func containsFolded(_ pattern: StaticString) -> Bool { withUTF8Bytes { FoldedBytes.contains($0, pattern) } }
}

/// Byte comparisons with A–Z folded to a–z.
enum FoldedBytes {
    /// `byte` with an ASCII capital lowered.
    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte | 0x20 : byte }

    /// `Substring.containsFolded(pattern)` on `bytes`: `pattern` (lowercase) occurs in them read with A–Z folded.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: StaticString) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard count > 0 else { return true }
        guard bytes.count >= count else { return false }
        let first = pattern.utf8Start[0]
        for start in 0...(bytes.count - count) where fold(bytes[start]) == first {
            if equal(bytes, at: start, pattern) { return true }
        }
        return false
    }

    /// True when the folded bytes of `hay` from `start` begin with `pattern`'s bytes.
    @inline(__always)
    static func equal(_ hay: UnsafeBufferPointer<UInt8>, at start: Int, _ pattern: StaticString) -> Bool {
        let count = pattern.utf8CodeUnitCount
        guard start >= 0, hay.count - start >= count else { return false }
        let expected = pattern.utf8Start
        for offset in 0..<count where fold(hay[start + offset]) != expected[offset] { return false }
        return true
    }

    /// True when the folded bytes of `hay` from `start` begin with `pattern`.
    @inline(__always)
    static func equal(_ hay: UnsafeBufferPointer<UInt8>, at start: Int, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = pattern.count
        guard start >= 0, hay.count - start >= count else { return false }
        for offset in 0..<count where fold(hay[start + offset]) != pattern[offset] { return false }
        return true
    }

    /// Eight bytes with every ASCII capital lowered (other bytes kept).
    @inline(__always)
    static func fold(word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, high: UInt64 = 0x8080_8080_8080_8080
        let ascii = ~word & high
        let seven = word & low
        let atLeastA = (seven &+ 0x3F3F_3F3F_3F3F_3F3F) & high  // byte >= 0x41
        let aboveZ = (seven &+ 0x2525_2525_2525_2525) & high  // byte >= 0x5B
        return word | ((atLeastA & ~aboveZ & ascii) >> 2)
    }
}
