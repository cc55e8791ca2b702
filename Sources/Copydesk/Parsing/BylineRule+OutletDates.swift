/// A newsroom's byline with its date after a spaced comma: "Ahram Online , Tuesday 3 Jun 2025", "Reuters , 4 Jun 2024".
extension BylineRule {
    /// The outlet or agency and the date of `text` when it opens with an outlet name, then " , " and a date: two to four
    /// capitalised words ending with an outlet word ("Online", "News", "Times"), or a wire agency; `nil` otherwise.
    static func outletThenDate(_ text: Substring, cut: Range<Substring.Index>) -> Match? {
        guard text[cut] == " , ", case let head = text[..<cut.lowerBound].trimmedSpace, !head.isEmpty, !head.hasDigit else { return nil }
        let words = head.spaceWords
        guard words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        // an outlet of two words or more ("Ahram Online"), not a section ("Middle East") nor a capitals dateline ("CHENNAI")
        let outlet = words.count >= 2 && outletWords.contains(words[words.count - 1].lowercased())
            && !words.dropLast().contains(where: { labelWords.contains($0.lowercased()) })
        guard outlet || isAgency(head), let date = DateRule.match(text: text[cut.upperBound...].trimmedSpace) else { return nil }
        return Match(names: [BylineEntry(name: String(head))], date: date)
    }
}
