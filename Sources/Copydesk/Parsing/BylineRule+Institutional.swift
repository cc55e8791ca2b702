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
}
