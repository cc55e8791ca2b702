/// The Horspool shift table behind `PhraseTable`'s skipping scan: a window of the shortest phrase's
/// length moves on by the shift of the three bytes it ends on, so most of a line is never compared.
extension PhraseTable {
    /// The table `shifts` holds for `phrases` and a window of `window` bytes (empty below four bytes), by
    /// `tripleSlot` of the three bytes a window ends on. Each byte is read with 0x20 set: a byte and its folded form
    /// read alike, so one table serves text read as it is and text read with A–Z folded (and a capital costs no
    /// entry of its own); bytes that differ only in that bit share a slot, which only makes a shift smaller.
    static func skipShifts(_ phrases: [[UInt8]], window: Int) -> [UInt8] {
        guard window >= 4 else { return [] }
        let longest = UInt8(min(window - 2, 255))
        var shifts = [UInt8](repeating: longest, count: 4096)
        for phrase in phrases {
            for end in 2..<window {
                let slot = tripleSlot(UInt32(phrase[end - 2]) << 8 | UInt32(phrase[end - 1]) << 16 | UInt32(phrase[end]) << 24)
                shifts[slot] = min(shifts[slot], UInt8(min(window - 1 - end, 255)))
            }
        }
        return shifts
    }

    /// The slot in `shifts` of the three bytes that end at `end` (at least three bytes into the text).
    @inline(__always) static func tripleSlot(endingAt end: UnsafePointer<UInt8>) -> Int {
        tripleSlot(UnsafeRawPointer(end - 3).loadUnaligned(as: UInt32.self))
    }

    /// The slot in `shifts` of the three high bytes of `word` (little-endian: the last three of four bytes), each
    /// with 0x20 set: 12 bits of a multiplicative hash.
    @inline(__always) static func tripleSlot(_ word: UInt32) -> Int {
        Int(truncatingIfNeeded: (((UInt32(littleEndian: word) | 0x2020_2020) >> 8) &* 0x9E37_79B1) >> 20)
    }
}
