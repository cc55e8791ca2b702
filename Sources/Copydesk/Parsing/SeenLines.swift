/// The lines seen so far in one walk, compared by their UTF-8 bytes (no Unicode normalisation: repeated lines
/// are byte-identical): an open-addressing table of line indices, each slot tagged with 32 bits of its line's hash, so a membership
/// test hashes each line once, compares bytes only with lines whose tag matches, and allocates nothing beyond
/// the table.
struct SeenLines {
    /// Per slot: the hash's high 32 bits, then line index + 1 in the low 32 (0 for an empty slot); the slot count
    /// is a power of two, at least twice the lines.
    private var slots: [UInt64]
    private let mask: Int

    /// A table for up to `capacity` lines.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// Adds line `index` of `lines` (lines of `page`, read in place: no line is copied); `false` when a line with the
    /// same bytes was added before (it is not added again). Bytes are compared in `page`.
    mutating func insert(_ index: Int, of lines: UnsafeBufferPointer<TextLine>, _ page: LinePage) -> Bool {
        insert(index, of: lines) { Self.sameBytes($0, $1, page) }
    }

    /// The table walk of `insert`, the lines' bytes compared by `same`.
    @inline(__always)
    private mutating func insert(_ index: Int, of lines: UnsafeBufferPointer<TextLine>,
                                 same: (UnsafePointer<TextLine>, UnsafePointer<TextLine>) -> Bool) -> Bool {
        let hash = lines[index].byteHash  // worked out with the line's facts (one field read: the line is not copied)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var slot = Int(truncatingIfNeeded: hash) & mask
        while case let entry = slots[slot], entry != 0 {
            if entry & 0xFFFF_FFFF_0000_0000 == tag,
               same(lines.baseAddress! + index, lines.baseAddress! + Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1) { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = tag | UInt64(index + 1)
        return true
    }

    /// True when the texts of two lines of `page`, read there at their offsets, hold the same bytes: their lengths are
    /// compared first (from the lines' offsets, without reading the texts), then the bytes eight at a time (`equalWords`).
    @inline(__always)
    static func sameBytes(_ a: UnsafePointer<TextLine>, _ b: UnsafePointer<TextLine>, _ page: LinePage) -> Bool {
        a.pointee.end &- a.pointee.start == b.pointee.end &- b.pointee.start && equalWords(page.bytes(a.pointee), page.bytes(b.pointee))
    }

    /// True when `a` and `b` hold the same bytes, compared eight at a time (the last word read overlapping).
    static func equalWords(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = a.count
        guard count == b.count else { return false }
        guard count >= 8, let left = UnsafeRawPointer(a.baseAddress), let right = UnsafeRawPointer(b.baseAddress) else {
            for index in 0..<count where a[index] != b[index] { return false }
            return true
        }
        var index = 0
        while index &+ 8 < count {
            if left.loadUnaligned(fromByteOffset: index, as: UInt64.self) != right.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
                return false
            }
            index &+= 8
        }
        return left.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self) == right.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
    }

    /// A hash of the length and of every byte, mixed by multiplication: a line of 16 bytes or more in two lanes, sixteen
    /// bytes a step (the last step overlapping the one before), a shorter one a word at a time (or its bytes, below
    /// eight). Every byte counts, so lines that differ only in the middle ("Point 1 of the list", "Point 2 of the
    /// list" …) do not collide: thousands of them stay linear.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return state }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        @inline(__always) func mix(_ word: UInt64) {
            state = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
            state ^= state >> 29
        }
        if count >= 16 {  // two independent lanes: each step's multiplies overlap
            var low = state, high = state ^ 0x6A09_E667_F3BC_C909
            var offset = 0
            while offset &+ 16 < count {
                low = (low ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                high = (high ^ raw.loadUnaligned(fromByteOffset: offset &+ 8, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
                offset &+= 16
            }
            low = (low ^ raw.loadUnaligned(fromByteOffset: count &- 16, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            high = (high ^ raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
            state = low
            mix(high ^ high >> 31)
        } else if count >= 8 {
            mix(raw.loadUnaligned(as: UInt64.self))
            mix(raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
        } else if count >= 4 {  // the bytes as one word, low byte first: two four-byte loads that may overlap
            mix(UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << UInt64(8 * (count - 4)))
        } else if count > 0 {  // 1 to 3 bytes: the first, middle and last (the same byte at the same place where they coincide)
            mix(UInt64(base[0]) | UInt64(base[count / 2]) << UInt64(8 * (count / 2)) | UInt64(base[count - 1]) << UInt64(8 * (count - 1)))
        } else {
            mix(0)
        }
        state = state &* 0xC4CE_B9FE_1A85_EC53
        return state ^ state >> 32
    }
}
