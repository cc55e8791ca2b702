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
            // Sixteen bytes per step: the second mask shifted down one bit never meets the first.
            while i - k >= 16 {
                let w1 = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
                let w2 = UnsafeRawPointer(base + k + 8).loadUnaligned(as: UInt64.self)
                let c1 = w1 & ~(w1 << 1) & 0x8080_8080_8080_8080, c2 = w2 & ~(w2 << 1) & 0x8080_8080_8080_8080
                count += 16 - (c1 | (c2 >> 1)).nonzeroBitCount
                k += 16
            }
            while i - k >= 8 {
                let w = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
                // Continuation bytes are 10xxxxxx: bit 7 set, bit 6 clear.
                count += 8 - (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                k += 8
            }
            while k < i { if b[k] & 0xC0 != 0x80 { count += 1 }; k += 1 }
            byte = i; scalars = count
            return count
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
}
