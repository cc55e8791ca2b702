/// Many bytes at a time for the writers' escaping scans (`XMLEscape`, `JSONOutput`).
///
/// The comparisons compile to vector instructions. The standard library's `any(_:)` on a mask
/// and `min()` do not inline to them, so a mask is reduced here by reading its sixteen lanes (a set
/// lane is all ones) as two 64-bit words.
enum ByteLanes {
    /// Sixteen bytes from `p` (no alignment needed).
    @inline(__always) static func load(_ p: UnsafePointer<UInt8>) -> SIMD16<UInt8> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD16<UInt8>.self)
    }

    /// True when at least one lane of `mask` is set.
    @inline(__always) static func any(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let words = unsafeBitCast(mask, to: (UInt64, UInt64).self)
        return words.0 | words.1 != 0
    }

    /// The same byte in every lane.
    @inline(__always) static func splat(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }

    /// The 1–7 bytes at `p` in one word, for the escapers' eight-byte tests on a short tail: bytes
    /// may repeat, and the padding is `A`, which no escaper treats specially.
    @inline(__always) static func shortWord(_ p: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(p)
        if length >= 4 {
            return UInt64(raw.loadUnaligned(as: UInt32.self))
                | UInt64(raw.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)) << 32
        }
        return 0x4141_4141_4100_0000 | UInt64(p[0]) | UInt64(p[length / 2]) << 8 | UInt64(p[length - 1]) << 16
    }
}
