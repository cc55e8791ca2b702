/// A set of body block indices (the blocks with media or related links placed after them), kept
/// as bits: the first 128 blocks in two words held inline (no allocation for any real article),
/// later ones in words made only for such long bodies.
struct BlockMarks {
    private var first: UInt64 = 0
    private var second: UInt64 = 0
    private var later: [UInt64] = []

    /// An empty set for a body of `count` blocks.
    init(count: Int) {
        if count > 128 { later = Array(repeating: 0, count: (count - 128) / 64 + 1) }
    }

    /// Adds block `index` (0 ≤ index < count).
    mutating func insert(_ index: Int) {
        if index < 64 {
            first |= 1 &<< UInt64(index)
        } else if index < 128 {
            second |= 1 &<< UInt64(index - 64)
        } else {
            later[(index - 128) >> 6] |= 1 &<< UInt64((index - 128) & 63)
        }
    }

    /// True when block `index` was added.
    @inline(__always) func contains(_ index: Int) -> Bool {
        if index < 64 { return first & (1 &<< UInt64(index)) != 0 }
        if index < 128 { return second & (1 &<< UInt64(index - 64)) != 0 }
        return later[(index - 128) >> 6] & (1 &<< UInt64((index - 128) & 63)) != 0
    }
}
