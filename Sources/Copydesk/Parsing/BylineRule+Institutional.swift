/// Bylines that name a newsroom rather than a person: "By Al Jazeera Staff", "By Bloomberg News", "By CNN Wire".
extension BylineRule {
    /// Last words (lowercased) that make a "By …" line a newsroom's byline.
    static let newsroomWords: Set<String> = ["staff", "writer", "writers", "reporter", "reporters", "wire", "news", "desk",
                                             "team", "bureau", "services", "agencies"]

    /// The newsroom a "By …" line (`text`) names: two to five capitalised words after "By " ending with one of
    /// `newsroomWords` ("Al Jazeera Staff"), or an agency after "By The" ("The Associated Press"); `nil` otherwise
    /// ("By Any Means Necessary").
    static func newsroom(_ text: Substring) -> Match? {
        guard text.hasFoldedPrefix("by ") else { return nil }
        let name = text.dropFirst(3).trimmedSpace
        let words = name.split(separator: " ")
        guard (2...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        let agency = words[0] == "The" && agencies.contains(words.dropFirst().joined(separator: " ").lowercased())
        guard agency || newsroomWords.contains(words[words.count - 1].lowercased()) else { return nil }
        return Match(names: [BylineEntry(name: String(name))])
    }

    /// "By Christina Finn Political Correspondent": a "By" line whose names end in a job title with no comma; `nil`
    /// when the last word is no job word or the words before the title are no name.
    static func byNameThenRole(_ text: Substring) -> Match? {
        guard text.hasFoldedPrefix("by "), case let rest = text.dropFirst(3).trimmedSpace, let last = rest.spaceWords.last?.lowercased(),
              jobWords.contains(last) || jobWords.contains(String(last.dropLast())) else { return nil }
        return nameThenRole(rest)
    }

    /// The name and job title of `text` whose last word is a job word ("Harriet Vane Social affairs correspondent"), or
    /// `nil`: the words read as `Substring`s.
    static func nameThenRole(_ text: Substring) -> Match? {
        let words = text.spaceWords
        guard words.count >= 3 else { return nil }
        // walk back over lowercase words and role words; a sentence-case title starts one capitalised word earlier
        // ("Social affairs correspondent", and "Environment editor" after a name of two words or more)
        var start = words.count - 1
        while start > 0, let first = words[start - 1].first, first.isLowercase || roleWords.contains(words[start - 1].lowercased()) { start -= 1 }
        if words[start].first?.isLowercase == true, start < words.count - 1 || start >= 3 { start -= 1 }
        guard (2...6).contains(start) else { return nil }  // a name of five or six words keeps four once a title's beat words move
        let name = text[words[0].startIndex..<words[start - 1].endIndex]
        let role = text[words[start].startIndex...]
        guard let parts = BylineRule.movingBeatWords(name: name, role: role), looksLikeName(parts.name), !isRole(parts.name) else { return nil }
        return Match(names: [BylineEntry(name: String(parts.name), role: parts.role)])
    }
}
