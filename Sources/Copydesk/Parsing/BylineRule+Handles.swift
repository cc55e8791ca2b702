/// Bylines carrying social handles, e-mail addresses or an outlet after a bar.
extension BylineRule {
    /// A "By" line carrying social handles or an e-mail address ("By Ella Nilsen@ellanilsen ella.nilsen@vox.com Nov 20,
    /// 2019, 12:00pm EST"): read as a "By" line without them; `nil` for any other line.
    static func matchWithHandles(_ text: Substring) -> Match? {
        guard text.hasFoldedPrefix("by "), text.utf8.contains(UInt8(ascii: "@")) else { return nil }
        var kept = text.split(separator: " ").compactMap { word -> Substring? in
            guard let at = word.firstIndex(of: "@") else { return word }
            // an address ("ella.nilsen@vox.com", "eschmelzer@denverpost.com") goes; a handle glued to a name leaves the name
            let address = word[at...].utf8.contains(0x2E)
                && (word[..<at].utf8.contains(0x2E) || !word[..<at].utf8.contains(where: { $0 &- UInt8(ascii: "A") < 26 }))
            return at == word.startIndex || address ? nil : word[..<at]
        }
        // a bar left before "and", another bar or the end by a dropped address goes too
        kept = kept.indices.filter { index in
            kept[index] != "|" || index + 1 < kept.count && kept[index + 1] != "|" && kept[index + 1] != "and"
        }.map { kept[$0] }
        let cleaned = kept.joined(separator: " ")
        guard let last = cleaned.utf8.last else { return nil }
        return labelledTail(cleaned[...], start: 3, endsLikeSentence: false, lastByte: last).flatMap { $0.names.isEmpty ? nil : $0 }
    }

    /// "Jon Fingas, @jonfingas": a name of two to four words and its social handle, the whole line; `nil` otherwise.
    static func nameWithHandle(_ text: Substring) -> Match? {
        guard let at = text.firstIndex(of: "@"), at > text.startIndex, text[at...].wordCount == 1 else { return nil }
        var head = text[..<at]
        while let last = head.last, last == " " || last == "," { head = head.dropLast() }
        guard let name = personSegment(head), !name.labelled else { return nil }
        return Match(names: [BylineEntry(name: String(name.text))])
    }

    /// True when `bytes` hold both an "@" and a "|" (a "By" line with addresses between bars).
    static func holdsAddressAndBar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.firstIndex(of: UInt8(ascii: "@"), in: bytes, from: 0) != nil
            && ByteSearch.firstIndex(of: UInt8(ascii: "|"), in: bytes, from: 0) != nil
    }

    /// "Rana Bilal | Dawn.com": a person and an outlet of three words at most joined by one bar; or the outlet first and
    /// a "By" part after it ("KUNC | By Ana Ruiz", the outlet the role); `nil` otherwise.
    static func nameBarOutlet(_ text: Substring) -> Match? {
        guard let bar = text.fastRange(of: " | "), !text[bar.upperBound...].utf8.contains(UInt8(ascii: "|")) else { return nil }
        let tail = text[bar.upperBound...]
        if tail.hasFoldedPrefix("by "), isShortLabel(text[..<bar.lowerBound]), let last = tail.utf8.last,
           var found = labelledTail(tail, start: 3, endsLikeSentence: false, lastByte: last), found.date == nil, !found.names.isEmpty {
            for index in found.names.indices where found.names[index].role == nil { found.names[index].role = String(text[..<bar.lowerBound].trimmedSpace) }
            return found
        }
        guard let name = personSegment(text[..<bar.lowerBound]), !name.labelled, isShortLabel(text[bar.upperBound...]) else { return nil }
        return Match(names: [BylineEntry(name: String(name.text), role: String(text[bar.upperBound...].trimmedSpace))])
    }

    /// `nameWithHandle` (three to five words holding an "@") or `nameBarOutlet` (four to eight words, no digit, a "|")
    /// for a line of `page` of three to eight words: a line holding neither byte is turned away on its bytes.
    static func handleOrOutletByline(_ line: borrowing TextLine, _ page: LinePage) -> Match? {
        let bytes = page.bytes(line)
        if line.words <= 5, ByteSearch.firstIndex(of: UInt8(ascii: "@"), in: bytes, from: 0) != nil, let found = nameWithHandle(page.text(line)) {
            return found
        }
        guard line.words >= 4, !line.hasDigit, ByteSearch.firstIndex(of: UInt8(ascii: "|"), in: bytes, from: 0) != nil else { return nil }
        return nameBarOutlet(page.text(line))
    }
}
