/// The word operations of the line-flag scan: eight bytes compared at once, no carry crossing bytes.
extension LineFlags {
    /// Per byte of `word`, 0x80 where the byte equals the ASCII `byte`, else 0 (exact: no carry crosses bytes).
    @inline(__always)
    static func equalMask(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let flipped = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return ~((flipped & low) &+ low | flipped) & ~low
    }

    /// Per byte of `seven` (a word with each byte's top bit cleared), 0x80 where the byte is at least `bound` (1...127).
    @inline(__always)
    static func atLeast(_ seven: UInt64, _ bound: UInt8) -> UInt64 {
        (seven &+ 0x0101_0101_0101_0101 &* UInt64(0x80 &- bound)) & 0x8080_8080_8080_8080
    }

    /// The last `count - index` (< 8) bytes of a line as a word, low byte first, and the mask of their top bits.
    @inline(never)
    static func tail(_ bytes: UnsafeBufferPointer<UInt8>, _ raw: UnsafeRawPointer, _ index: Int) -> (UInt64, UInt64) {
        let total = bytes.count, left = total &- index
        if total >= 8 {  // the last bytes, read with the bytes before them, which are shifted out
            let shift = UInt64(8 &* (8 &- left))
            return (UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: total &- 8, as: UInt64.self)) &>> shift, 0x8080_8080_8080_8080 &>> shift)
        }
        var packed: UInt64 = 0
        for offset in 0..<left { packed |= UInt64(bytes[index &+ offset]) &<< UInt64(8 &* offset) }
        return (packed, 0x8080_8080_8080_8080 &>> UInt64(8 &* (8 &- left)))
    }
}
