/// The lines seen so far in one walk, compared by their UTF-8 bytes (as `ByteKey` compares them): an
/// open-addressing table of line indices with a multiply-mix hash over 8-byte words, so a membership test
/// hashes each line once and allocates nothing beyond the table.
struct SeenLines {
    /// Line index + 1 per slot, 0 for an empty slot; the slot count is a power of two, at least twice the lines.
    private var slots: [Int32]
    private let mask: Int

    /// A table for up to `capacity` lines.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Adds line `index` of `lines`; `false` when a line with the same bytes was added before (it is not added again).
    mutating func insert(_ index: Int, of lines: [TextLine]) -> Bool {
        lines.withUnsafeBufferPointer { insert(index, of: $0) }
    }

    /// Adds line `index` of `lines`, read in place (no line is copied); as `insert(_:of:)` on an array.
    mutating func insert(_ index: Int, of lines: UnsafeBufferPointer<TextLine>) -> Bool {
        let (hash, count) = lines[index].text.withUTF8Bytes { (Self.hash($0), $0.count) }
        var slot = hash & mask
        while slots[slot] != 0 {
            let other = Int(slots[slot]) - 1
            if lines[other].text.utf8.count == count, Self.sameBytes(lines[index].text, lines[other].text) { return false }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(index + 1)
        return true
    }

    /// True when both texts hold the same bytes (their lengths are equal).
    private static func sameBytes(_ a: Substring, _ b: Substring) -> Bool {
        a.withUTF8Bytes { left in
            b.withUTF8Bytes { right in left.isEmpty || ByteSearch.equal(left.baseAddress!, right, count: left.count) }
        }
    }

    /// A hash of the length and of up to 32 bytes at each end: 8-byte words (a tail as the last eight bytes, or
    /// zero-padded in a line shorter than eight) mixed by multiplication. Long lines that share both ends and their length are rare; `sameBytes` settles them.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        let count = bytes.count
        while offset + 8 <= count {
            if offset == 32, count > 72 { offset = (count - 32) & ~7 }  // skip the middle of a long line
            state = (state ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            state ^= state >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        if offset < count, count >= 8 {  // the last eight bytes in one load (some already mixed in above)
            tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else {
            var shift: UInt64 = 0
            while offset < count {
                tail |= UInt64(bytes[offset]) << shift
                shift += 8
                offset += 1
            }
        }
        state = (state ^ tail ^ UInt64(count) << 56) &* 0xC4CE_B9FE_1A85_EC53
        state ^= state >> 32
        return Int(truncatingIfNeeded: state)
    }
}

/// A line compared and hashed by its UTF-8 bytes (no Unicode normalisation: repeated lines are byte-identical).
struct ByteKey: Hashable {
    let text: Substring

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.text.withUTF8Bytes { left in
            b.text.withUTF8Bytes { right in
                left.count == right.count && (left.isEmpty || ByteSearch.equal(left.baseAddress!, right, count: left.count))
            }
        }
    }

    /// Hashes the length and up to 16 bytes at each end: cheap for long lines, and lines that share all
    /// of these are rare (equal lines share them anyway; `==` settles the rest).
    func hash(into hasher: inout Hasher) {
        text.withUTF8Bytes { bytes in
            hasher.combine(bytes.count)
            let raw = UnsafeRawBufferPointer(bytes)
            if bytes.count <= 32 { hasher.combine(bytes: raw) } else {
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[..<16]))
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[(raw.count - 16)...]))
            }
        }
    }
}
