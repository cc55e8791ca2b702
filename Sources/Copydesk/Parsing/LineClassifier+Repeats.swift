/// A page's lines classified once per distinct line: menus, share bars and gallery labels repeat on a page (about one
/// line in four of a generated article repeats an earlier one), and a repeat takes the role its first copy was given.
/// `classify(inPlace:tables:)` reads nothing of a line but its bytes and the facts worked out from them (`TextLine`'s
/// flags, first and last byte, sentence end), never its number or where it stands, so a line with the same bytes and
/// the same flags gets the same role. Nothing is kept from one page to the next.
extension LineClassifier {
    /// The roles of the lines of `page` (`TextLine.lines(in:)`), each as `classify(inPlace:_:tables:)` gives it, read
    /// in place (never written); a line whose bytes and flags equal an earlier line's takes that line's role
    /// (`plainRoles` classifies every line).
    static func roles(of lines: UnsafeBufferPointer<TextLine>, _ page: LinePage) -> [LineRole] {
        guard let base = lines.baseAddress else { return [] }
        guard lines.count <= SeenLineTable.maxCapacity else { return plainRoles(of: lines, page) }
        let inPlace = UnsafeMutablePointer(mutating: base)
        let tables = Self.tables  // one lazy-global check per page
        return SeenLineTable.with(capacity: lines.count) { table in
            Array(unsafeUninitializedCapacity: lines.count) { roles, count in
                let out = roles.baseAddress!
                for index in 0..<lines.count {
                    let earlier = table.firstCopy(index, of: lines) { RepeatedLines.same($0, $1, page) }
                    if earlier < index {
                        (out + index).initialize(to: out[earlier])
                    } else {
                        (out + index).initialize(to: classify(inPlace: &inPlace[index], page, tables: tables))
                    }
                }
                count = lines.count
            }
        }
    }

    /// `roles(of:_:)` with every line of `page` classified on its own.
    static func plainRoles(of lines: UnsafeBufferPointer<TextLine>, _ page: LinePage) -> [LineRole] {
        guard let base = lines.baseAddress else { return [] }
        let inPlace = UnsafeMutablePointer(mutating: base)
        return Array(unsafeUninitializedCapacity: lines.count) { roles, count in
            let tables = Self.tables
            for index in lines.indices {
                (roles.baseAddress! + index).initialize(to: classify(inPlace: &inPlace[index], page, tables: tables))
            }
            count = lines.count
        }
    }
}

/// When a line repeats an earlier one for `LineClassifier.roles(of:)` (found through a `SeenLineTable`).
enum RepeatedLines {
    /// True when the two lines of `page` hold the same bytes (`SeenLines.sameBytes`) and the same flag scan, byte for byte
    /// (the other facts a rule reads are worked out from the bytes alone).
    static func same(_ a: UnsafePointer<TextLine>, _ b: UnsafePointer<TextLine>, _ page: LinePage) -> Bool {
        sameFlags(a, b) && SeenLines.sameBytes(a, b, page)
    }

    /// True when the two lines' `LineFlags` hold the same bytes (padding that differs only makes two lines differ),
    /// compared as `SeenLines.equalWords` compares texts.
    @inline(__always)
    static func sameFlags(_ a: UnsafePointer<TextLine>, _ b: UnsafePointer<TextLine>) -> Bool {
        withUnsafeBytes(of: a.pointee.flags) { left in
            withUnsafeBytes(of: b.pointee.flags) { right in
                SeenLines.equalWords(left.assumingMemoryBound(to: UInt8.self), right.assumingMemoryBound(to: UInt8.self))
            }
        }
    }
}
