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
            var affiliation = pieces[pair + 1]
            if pair == pieces.count - 2, affiliation.last == "." { affiliation = affiliation.dropLast() }
            // an affiliation of four words at most, or a job of up to seven with "a" or "an" ("a senior editor at Foreign Policy")
            let limit = affiliation.hasFoldedPrefix("a ") || affiliation.hasFoldedPrefix("an ") ? 7 : 4
            guard (2...4).contains(name.wordCount), looksLikeName(name), !isRole(name), !isAgency(name),
                  (1...limit).contains(affiliation.wordCount), !affiliation.hasDigit else { return nil }
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

    /// Where a reading time glued to or set after the byline starts ("By Adele Peters3 minute Read", "By Jo Roe 5 min
    /// read"): the offset of its number in `bytes`, when they end with a number, "min", "mins", "minute" or "minutes" and
    /// "read" (capitals folded); `nil` otherwise.
    static func readingTimeStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = bytes.count
        guard i >= 10, FoldedBytes.equal(bytes, at: i - 4, "read") else { return nil }
        i -= 4
        while i > 0, bytes[i - 1] == 0x20 { i -= 1 }
        var unit = i
        while unit > 0, (bytes[unit - 1] | 0x20) &- UInt8(ascii: "a") < 26 { unit -= 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[unit..<i])
        let units: [StaticString] = ["min", "mins", "minute", "minutes"]
        guard units.contains(where: { $0.utf8CodeUnitCount == word.count && FoldedBytes.equal(word, at: 0, $0) }) else { return nil }
        i = unit
        while i > 0, bytes[i - 1] == 0x20 || bytes[i - 1] == UInt8(ascii: "-") { i -= 1 }
        var digits = i
        while digits > 0, bytes[digits - 1] &- UInt8(ascii: "0") < 10 { digits -= 1 }
        return digits < i && digits > 0 ? digits : nil
    }

    /// `text` less a reading time at its end (`readingTimeStart`).
    static func withoutReadingTime(_ text: Substring) -> Substring {
        guard let cut = text.withUTF8Bytes(readingTimeStart) else { return text }
        return text[..<text.utf8.index(text.startIndex, offsetBy: cut)]
    }
}

extension BylineRule {
    /// "Shanique Bryan/Gleaner Writer", "By Jo Roe/ Senior Staff Reporter": a name of two to four words and, after the
    /// slash, a writer's job of one to four words (no photographer's); `nil` for any other line.
    static func nameSlashWriter(_ text: Substring) -> Match? {
        guard let slash = text.firstIndex(of: "/") else { return nil }
        var name = text[..<slash].trimmedSpace, job = text[text.index(after: slash)...].trimmedSpace
        if name.hasFoldedPrefix("by ") { name = name.dropFirst(3).trimmedSpace }  // "By MASAKI TAKAHASHI/ Staff Writer"
        guard (1...4).contains(job.wordCount), job.startsUppercase, !job.contains("/"), (2...4).contains(name.wordCount),
              looksLikeName(name), !isRole(name) else { return nil }
        let words = job.spaceWords.map { $0.lowercased() }
        guard words.contains(where: { writerJobWords.contains($0) }), !words.contains(where: { $0.hasPrefix("photo") }) else { return nil }
        return Match(names: [BylineEntry(name: String(name), role: String(job))])
    }

    /// Job words of people who write the story (lowercase), not of those who take its pictures.
    static let writerJobWords: Set<String> = ["writer", "reporter", "correspondent", "columnist"]
}
