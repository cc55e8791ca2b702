/// The check that a source's SHA-256 can serve as the item identifier's digest.
extension NewsItemFacts {
    /// True when `bytes` are 64 lower-case hex digits (a SHA-256 as the parser spells it): sixteen
    /// bytes per step, each lane a digit (`byte - "0"` below 10) or a letter a–f (`byte - "a"` below 6).
    static func isLowerHexDigest(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 64, let base = bytes.baseAddress else { return false }
        var bad = SIMDMask<SIMD16<Int8>>(repeating: false)
        for offset in stride(from: 0, to: 64, by: 16) {
            let v = ByteLanes.load(base + offset)
            bad .|= .!(((v &- ByteLanes.splat(0x30)) .< ByteLanes.splat(10)) .| ((v &- ByteLanes.splat(0x61)) .< ByteLanes.splat(6)))
        }
        return !ByteLanes.any(bad)
    }

    /// `isLowerHexDigest`'s plain rule: 64 bytes, each 0–9 or a–f.
    static func isLowerHexDigestPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 64 && bytes.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
