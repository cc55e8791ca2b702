/// A map from a 64-bit key that is already a hash (a folded `WordKey` run) to an index, with open
/// addressing on the key's own bits: no `Hasher` round per look-up, one allocation per table.
struct KeyIndex {
    private var slots: [(key: UInt64, value: Int)]
    private var mask: Int
    private var count = 0
    /// The value stored under the key 0 (the empty-slot marker), if any.
    private var zeroValue: Int?
    /// Bit `key >> 58` of every key stored: a look-up of a key whose bit is clear misses at once.
    private var filter: UInt64 = 0

    /// An empty index with room for `capacity` keys before it grows.
    init(capacity: Int = 32) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: (0, 0), count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value under `key`; setting stores or replaces it.
    subscript(key: UInt64) -> Int? {
        @inline(__always) get {
            if key == 0 { return zeroValue }
            guard filter & (1 &<< (key &>> 58)) != 0 else { return nil }
            var i = Self.start(key, mask)
            while true {
                let slot = slots[i]
                if slot.key == key { return slot.value }
                if slot.key == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        @inline(__always) set {
            guard let newValue else { preconditionFailure("KeyIndex does not remove keys") }
            if key == 0 { zeroValue = newValue; return }
            if (count + 1) * 2 > slots.count { grow() }
            var i = Self.start(key, mask)
            while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
            if slots[i].key == 0 { count += 1 }
            slots[i] = (key, newValue)
            filter |= 1 &<< (key &>> 58)
        }
    }

    /// Removes every key, keeping the slots (a table reused for the next article).
    mutating func removeAll() {
        if count > 0 { for i in slots.indices { slots[i] = (0, 0) } }
        count = 0; zeroValue = nil; filter = 0
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: (0, 0), count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.key != 0 {
            var i = Self.start(slot.key, mask)
            while slots[i].key != 0 { i = (i + 1) & mask }
            slots[i] = slot
        }
    }
}
