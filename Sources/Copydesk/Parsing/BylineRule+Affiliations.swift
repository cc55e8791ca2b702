/// Bylines that pair each author with an affiliation: "Nadia Kessler, ProPublica, and Owen Traylor, Gulf Coast Ledger"
/// (partner newsrooms, public radio, nonprofit desks).
extension BylineRule {
    /// The authors of `text` when its comma pieces alternate a name and an affiliation, with "and" opening the last
    /// name and one affiliation after it ("A, X, and B, Y"; "A, X, B, Y and C, Z"); `nil` for any other text. A list
    /// of names alone never takes this shape: there "and" opens the last piece.
    static func pairedAffiliations(_ text: Substring) -> [BylineEntry]? {
        guard text.fastRange(of: ", and ") != nil else { return nil }
        let pieces = text.commaPieces().map { $0.trimmedSpace }
        guard pieces.count >= 4, pieces.count % 2 == 0, pieces[pieces.count - 2].hasFoldedPrefix("and ") else { return nil }
        var entries: [BylineEntry] = []
        for pair in stride(from: 0, to: pieces.count, by: 2) {
            var name = pieces[pair]
            if pair == pieces.count - 2 { name = name.dropFirst(4).trimmedSpace }
            let affiliation = pieces[pair + 1]
            guard (2...4).contains(name.wordCount), looksLikeName(name), !isRole(name), !isAgency(name),
                  (1...4).contains(affiliation.wordCount), !affiliation.hasDigit else { return nil }
            entries.append(BylineEntry(name: String(name), role: String(affiliation)))
        }
        return entries
    }

    /// "Angel Tesorero/Dubai", "Wam/Abu Dhabi": a person of two to four name words, or an agency, then "/" and a place of
    /// one to three capitalised words; `nil` for any other text.
    static func nameSlashPlace(_ text: Substring) -> Match? {
        guard let slash = text.firstIndex(of: "/") else { return nil }
        let name = text[..<slash].trimmedSpace, place = text[text.index(after: slash)...].trimmedSpace
        guard (1...3).contains(place.wordCount), place.startsUppercase, !place.hasDigit, !place.contains("/"),
              !isAgency(place), !isRole(place) else { return nil }
        if isAgency(name) { return Match(names: [BylineEntry(name: String(name))]) }
        guard (2...4).contains(name.wordCount), looksLikeName(name), !isRole(name) else { return nil }
        return Match(names: [BylineEntry(name: String(name))])
    }
}
