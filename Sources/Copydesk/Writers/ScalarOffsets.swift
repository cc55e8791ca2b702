/// Turning Unicode scalar offsets (as the model counts quote positions) into UTF-8 byte offsets,
/// one forward walk over a block's bytes.
enum ScalarOffsets {
    /// Moves from `byte` (the start of scalar number `scalar`) forward to the start of scalar
    /// `target`, or to the end of `bytes` when the text has fewer scalars; returns the new byte
    /// offset and scalar number.
    ///
    /// Thirty-two, sixteen, then eight bytes are taken in one step while every scalar starting in them comes
    /// before `target` and the next byte starts a scalar: a step holds as many scalar starts as
    /// bytes minus its continuation bytes (`10xxxxxx`). The rest goes byte by byte, as
    /// `advancePlain` does.
    @inline(__always)
    static func advance(_ bytes: UnsafeBufferPointer<UInt8>, byte: Int, scalar: Int, to target: Int) -> (Int, Int) {
        var byte = byte, scalar = scalar
        if let base = bytes.baseAddress {
            let count = bytes.count
            // Thirty-two, then sixteen bytes a step while at least as many scalars are left to pass
            // (so every scalar starting in them does): a step ends where the next byte starts a scalar.
            while target - scalar >= 32, count - byte >= 32 {
                guard byte + 32 == count || base[byte + 32] & 0xC0 != 0x80 else { break }
                let high = ByteLanes.splat(0xC0), continuation = ByteLanes.splat(0x80)
                let a = unsafeBitCast(ByteLanes.load(base + byte) & high .== continuation, to: (UInt64, UInt64).self)
                let b = unsafeBitCast(ByteLanes.load(base + byte + 16) & high .== continuation, to: (UInt64, UInt64).self)
                byte += 32
                scalar += 32 - (a.0.nonzeroBitCount + a.1.nonzeroBitCount + b.0.nonzeroBitCount + b.1.nonzeroBitCount) >> 3
            }
            while target - scalar >= 16, count - byte >= 16 {
                guard byte + 16 == count || base[byte + 16] & 0xC0 != 0x80 else { break }
                let lanes = ByteLanes.load(base + byte) & ByteLanes.splat(0xC0) .== ByteLanes.splat(0x80)
                let words = unsafeBitCast(lanes, to: (UInt64, UInt64).self)
                byte += 16
                scalar += 16 - (words.0.nonzeroBitCount + words.1.nonzeroBitCount) >> 3
            }
            while target - scalar >= 8, count - byte >= 8 {
                let word = UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self)
                let starts = 8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                guard target - scalar >= starts, byte + 8 == count || base[byte + 8] & 0xC0 != 0x80 else { break }
                byte += 8
                scalar += starts
            }
        }
        return advancePlain(bytes, byte: byte, scalar: scalar, to: target)
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
