/// Byline lines that open otherwise: credit lines ("Reporting by X; Editing by W") and an agency before a date.
extension BylineRule {
    /// First bytes of the openings `creditLine` accepts.
    static let creditLineStarts = ByteSet(firstBytesOf: ["reporting by", "writing by", "compiled by"])

    /// The people named in "Reporting by X; additional reporting by Y and Z; Editing by W" (editors left out). The
    /// line of `page` is read where it lies (never written).
    static func creditLine(inPlace line: inout TextLine, _ page: LinePage) -> [BylineEntry]? {
        guard creditLineStarts.contains(line.firstLowerByte) else { return nil }
        guard LineClassifier.Openings.creditLine(page.bytes(line)) else { return nil }  // one read of the bytes for the three openings
        let names: [BylineEntry]
        if line.isASCII, case let bytes = page.bytes(line), !bytes.contains(0x0D), !bytes.contains(0x0A) {
            names = creditNamesASCII(bytes)
        } else {
            names = creditNames(page.text(line))
        }
        return names.isEmpty ? nil : names
    }

    /// The people of a credit line wrapped in brackets, as wire stories on syndicating sites print it ("(Reporting by
    /// X in New York; Additional reporting by Y; Editing by W)"); `nil` for any other line.
    static func bracketedCreditLine(_ text: Substring) -> [BylineEntry]? {
        guard text.first == "(", text.last == ")" else { return nil }
        let inner = text.dropFirst().dropLast().trimmedSpace
        guard inner.hasFoldedPrefix("reporting by") || inner.hasFoldedPrefix("writing by") || inner.hasFoldedPrefix("compiled by")
                || isWriterNote(inner) else { return nil }
        let names = creditNames(inner)
        return names.isEmpty ? nil : names
    }

    /// `bracketedCreditLine` for a line of three words or more opening with "(" and closing with ")", or
    /// `additionalCreditLine` for one of four words or more, read from `page`.
    static func otherCreditLine(_ line: borrowing TextLine, _ page: LinePage) -> [BylineEntry]? {
        if line.firstLowerByte == UInt8(ascii: "(") {
            return line.lastByte == UInt8(ascii: ")") ? bracketedCreditLine(page.text(line)) : nil
        }
        guard line.words >= 4, FoldedBytes.equal(page.bytes(line), at: 0, "additional reporting by ") else { return nil }
        return additionalCreditLine(page.text(line))
    }

    /// "Additional reporting by Imran Gabol" under an article: its people; `nil` for any other line.
    static func additionalCreditLine(_ text: Substring) -> [BylineEntry]? {
        guard text.hasFoldedPrefix("additional reporting by ") else { return nil }
        let names = creditNames(text.dropFirst("additional ".count))
        return names.isEmpty ? nil : names
    }

    /// The names of `creditLine` on the line's text, read as `Substring`s and lowered copies.
    static func creditNames(_ text: Substring) -> [BylineEntry] {
        var names: [BylineEntry] = []
        for clause in text.pieces(separatedBy: UInt8(ascii: ";")) {
            let lower = clause.lowercased()
            guard let range = lower.fastRange(of: " by ") ?? (lower.fastHasPrefix("reporting by") ? lower.fastRange(of: "by ") : nil),
                  !lower.fastContains("editing"), !lower.fastContains("edited") else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            names += people(in: clause.dropFirst(offset))
        }
        return names
    }

    /// `creditNames` for the bytes of an ASCII line (no CR or LF): each clause between ";" a byte span, searched with
    /// A–Z folded (the lowered clause has the same bytes folded).
    static func creditNamesASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [BylineEntry] {
        var names: [BylineEntry] = []
        var start = 0, index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == UInt8(ascii: ";") {
                if index > start, case let clause = slice(bytes, start..<index),
                   let by = foldedOffset(" by ", clause).map({ $0 &+ 4 })
                    ?? (FoldedBytes.equal(clause, at: 0, "reporting by") ? foldedOffset("by ", clause).map { $0 &+ 3 } : nil),
                   !FoldedBytes.contains(clause, "editing"), !FoldedBytes.contains(clause, "edited") {
                    names += peopleASCII(slice(bytes, start &+ by..<index))
                }
                start = index &+ 1
            }
            index &+= 1
        }
        return names
    }

    /// The first offset of the lowercase `pattern` in `bytes` with A–Z folded.
    private static func foldedOffset(_ pattern: StaticString, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = pattern.utf8CodeUnitCount
        guard bytes.count >= count else { return nil }
        for at in 0...(bytes.count &- count) where FoldedBytes.equal(bytes, at: at, pattern) { return at }
        return nil
    }

    /// "PTI | Updated: Nov 20, 2019, 08:00 IST": a wire agency, then the date on the same line. The line of `page` is
    /// read where it lies (never written).
    static func matchAgencyLine(inPlace line: inout TextLine, _ page: LinePage) -> Match? {
        // one pass over the bytes rules out a line holding neither separator before the two searches
        guard line.words <= 14, holdsSpacedSeparator(page.bytes(line)) else { return nil }
        let text = page.text(line)
        guard let bar = text.fastRange(of: " | ") ?? text.fastRange(of: " - ") else { return nil }
        let head = text[..<bar.lowerBound].trimmedSpace
        guard isAgency(head) else { return nil }
        let rest = text[bar.upperBound...].trimmedSpace
        var match = Match(names: [BylineEntry(name: String(head))])
        if let found = DateText.find(in: rest) { match.date = DateRule.Match(published: DateStamp(text: String(found.text), iso: found.iso)) }
        return match
    }

    /// True when `bytes` hold " | " or " - ", the separators `matchAgencyLine` searches for: eight bytes at a time, each
    /// "|" or "-" found among them checked for a space on both sides (`plainHoldsSpacedSeparator` reads byte by byte).
    static func holdsSpacedSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress), bytes.count >= 3 else { return false }
        let count = bytes.count
        var index = 0
        while index &+ 8 <= count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let bar = word ^ 0x7C7C_7C7C_7C7C_7C7C, dash = word ^ 0x2D2D_2D2D_2D2D_2D2D
            // a flag on each byte that is "|" or "-" (and maybe on a byte after one): each is checked exactly
            var hits = ((bar &- 0x0101_0101_0101_0101) & ~bar | (dash &- 0x0101_0101_0101_0101) & ~dash) & 0x8080_8080_8080_8080
            while hits != 0 {
                let at = index &+ hits.trailingZeroBitCount &>> 3
                if at > 0, at &+ 1 < count, bytes[at] == UInt8(ascii: "|") || bytes[at] == UInt8(ascii: "-"),
                   bytes[at &- 1] == 0x20, bytes[at &+ 1] == 0x20 { return true }
                hits &= hits &- 1
            }
            index &+= 8
        }
        // the last bytes, with the one before them as the left neighbour
        return plainHoldsSpacedSeparator(UnsafeBufferPointer(rebasing: bytes[max(0, index &- 1)...]))
    }

    /// `holdsSpacedSeparator` byte by byte.
    static func plainHoldsSpacedSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        for index in 1..<(bytes.count - 1) where bytes[index] == UInt8(ascii: "|") || bytes[index] == UInt8(ascii: "-") {
            if bytes[index - 1] == 0x20 && bytes[index + 1] == 0x20 { return true }
        }
        return false
    }
}
