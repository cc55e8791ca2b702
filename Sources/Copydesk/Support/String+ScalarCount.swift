extension String {
    /// The number of Unicode scalars, counted on UTF-8 lead bytes (no decoding, no grapheme work),
    /// sixteen bytes at a time: every byte that is not a continuation byte (`10xxxxxx`) starts a scalar.
    var unicodeScalarCount: Int {
        var copy = self
        return copy.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var continuations = 0, i = 0
            while i + 16 <= bytes.count {
                let lanes = ByteLanes.load(base + i)
                let mask = (lanes & ByteLanes.splat(0xC0)) .== ByteLanes.splat(0x80)
                let words = unsafeBitCast(mask, to: (UInt64, UInt64).self)  // a set lane is eight one bits
                continuations += (words.0.nonzeroBitCount + words.1.nonzeroBitCount) >> 3
                i += 16
            }
            while i + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
            while i < bytes.count {
                if bytes[i] & 0xC0 == 0x80 { continuations += 1 }
                i += 1
            }
            return bytes.count - continuations
        }
    }
}
