/// The Horspool shift table behind `PhraseTable`'s skipping scan: a window of the shortest phrase's
/// length moves on by the shift of the byte pair it ends on, so most of a line is never compared.
extension PhraseTable {
    /// The table `shifts` holds for `phrases` and a window of `window` bytes (empty below four bytes).
    /// With `capitals`, each pair is also entered with its lowercase letters as capitals (for raw bytes read folded).
    static func skipShifts(_ phrases: [[UInt8]], window: Int, capitals: Bool = false) -> [UInt8] {
        guard window >= 4 else { return [] }
        let longest = UInt8(min(window - 1, 255))
        var shifts = [UInt8](repeating: longest, count: 4096)
        /// A byte and, with `capitals`, its capital when it is a lowercase letter.
        func forms(_ byte: UInt8) -> [UInt8] { capitals && byte &- UInt8(ascii: "a") < 26 ? [byte, byte - 32] : [byte] }
        for phrase in phrases {
            for end in 1..<window {
                for first in forms(phrase[end - 1]) {
                    for second in forms(phrase[end]) {
                        let slot = pairHash(first, second)
                        shifts[slot] = min(shifts[slot], UInt8(min(window - 1 - end, 255)))
                    }
                }
            }
        }
        return shifts
    }

    /// The slot of byte pair `first`, `second` in `shifts`.
    @inline(__always) static func pairHash(_ first: UInt8, _ second: UInt8) -> Int {
        (Int(first) << 4 ^ Int(second)) & 0xFFF
    }
}
