/// The scanner's helpers: scalar offsets counted on demand, and where a mark opens or closes a quote.
extension QuoteMarkScanner {
    /// Counts Unicode scalars up to a byte offset, resuming where the last count stopped
    /// (offsets asked for never decrease).
    struct ScalarCounter {
        var byte = 0
        var scalars = 0

        @inline(__always)
        mutating func index(of i: Int, in b: Bytes) -> Int {
            var k = byte, count = scalars
            let base = b.baseAddress!
            let ones: UInt64 = 0x0101_0101_0101_0101, high = ones &* 0x80
            // Thirty-two ASCII bytes are thirty-two scalars: one test of their high bits.
            while i &- k >= 32 {
                let p = UnsafeRawPointer(base + k)
                let w1 = p.loadUnaligned(as: UInt64.self), w2 = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                let w3 = p.loadUnaligned(fromByteOffset: 16, as: UInt64.self), w4 = p.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                if (w1 | w2 | w3 | w4) & high == 0 { count &+= 32; k &+= 32; continue }
                count &+= 16 &- Self.continuations(w1, w2)
                k &+= 16
            }
            // Sixteen bytes per step. Continuation bytes are 10xxxxxx (bit 7 set, bit 6 clear).
            while i &- k >= 16 {
                let p = UnsafeRawPointer(base + k)
                count &+= 16 &- Self.continuations(p.loadUnaligned(as: UInt64.self), p.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                k &+= 16
            }
            if i &- k >= 8 {
                count &+= 8 &- Self.continuations(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self), 0)
                k &+= 8
            }
            if k < i {
                if i >= 8 {
                    // The eight bytes ending at `i`, the ones before `k` shifted out (the shift is below 64).
                    let w = UnsafeRawPointer(base + (i &- 8)).loadUnaligned(as: UInt64.self).littleEndian
                        &>> UInt64(truncatingIfNeeded: (8 &- (i &- k)) &* 8)
                    count &+= (i &- k) &- Self.continuations(w, 0)
                } else {
                    while k < i { if base[k] & 0xC0 != 0x80 { count &+= 1 }; k &+= 1 }
                }
            }
            byte = i; scalars = count
            return count
        }

        /// The continuation bytes (10xxxxxx) of `w1` and `w2`: each word's flags are moved to bit 0
        /// of their byte, and the byte lanes of the two words' sum are added by one multiplication
        /// (no popcount instruction is assumed).
        @inline(__always)
        static func continuations(_ w1: UInt64, _ w2: UInt64) -> Int {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let c1 = (w1 & ~(w1 << 1)) >> 7 & ones, c2 = (w2 & ~(w2 << 1)) >> 7 & ones
            return Int(truncatingIfNeeded: ((c1 &+ c2) &* ones) >> 56)
        }
    }

    static func markLength(_ v: UInt32) -> Int { v < 0x80 ? 1 : (v < 0x800 ? 2 : 3) }

    /// True when the mark at byte `i` stands where a quote opens: after space, a bracket or a dash
    /// and before a non-space.
    static func isOpeningPosition(_ b: Bytes, _ i: Int, _ length: Int) -> Bool {
        let p = ByteClass.scalar(before: i, in: b)
        let beforeOK = i == 0 || ByteClass.isSpace(p) || p == 0x28 || p == 0x5B || ByteClass.isDash(p)
        return beforeOK && i + length < b.count && !ByteClass.isSpace(ByteClass.scalar(at: i + length, in: b))
    }

    static func opensSingle(_ b: Bytes, _ i: Int, _ length: Int) -> Bool {
        guard i + length < b.count else { return false }
        let prevOK = i == 0 || !ByteClass.isWord(ByteClass.scalar(before: i, in: b))
        let next = ByteClass.scalar(at: i + length, in: b)
        return prevOK && (ByteClass.isWord(next) || next == 0x5B || next == 0x28 || next == 0x2026)
    }

    static func closesSingle(_ b: Bytes, _ i: Int, _ length: Int) -> Bool {
        guard i > 0, !ByteClass.isSpace(ByteClass.scalar(before: i, in: b)) else { return false }
        return i + length >= b.count || !ByteClass.isWord(ByteClass.scalar(at: i + length, in: b))
    }

    // MARK: Lead bytes of quotation marks, many at a time

    /// 0x01 in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The lanes of `v` that are 0x22, 0xC2 or 0xE2, as two words (all ones in a set lane).
    @inline(__always)
    static func leadLanes(_ v: SIMD16<UInt8>) -> (UInt64, UInt64) {
        // 0xC2 and 0xE2 differ only in bit 5, so one test finds both.
        unsafeBitCast((v .== ByteLanes.splat(0x22)) .| ((v & ByteLanes.splat(0xDF)) .== ByteLanes.splat(0xC2)), to: (UInt64, UInt64).self)
    }

    /// The index of the first set lane of non-empty `lanes`.
    @inline(__always)
    static func firstLane(_ lanes: (UInt64, UInt64)) -> Int {
        lanes.0 != 0 ? lanes.0.trailingZeroBitCount &>> 3 : 8 &+ lanes.1.trailingZeroBitCount &>> 3
    }

    /// 0x80 in each byte of `w` (first byte lowest) that equals 0x22, 0xC2 or 0xE2.
    @inline(__always)
    static func leadMask(_ w: UInt64) -> UInt64 {
        // 0xC2 and 0xE2 differ only in bit 5, so one test finds both.
        zeroBytes(w ^ (ones &* 0x22)) | zeroBytes((w & (ones &* 0xDF)) ^ (ones &* 0xC2))
    }

    /// 0x80 in each zero byte of `x`, exactly (no borrow between bytes).
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low = ones &* 0x7F
        return ~(((x & low) &+ low) | x | low)
    }
}
