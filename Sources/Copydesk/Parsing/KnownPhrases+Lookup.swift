/// The fragments of `KnownPhrases` and the look-ups of its tables: a line's bytes read once for its exact, prefix
/// and fragment look-ups.
extension KnownPhrases {
    /// Fragments that mark a short line as newsletter, promo or footer furniture wherever they stand.
    static let fragments: [(String, DiscardReason)] = [
        ("newsletter", .newsletter), ("in your inbox", .newsletter), ("your inbox", .newsletter), ("news alerts", .newsletter),
        ("email alerts", .newsletter), ("sign up for", .newsletter), ("click here", .promo), ("by clicking here", .promo),
        ("get the app", .promo), ("news app", .promo), ("subscription", .promo), ("all rights reserved", .copyright),
        ("privacy policy", .footer), ("terms of service", .footer), ("terms & conditions", .footer), ("terms and conditions", .footer),
        ("do not necessarily reflect", .footer), ("registered trademark", .copyright),
        ("contributed to this report", .attribution), ("scroll to continue", .advertisement), ("contributed reporting", .attribution), ("contact this reporter", .promo),
        ("contact the reporter", .promo), ("email the reporter", .promo),
        ("app for the latest", .promo), ("on our app", .promo), ("telegram channel", .promo), ("whatsapp channel", .promo),
        ("print this page", .share),
    ] + appealFragments

    /// The reason a line of `page` is known furniture, or `nil`; `tables` fetched by the caller: once per page, not once
    /// per line.
    static func reason(for line: inout TextLine, _ page: LinePage, tables: Tables) -> DiscardReason? {
        // the line's facts as plain values: the closure below captures no line (no copy, no retain)
        let words = line.words, first = line.firstLowerByte, last = line.lastByte, quote = line.hasQuoteMark
        var colonKey = false  // a key before a trailing colon that the bytes cannot decide
        var spaced = words >= 2  // a space byte where `tail`'s openings hold theirs (offsets 4–6): untrimmed one-word lines
        // one read of the line's bytes serves the exact, prefix and fragment look-ups; the folded opening pair is
        // tested inline first, so most lines make no prefix look-up call
        let found: DiscardReason?? = { (bytes: UnsafeBufferPointer<UInt8>) -> DiscardReason?? in
            let length = bytes.count
            if words <= 12 {
                if tables.exactShapes.mayContain(first: first, length: length), let reason = tables.exactTable.value(foldingBytes: bytes) {
                    return reason
                }
                // the line less its last Character ":", which is its last byte when the byte before it is ASCII
                if last == UInt8(ascii: ":") {
                    if length >= 2, bytes[length - 2] < 0x80 {
                        if tables.exactShapes.mayContain(first: first, length: length - 1),
                           let reason = tables.exactTable.value(foldingBytes: UnsafeBufferPointer(rebasing: bytes[..<(length - 1)])) {
                            return reason
                        }
                    } else {
                        colonKey = true
                        return nil
                    }
                }
            }
            if length < 2 || tables.prefixTable.mayOpen(foldedFirst: first, second: FoldedBytes.fold(bytes[1])),
               let index = tables.prefixTable.firstMatch(foldingBytes: bytes) { return tables.prefixReasons[index] }
            // (twenty-first pass) a follow line of more words: "Follow The Gleaner on X, Facebook and Instagram …"
            if words > 20, words <= 40, !quote, first == UInt8(ascii: "f") || first == UInt8(ascii: "l"), isSocialFollow(bytes) { return .share }
            if last == UInt8(ascii: ":"), first == UInt8(ascii: "l"), words <= 20, FoldedBytes.equal(bytes, at: 0, "listen to ") { return .promo }
            guard words <= 20, !quote else { return .some(nil) }
            // a one-word line holds no space, so only a fragment without one ("newsletter") fits, and only in as many bytes
            if words >= 2 {
                if let index = tables.fragmentTable.firstListed(foldingBytes: bytes) { return tables.fragmentReasons[index] }
            } else {
                spaced = length > 4 && (bytes[4] == 0x20 || length > 5 && (bytes[5] == 0x20 || length > 6 && bytes[6] == 0x20))
                // other fragments hold a space between two words
                if length >= tables.shortestSpacelessFragment, let index = tables.spacelessFragmentTable.firstListed(foldingBytes: bytes) {
                    return tables.spacelessFragmentReasons[index]
                }
            }
            return nil
        }(page.bytes(line))
        if colonKey { return plainReason(for: line, page) }
        if let found { return found }
        // `tail` answers only a line with a web address, one opening with the letter of one of its prefixes, or one of
        // two to four (five for "avatar") words ending with the last letter of one of its suffixes: other lines skip the call
        // each of its openings holds a space byte, which a one-word line holds only untrimmed (its suffix rule needs two words)
        guard line.hasURL || (first == UInt8(ascii: "f") || first == UInt8(ascii: "s") || first == UInt8(ascii: "m") || first == UInt8(ascii: "l")
                              || first == UInt8(ascii: "w") || first == UInt8(ascii: "u")) && spaced
            || words >= 2 && words <= 4 && (last | 0x20 == UInt8(ascii: "d") || last | 0x20 == UInt8(ascii: "s"))
            || words >= 2 && words <= 5 && last | 0x20 == UInt8(ascii: "r")  // "… avatar"
            || words >= 2 && words <= 4 && (first == UInt8(ascii: "a") || first == UInt8(ascii: "t")) && line.hasDigit  // "Advertisement 2"
            || words >= 3 && words <= 6 && first == UInt8(ascii: "a")  // (round 13) "Ads by Google"
        else { return nil }
        return tail(&line, page)
    }

    /// `reason(for:)` with the exact key before a trailing colon looked up as a lowered `String`.
    private static func plainReason(for line: TextLine, _ page: LinePage) -> DiscardReason? {
        let tables = Self.tables
        let text = page.text(line)
        let key = TextLine.asciiLowercased(text).dropLast()
        if tables.exactShapes.mayContain(key), let reason = exactLines[String(key)] { return reason }
        if let index = tables.prefixTable.firstMatch(folding: text) { return tables.prefixReasons[index] }
        if isListenTitle(line, page.bytes(line)) { return .promo }
        guard line.words <= 20, !line.hasQuoteMark else { return nil }
        if line.words >= 2 || text.utf8.count >= tables.shortestSpacelessFragment,
           let index = tables.fragmentTable.firstListed(folding: text) {
            return tables.fragmentReasons[index]
        }
        var line = line
        return tail(&line, page)
    }
}
