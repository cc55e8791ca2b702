/// The five-byte gate of `PrefixTable`: many lines share a phrase's opening pair ("Th", "Co") but not its first five bytes.
extension PrefixTable {
    /// The bits of the phrases' first five bytes (a phrase of five bytes or more) and the first bytes of the shorter ones.
    static func fiveGate(_ phrases: [[UInt8]]) -> ([UInt64], ByteSet) {
        var bits = [UInt64](repeating: 0, count: 64)
        var short = ByteSet([UInt8]())
        for phrase in phrases {
            guard phrase.count >= 5 else { short.insert(phrase[0]); continue }
            let slot = fiveSlot(phrase.withUnsafeBufferPointer { headFive($0) })
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        return (bits, short)
    }

    /// False when no phrase can open `bytes` (A–Z folded when `folding`): a phrase of five bytes or more needs the line's
    /// first five bytes, a shorter one its first byte. True for text of fewer than five bytes.
    @inline(__always)
    func mayOpen(fiveOf bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> Bool {
        guard bytes.count >= 5 else { return true }
        if shortFirsts.contains(folding ? FoldedBytes.fold(bytes[0]) : bytes[0]) { return true }
        let head = Self.headFive(bytes)
        return mayOpen(fiveBytes: folding ? FoldedBytes.fold(word: head) : head)
    }

    /// False when no phrase of five bytes or more opens with the five bytes packed in `head` (the rest of it zero).
    @inline(__always)
    func mayOpen(fiveBytes head: UInt64) -> Bool {
        let slot = Self.fiveSlot(head)
        return fives.withUnsafeBufferPointer { $0[slot >> 6] & (1 << UInt64(slot & 63)) != 0 }
    }

    /// The first five bytes (at least five) packed little-endian.
    @inline(__always)
    static func headFive(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        UInt64(bytes[0]) | UInt64(bytes[1]) << 8 | UInt64(bytes[2]) << 16 | UInt64(bytes[3]) << 24 | UInt64(bytes[4]) << 32
    }

    /// A slot of 4,096 for five packed bytes.
    @inline(__always)
    static func fiveSlot(_ head: UInt64) -> Int { Int(truncatingIfNeeded: (head &* 0x9E37_79B9_7F4A_7C15) >> 52) }
}
