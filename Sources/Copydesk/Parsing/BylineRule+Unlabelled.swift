/// Bylines without "By": "Name Name, Role" or an agency ("Reuters, Washington").
extension BylineRule {
    /// A line without "By" that reads as a byline: "Name Name, Role" or an agency ("Reuters, Washington"). The line of
    /// `page` is read where it lies (never written).
    static func matchUnlabelled(inPlace line: inout TextLine, _ page: LinePage) -> Match? {
        guard line.words <= 10, !line.endsLikeSentence || line.lastByte == UInt8(ascii: ","), !line.hasQuoteMark,
              unlabelledMayMatch(page.bytes(line)), !opensWithPreposition(page.bytes(line)) else { return nil }
        if line.isASCII, case let bytes = page.bytes(line), !bytes.contains(0x0D), !bytes.contains(0x0A) { return unlabelledASCII(bytes) }
        return plainUnlabelled(page.text(line))
    }

    /// `matchUnlabelled` past its gates, on the line's text read as `Substring`s.
    static func plainUnlabelled(_ text: Substring) -> Match? {
        let parts = text.commaPieces().map { $0.trimmedSpace }.filter { !$0.isEmpty }
        guard let head = parts.first else { return nil }
        if isAgency(head) && parts.count <= 3 { return Match(names: [BylineEntry(name: String(head))]) }
        let heads = head.commaPieces().flatMap { splitOnAnd($0.trimmedSpace) }
        // each name of two words or more: "Pilsen, Little Village, Back of the Yards" is a list of places
        guard parts.count >= 2, heads.allSatisfy({ looksLikeName($0) && $0.wordCount >= 2 }), parts.dropFirst().contains(where: isRole) else { return nil }
        let names = people(in: text)
        return names.isEmpty ? nil : Match(names: names)
    }
}

extension BylineRule {
    /// True when the line's first word is a preposition or question word ("In Midwestern Cities, Weekly Mowing …", "How
    /// …, and Why"): a headline's opening, never a name's.
    static func opensWithPreposition(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 3 else { return false }
        var end = 0
        while end < bytes.count, end < 8, !ByteSearch.isASCIISpace(bytes[end]) { end += 1 }
        guard end < bytes.count, ByteSearch.isASCIISpace(bytes[end]) else { return false }
        let word = UnsafeBufferPointer(rebasing: bytes[0..<end])
        return headlineOpenings.contains { FoldedBytes.equal(word, at: 0, $0) && $0.utf8CodeUnitCount == end }
    }

    /// First words of headlines that no name opens with (capitals folded).
    static let headlineOpenings: [StaticString] = ["in", "on", "at", "for", "from", "with", "as", "after", "before", "how", "why",
                                                   "what", "when", "where", "inside", "across", "amid", "despite", "over", "under"]
}
