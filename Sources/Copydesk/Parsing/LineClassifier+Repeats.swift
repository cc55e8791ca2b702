/// A page's lines classified once per distinct line: menus, share bars and gallery labels repeat on a page (about one
/// line in four of a generated article repeats an earlier one), and a repeat takes the role its first copy was given.
/// `classify(inPlace:tables:)` reads nothing of a line but its bytes and the facts worked out from them (`TextLine`'s
/// flags, first and last byte, sentence end), never its number or where it stands, so a line with the same bytes and
/// the same flags gets the same role. Nothing is kept from one page to the next.
extension LineClassifier {
    /// The roles of `lines`, each as `classify(inPlace:tables:)` gives it, read in place (never written); a line whose
    /// bytes and flags equal an earlier line's takes that line's role (`plainRoles` classifies every line).
    static func roles(of lines: UnsafeBufferPointer<TextLine>) -> [LineRole] {
        guard let base = lines.baseAddress else { return [] }
        guard lines.count <= RepeatTable.maxCapacity else { return plainRoles(of: lines) }
        let inPlace = UnsafeMutablePointer(mutating: base)
        let tables = Self.tables  // one lazy-global check per page
        return RepeatTable.with(capacity: lines.count) { table in
            Array(unsafeUninitializedCapacity: lines.count) { roles, count in
                let out = roles.baseAddress!
                for index in 0..<lines.count {
                    let earlier = table.firstCopy(index, of: base)
                    if earlier < index {
                        (out + index).initialize(to: out[earlier])
                    } else {
                        (out + index).initialize(to: classify(inPlace: &inPlace[index], tables: tables))
                    }
                }
                count = lines.count
            }
        }
    }

    /// `roles(of:)` with every line classified on its own.
    static func plainRoles(of lines: UnsafeBufferPointer<TextLine>) -> [LineRole] {
        guard let base = lines.baseAddress else { return [] }
        let inPlace = UnsafeMutablePointer(mutating: base)
        return Array(unsafeUninitializedCapacity: lines.count) { roles, count in
            let tables = Self.tables
            for index in lines.indices {
                (roles.baseAddress! + index).initialize(to: classify(inPlace: &inPlace[index], tables: tables))
            }
            count = lines.count
        }
    }
}

/// An open-addressing table of a page's line indices over scratch storage, by `TextLine.byteHash`: per slot the hash's
/// high 16 bits, then line index + 1 in the low 16 (0 for an empty slot), as `SeenLineTable` keeps them.
struct RepeatTable {
    /// The slots.
    private let slots: UnsafeMutablePointer<UInt32>
    /// Slot count less one (a power of two less one).
    private let mask: Int

    /// The most lines a table holds (each index + 1 fits 16 bits).
    static let maxCapacity = 0xFFFE

    /// Calls `body` with an empty table for up to `capacity` lines (at most `maxCapacity`).
    static func with<R>(capacity: Int, _ body: (RepeatTable) -> R) -> R {
        precondition(capacity <= maxCapacity, "RepeatTable holds at most maxCapacity lines")
        var size = 16
        while size < capacity &* 2 { size &<<= 1 }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: size) { slots in
            slots.initialize(repeating: 0)
            return body(RepeatTable(slots: slots.baseAddress!, mask: size &- 1))
        }
    }

    /// The first line before `index` (of the lines at `lines`) with the bytes and flags of line `index`, or `index`
    /// itself when there is none, in which case line `index` is added. Lines must be asked about in order.
    @inline(__always)
    func firstCopy(_ index: Int, of lines: UnsafePointer<TextLine>) -> Int {
        let hash = lines[index].byteHash
        let tag = UInt32(truncatingIfNeeded: hash &>> 48) &<< 16
        var slot = Int(truncatingIfNeeded: hash) & mask
        while case let entry = slots[slot], entry != 0 {
            if entry & 0xFFFF_0000 == tag {
                let earlier = Int(truncatingIfNeeded: entry & 0xFFFF) &- 1
                if Self.sameLine(lines + index, lines + earlier) { return earlier }
            }
            slot = (slot &+ 1) & mask
        }
        slots[slot] = tag | UInt32(truncatingIfNeeded: index &+ 1)
        return index
    }

    /// True when the two lines hold the same bytes (`SeenLineTable.sameBytes`) and the same flag scan, byte for byte
    /// (the other facts a rule reads are worked out from the bytes alone).
    static func sameLine(_ a: UnsafePointer<TextLine>, _ b: UnsafePointer<TextLine>) -> Bool {
        sameFlags(a, b) && SeenLineTable.sameBytes(a, b)
    }

    /// True when the two lines' `LineFlags` hold the same bytes (padding that differs only makes two lines differ).
    @inline(__always)
    static func sameFlags(_ a: UnsafePointer<TextLine>, _ b: UnsafePointer<TextLine>) -> Bool {
        withUnsafeBytes(of: a.pointee.flags) { left in
            withUnsafeBytes(of: b.pointee.flags) { right in
                let count = left.count
                guard count >= 8 else { return left.elementsEqual(right) }
                var offset = 0
                while offset &+ 8 < count {
                    if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                        return false
                    }
                    offset &+= 8
                }
                return left.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self) == right.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            }
        }
    }
}
