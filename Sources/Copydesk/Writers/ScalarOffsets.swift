/// Turning Unicode scalar offsets (as the model counts quote positions) into UTF-8 byte offsets,
/// one forward walk over a block's bytes.
enum ScalarOffsets {
    /// Moves from `byte` (the start of scalar number `scalar`) forward to the start of scalar
    /// `target`, or to the end of `bytes` when the text has fewer scalars; returns the new byte
    /// offset and scalar number.
    ///
    /// Thirty-two, then eight bytes are taken in one step while the scalars starting in them all
    /// come before `target`: a step holds as many scalar starts as bytes minus its continuation bytes
    /// (`10xxxxxx`), counted with one vector sum. A step may end inside a scalar: `scalar` stays the
    /// number of the next scalar to start. The continuation bytes there are skipped and the rest
    /// goes byte by byte, as `advancePlain` does.
    @inline(__always)
    static func advance(_ bytes: UnsafeBufferPointer<UInt8>, byte: Int, scalar: Int, to target: Int) -> (Int, Int) {
        var byte = byte, scalar = scalar
        if let base = bytes.baseAddress, target - scalar >= 8 {
            let count = bytes.count
            while target - scalar >= 32, count - byte >= 32 {
                let starts = 32 - continuationBytes(base + byte)
                guard target - scalar >= starts else { break }
                byte += 32
                scalar += starts
            }
            while target - scalar >= 8, count - byte >= 8 {
                let word = UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self)
                // One flag bit per continuation byte, summed into the top byte by one multiplication.
                let flags = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                let starts = 8 - Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
                guard target - scalar >= starts else { break }
                byte += 8
                scalar += starts
            }
            while byte < count, base[byte] & 0xC0 == 0x80 { byte += 1 }  // the rest of a scalar a step ended in
        }
        return advancePlain(bytes, byte: byte, scalar: scalar, to: target)
    }

    /// How many of the thirty-two bytes at `p` are UTF-8 continuation bytes (`10xxxxxx`, as signed
    /// bytes below -64): each half's comparison lanes (0 or -1) are added, and the lanes summed.
    @inline(__always) static func continuationBytes(_ p: UnsafePointer<UInt8>) -> Int {
        let limit = SIMD16<Int8>(repeating: -64)
        let a = UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Int8>.self)
        let b = UnsafeRawPointer(p).loadUnaligned(fromByteOffset: 16, as: SIMD16<Int8>.self)
        let lanes = unsafeBitCast(a .< limit, to: SIMD16<UInt8>.self) &+ unsafeBitCast(b .< limit, to: SIMD16<UInt8>.self)
        return Int((SIMD16<UInt8>() &- lanes).wrappedSum())
    }

    /// The plain rule: one scalar at a time, a lead byte and its continuation bytes.
    static func advancePlain(_ bytes: UnsafeBufferPointer<UInt8>, byte: Int, scalar: Int, to target: Int) -> (Int, Int) {
        var byte = byte, scalar = scalar
        while scalar < target, byte < bytes.count {
            byte += 1
            while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
            scalar += 1
        }
        return (byte, scalar)
    }
}
