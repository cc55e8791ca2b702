/// Cheap tests that let `CaptionRule` skip a line, or a path, where it cannot find a caption or credit.
extension CaptionRule {
    /// False only when `match` returns `nil`: each of its paths needs one of these marks — an "image …" or "©"
    /// opening, a closing bracket, a colon (every label), a slash, ". " (every credit lead) or a named source at the
    /// line's end (the text the named-source path reads ends where the line does and is no longer, so it can end
    /// with a source only when the line does), or one word that may be a lone credit word (`mayBeLoneCreditWord`).
    /// Most lines carry none; a plural word ("News") ends with no source.
    @inline(__always)
    static func mayHoldCaption(_ line: inout TextLine, _ page: LinePage) -> Bool {
        let first = line.firstLowerByte, last = line.lastByte
        if first == UInt8(ascii: "i") || first == 0xC2 || last == UInt8(ascii: ")") || last == UInt8(ascii: "]")
            || line.hasColon || line.hasEllipsis || line.hasSlash || line.hasDotSpace || mayBeLoneCreditWord(line) { return true }
        return mayEndNamedSource(last) && endsWithNamedSource(&line, page)
    }

    /// `mayHoldCaption` less its "i" and C2 first bytes, for the classifier's second call: a line opening with "image c" or
    /// "©" has had `match` already (and, reaching this call, got `nil`), and every other line takes the "image …" and "©"
    /// paths of `matchGated` in vain. A ". " counts only before a lead's capital ("C", "P", "I", `leadCapitals`; "C" alone
    /// on a line that ends like a sentence): the credit-lead path, the only one that needs it, tests exactly that.
    @inline(__always)
    static func mayHoldCaptionPastOpenings(_ line: inout TextLine, _ page: LinePage) -> Bool {
        let last = line.lastByte
        if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") || line.hasColon || line.hasEllipsis || line.hasSlash
            || line.capitalsAfterDotSpace & (line.endsLikeSentence ? sentenceLeadCapitals : leadCapitals) != 0
            || mayBeLoneCreditWord(line) { return true }
        return mayEndNamedSource(last) && endsWithNamedSource(&line, page)
    }

    /// `endsWithNamedSource` on the line's bytes (by its offsets), out of line: the inlined gate reads no line text (no
    /// copy of the line it is handed in place).
    @inline(never)
    static func endsWithNamedSource(_ line: inout TextLine, _ page: LinePage) -> Bool {
        endsWithNamedSource(page.bytes(line))
    }

    /// `namedSourceEnds.contains(byte)` as comparisons with no table to load (`ClassifierGateTests` checks them).
    @inline(__always)
    static func mayEndNamedSource(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "s") || b == UInt8(ascii: "k") || b == UInt8(ascii: "y") || b == UInt8(ascii: "P") || b == UInt8(ascii: "A")
            || b == UInt8(ascii: "g") || b == UInt8(ascii: "a")
    }

    /// False when the last three bytes `tail` (the last in bits 16–23) end none of `namedSources`, as comparisons with
    /// no table to load (`CaptionTailTests` checks them against the sources).
    @inline(__always)
    static func mayEndNamedSource(tail t: UInt32) -> Bool {
        t == tail("ges") || t == tail("ers") || t == tail("ock") || t == tail("amy") || t == tail("AFP") || t == tail("EPA") || t == tail("erg")
            || t == tail("dia")
    }

    /// Three ASCII bytes as `mayEndNamedSource(tail:)` reads a line's last three.
    @inline(__always)
    static func tail(_ s: StaticString) -> UInt32 {
        UInt32(s.utf8Start[0]) | UInt32(s.utf8Start[1]) << 8 | UInt32(s.utf8Start[2]) << 16
    }

    /// False only when no label can occur in the line: a label ending with a colon needs its last letter right
    /// before a colon, and the others ("credit...", "credit…") end with an ellipsis. `labelledCredit` reads a suffix
    /// of the line, lowercased; no non-ASCII character lowercases to a letter any label ends with.
    static func mayHoldLabel(_ line: TextLine) -> Bool {
        line.lettersBeforeColon & labelLastLetters != 0 || line.hasEllipsis
    }

    /// Bit `letter - a` for the letter before the colon of each label that ends with one.
    static let labelLastLetters: UInt32 = labels.reduce(0) { bits, label in
        let bytes = Array(label.utf8)
        guard bytes.count >= 2, bytes.last == UInt8(ascii: ":"), case let letter = bytes[bytes.count - 2] | 0x20,
              letter &- UInt8(ascii: "a") < 26 else { return bits }
        return bits | 1 << UInt32(letter &- UInt8(ascii: "a"))
    }

    /// Bit `capital - A` for the capital after ". " in each trailing credit lead ("C", "P", "I"), as a constant: no
    /// lazy static to reach on each line (`CaptionByteGateTests` checks it against `plainLeadCapitals`).
    @inline(__always)
    static var leadCapitals: UInt32 {
        1 << UInt32(UInt8(ascii: "C") - UInt8(ascii: "A")) | 1 << UInt32(UInt8(ascii: "P") - UInt8(ascii: "A"))
            | 1 << UInt32(UInt8(ascii: "I") - UInt8(ascii: "A"))
    }

    /// The capital after ". " in the one lead searched on a line that ends like a sentence (". Courtesy of ").
    @inline(__always)
    static var sentenceLeadCapitals: UInt32 { 1 << UInt32(UInt8(ascii: "C") - UInt8(ascii: "A")) }

    /// `leadCapitals` worked out from `creditLeads`.
    static var plainLeadCapitals: UInt32 {
        creditLeads.reduce(0) { bits, lead in bits | 1 << UInt32(Array(lead.utf8)[2] &- UInt8(ascii: "A")) }
    }

    /// Bit `capital - A` for the capital after ". " in `lead` (one of `creditLeads`).
    @inline(__always)
    static func leadCapital(_ lead: String) -> UInt32 {
        lead.utf8.withContiguousStorageIfAvailable { $0.count > 2 && $0[2] &- UInt8(ascii: "A") < 26 ? 1 << UInt32($0[2] &- UInt8(ascii: "A")) : 0 } ?? leadCapitals
    }

    /// The last bytes of the named picture sources: a line ending in another byte names none.
    static let namedSourceEnds = ByteSet(namedSources.compactMap(\.utf8.last))

    /// `text.prefix { $0.isNumber }.count`: a run of ASCII digits followed by an ASCII byte (or the end) is that
    /// many number Characters and then a Character that is none; otherwise Characters are read.
    static func leadingNumberCount(_ text: Substring) -> Int {
        let fast: Int? = text.withUTF8Bytes { bytes in
            var count = 0
            while count < bytes.count, bytes[count] &- UInt8(ascii: "0") < 10 { count += 1 }
            return count == bytes.count || bytes[count] < 0x80 && bytes[count] != 0x0A ? count : nil
        }
        return fast ?? text.prefix { $0.isNumber }.count
    }
}
