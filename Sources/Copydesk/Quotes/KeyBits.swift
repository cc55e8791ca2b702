/// A 256-bit filter of `WordKey`s: a key never inserted is rejected at once (a key whose bit is
/// set may or may not have been inserted). No allocation; the keys are already hashes.
struct KeyBits {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// Marks `key` as inserted.
    @inline(__always)
    mutating func insert(_ key: UInt64) {
        let bit: UInt64 = 1 << (key & 63)
        switch (key >> 6) & 3 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    /// False when `key` was certainly never inserted.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let bit: UInt64 = 1 << (key & 63)
        switch (key >> 6) & 3 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }
}
