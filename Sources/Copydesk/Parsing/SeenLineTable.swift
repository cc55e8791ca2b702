/// `SeenLines` for one pass over scratch storage (`with(capacity:_:)`): the same open-addressing table of line
/// indices tagged with their hash, read and written through a pointer, so an insert makes no uniqueness or bounds
/// check of an array and the table costs no heap allocation for a page of ordinary size. A slot is half a `SeenLines`
/// slot (16 bits of tag, 16 of index), so the table is cleared in half the stores; a page of more lines than
/// `maxCapacity` uses `SeenLines`.
struct SeenLineTable {
    /// Per slot: the hash's high 16 bits, then line index + 1 in the low 16 (0 for an empty slot).
    private let slots: UnsafeMutablePointer<UInt32>
    private let mask: Int

    /// The most lines a table holds (each index + 1 fits 16 bits).
    static let maxCapacity = 0xFFFE

    /// Calls `body` with an empty table for up to `capacity` lines (at most `maxCapacity`), sized as
    /// `SeenLines(capacity:)` sizes its table.
    static func with<R>(capacity: Int, _ body: (SeenLineTable) -> R) -> R {
        precondition(capacity <= maxCapacity, "SeenLineTable holds at most maxCapacity lines")
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: size) { slots in
            slots.initialize(repeating: 0)
            return body(SeenLineTable(slots: slots.baseAddress!, mask: size - 1))
        }
    }

    /// Adds line `index` of `lines` (split from the string whose UTF-8 is `text`), read in place; `false` when a line
    /// with the same bytes was added before (it is not added again; bytes compared in `text`, at the lines' offsets).
    /// As `SeenLines.insert(_:of:_:)`.
    @inline(__always)
    func insert(_ index: Int, of lines: UnsafeBufferPointer<TextLine>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        insert(index, of: lines) { a, b in
            let (aStart, aEnd, bStart, bEnd) = (a.pointee.start, a.pointee.end, b.pointee.start, b.pointee.end)
            return aEnd &- aStart == bEnd &- bStart
                && SeenLines.equalWords(UnsafeBufferPointer(rebasing: text[aStart..<aEnd]), UnsafeBufferPointer(rebasing: text[bStart..<bEnd]))
        }
    }

    /// The table walk of `insert`: false when `firstCopy` finds an earlier line.
    @inline(__always)
    private func insert(_ index: Int, of lines: UnsafeBufferPointer<TextLine>,
                        same: (UnsafePointer<TextLine>, UnsafePointer<TextLine>) -> Bool) -> Bool {
        firstCopy(index, of: lines, same: same) == index
    }

    /// The first line added before whose bytes `same` finds equal to line `index`'s (tested only where the hash tags
    /// match), or `index` itself when there is none, in which case line `index` is added.
    @inline(__always)
    func firstCopy(_ index: Int, of lines: UnsafeBufferPointer<TextLine>,
                   same: (UnsafePointer<TextLine>, UnsafePointer<TextLine>) -> Bool) -> Int {
        let hash = lines[index].byteHash
        let tag = UInt32(truncatingIfNeeded: hash >> 48) << 16
        var slot = Int(truncatingIfNeeded: hash) & mask
        while case let entry = slots[slot], entry != 0 {
            let earlier = Int(truncatingIfNeeded: entry & 0xFFFF) &- 1
            if entry & 0xFFFF_0000 == tag, same(lines.baseAddress! + index, lines.baseAddress! + earlier) { return earlier }
            slot = (slot &+ 1) & mask
        }
        slots[slot] = tag | UInt32(truncatingIfNeeded: index + 1)
        return index
    }
}
