/// The Horspool shift table behind `PhraseTable`'s skipping scan: a window of the shortest phrase's
/// length moves on by the shift of the byte pair it ends on, so most of a line is never compared.
extension PhraseTable {
    /// The table `shifts` holds for `phrases` and a window of `window` bytes (empty below four bytes).
    static func skipShifts(_ phrases: [[UInt8]], window: Int) -> [UInt8] {
        guard window >= 4 else { return [] }
        let longest = UInt8(min(window - 1, 255))
        var shifts = [UInt8](repeating: longest, count: 4096)
        for phrase in phrases {
            for end in 1..<window {
                let slot = pairHash(phrase[end - 1], phrase[end])
                shifts[slot] = min(shifts[slot], UInt8(min(window - 1 - end, 255)))
            }
        }
        return shifts
    }

    /// The slot of byte pair `first`, `second` in `shifts`.
    @inline(__always) static func pairHash(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) << 4 ^ Int(second)) & 0xFFF
    }
}
