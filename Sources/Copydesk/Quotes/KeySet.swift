/// A set of `WordKey`s with open addressing on the key's own bits: the keys are already hashes,
/// so membership costs a mask and a probe or two instead of a full `Hasher` round.
struct KeySet: Sendable {
    private var slots: [UInt64]
    private var mask: Int

    /// A set holding `keys` (the key 0 is reserved for "no word" and never stored).
    init(keys: [UInt64]) {
        var capacity = 8
        while capacity < keys.count * 3 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for key in keys where key != 0 { insert(key) }
    }

    private mutating func insert(_ key: UInt64) {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while slots[i] != 0 {
            if slots[i] == key { return }
            i = (i + 1) & mask
        }
        slots[i] = key
    }

    /// Every key in the set (slot order).
    var members: [UInt64] { slots.filter { $0 != 0 } }

    /// True when `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let slot = slots[i]
            if slot == key { return key != 0 }
            if slot == 0 { return false }
            i = (i + 1) & mask
        }
    }
}
