/// A small, allocation-light SHA-256 (FIPS 180-4) in plain Swift: the fallback `SHA256` uses when
/// swift-crypto is not linked (the fuzzing build compiles the sources without packages).
struct PortableSHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// The lowercase hex digest of `bytes`.
    static func hexDigest<C: Collection>(of bytes: C) -> String where C.Element == UInt8 {
        if let digest = bytes.withContiguousStorageIfAvailable({ hexDigest(buffer: $0) }) { return digest }
        return Array(bytes).withUnsafeBufferPointer { hexDigest(buffer: $0) }
    }

    /// The digest of contiguous bytes: whole 64-byte blocks are read in place, only the padded
    /// tail is copied.
    private static func hexDigest(buffer: UnsafeBufferPointer<UInt8>) -> String {
        var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
            (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                let whole = buffer.count / 64 * 64
                var offset = 0
                while offset < whole {
                    compress(UnsafeBufferPointer(rebasing: buffer[offset..<offset + 64]), into: &state, scratch: words)
                    offset += 64
                }
                let rest = buffer.count - whole
                let padded = rest < 56 ? 64 : 128
                tail.initialize(repeating: 0)
                for i in 0..<rest { tail[i] = buffer[whole + i] }
                tail[rest] = 0x80
                let bitLength = UInt64(buffer.count) &* 8
                for i in 0..<8 { tail[padded - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * i)) }
                compress(UnsafeBufferPointer(rebasing: tail[0..<64]), into: &state, scratch: words)
                if padded == 128 { compress(UnsafeBufferPointer(rebasing: tail[64..<128]), into: &state, scratch: words) }
            }
        }
        let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7].map(\.bigEndian)
        return words.withUnsafeBytes { SHA256.hex($0) }
    }

    private static func compress(_ block: UnsafeBufferPointer<UInt8>,
                                 into state: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
                                 scratch w: UnsafeMutableBufferPointer<UInt32>) {
        let raw = UnsafeRawPointer(block.baseAddress!)
        for i in 0..<16 { w[i] = UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = state
        k.withUnsafeBufferPointer { k in
            for i in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let ch = (e & f) ^ (~e & g)
                let t1 = h &+ s1 &+ ch &+ k[i] &+ w[i]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                h = g; g = f; f = e; e = d &+ t1
                d = c; c = b; b = a; a = t1 &+ t2
            }
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
