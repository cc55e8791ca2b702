/// The Horspool shift table behind `PhraseTable`'s skipping scan: a window of the shortest phrase's
/// length moves on by the shift of the byte pair it ends on, so most of a line is never compared.
extension PhraseTable {
    /// The table `shifts` holds for `phrases` and a window of `window` bytes (empty below four bytes).
    /// With `capitals`, each pair is also entered with its lowercase letters as capitals (for raw bytes read folded).
    static func skipShifts(_ phrases: [[UInt8]], window: Int, capitals: Bool = false) -> [UInt8] {
        guard window >= 4 else { return [] }
        let longest = UInt8(min(window - 1, 255))
        var shifts = [UInt8](repeating: longest, count: 4096)
        /// How many forms `byte` has: itself and, with `capitals`, its capital when it is a lowercase letter.
        func forms(_ byte: UInt8) -> Int { capitals && byte &- UInt8(ascii: "a") < 26 ? 2 : 1 }
        for phrase in phrases {
            for end in 1..<window {
                let before = phrase[end - 1], last = phrase[end]
                for one in 0..<forms(before) {
                    for two in 0..<forms(last) {  // form 1 is the capital (no array of forms built per pair)
                        let slot = pairHash(one == 0 ? before : before - 32, two == 0 ? last : last - 32)
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
