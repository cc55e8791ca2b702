/// "Source:" lines that name the writer: an agency and the date, or a person and a job.
extension BylineRule {
    /// "Source: Xinhua| 2019-11-20 16:47:52" (a `digit` and a bar: `matchSourceAndDate`), or "Source: Efua Boakye,
    /// Contributor": one name of two to four words, a comma, then a job title; `nil` for any other line.
    static func matchSource(_ line: TextLine, _ page: LinePage, digit: Bool) -> Match? {
        if digit {
            guard ByteSearch.firstIndex(of: UInt8(ascii: "|"), in: page.bytes(line), from: 0) != nil else { return nil }
            return matchSourceAndDate(page.text(line))
        }
        guard line.words >= 3, line.words <= 8, case let text = page.text(line), text.hasFoldedPrefix("source: ") else { return nil }
        let parts = text.dropFirst(8).split(separator: ",").map { $0.trimmedSpace }
        guard parts.count == 2, (2...4).contains(parts[0].wordCount), looksLikeName(parts[0]), !isRole(parts[0]), !isAgency(parts[0]),
              isRole(parts[1]) else { return nil }
        return Match(names: [BylineEntry(name: String(parts[0]), role: String(parts[1]))])
    }
}
