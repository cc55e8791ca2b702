/// Bylines without "By": "Name Name, Role" or an agency ("Reuters, Washington").
extension BylineRule {
    /// A line without "By" that reads as a byline: "Name Name, Role" or an agency ("Reuters, Washington"). The line of
    /// `page` is read where it lies (never written).
    static func matchUnlabelled(inPlace line: inout TextLine, _ page: LinePage) -> Match? {
        guard line.words <= 10, !line.endsLikeSentence || line.lastByte == UInt8(ascii: ","), !line.hasQuoteMark,
              unlabelledMayMatch(page.bytes(line)) else { return nil }
        if line.isASCII, case let bytes = page.bytes(line), !bytes.contains(0x0D), !bytes.contains(0x0A) { return unlabelledASCII(bytes) }
        return plainUnlabelled(page.text(line))
    }

    /// `matchUnlabelled` past its gates, on the line's text read as `Substring`s.
    static func plainUnlabelled(_ text: Substring) -> Match? {
        let parts = text.commaPieces().map { $0.trimmedSpace }.filter { !$0.isEmpty }
        guard let head = parts.first else { return nil }
        if isAgency(head) && parts.count <= 3 { return Match(names: [BylineEntry(name: String(head))]) }
        let heads = head.commaPieces().flatMap { splitOnAnd($0.trimmedSpace) }
        guard parts.count >= 2, heads.allSatisfy(looksLikeName), parts.dropFirst().contains(where: isRole) else { return nil }
        let names = people(in: text)
        return names.isEmpty ? nil : Match(names: names)
    }
}
