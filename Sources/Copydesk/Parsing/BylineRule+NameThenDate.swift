/// A byline without "By" whose date follows on the same line, the parts joined by a separator:
/// "Ingrid Lunden@ingridlunden / 11:36 am EST • November 20, 2019", "Scott K. Johnson - Nov 19, 2019 4:45 pm UTC",
/// "Neha Madaan | TNN | Updated: Nov 20, 2019, 10:34 IST", "Bartley Kives · CBC News · Posted: Nov 19, 2019 4:00 AM CT".
extension BylineRule {
    /// The separators between a name, outlet segments and the date.
    static let segmentSeparators = [" / ", " | ", " - ", " – ", " — ", " · ", " • ", " , "]  // " , ": "Jo Roe , 4 Jun 2024"

    /// Words of section and topic labels, which never stand in a person's name ("Middle East | Nov 19, 2019").
    static let labelWords: Set<String> = [
        "east", "west", "north", "south", "world", "politics", "business", "sport", "sports", "health", "science", "tech",
        "technology", "opinion", "entertainment", "culture", "life", "lifestyle", "style", "travel", "food", "markets",
        "money", "economy", "city", "state", "local", "national", "international", "breaking", "latest", "top", "stories",
        "home", "video", "live", "updates", "update", "weather", "crime", "education", "environment", "climate", "energy",
        "arts", "books", "music", "film", "movies", "games", "gaming", "reviews", "analysis", "commentary", "editorial",
        "features", "podcast", "photos", "gallery", "release", "sponsored", "content", "estate", "finance", "league",
        "kong", "angeles", "america", "europe", "asia", "africa", "kingdom", "states", "posted", "published", "updated",
    ]

    /// The person and date of a line of segments joined by separators: a name (a glued "@handle" dropped), or a
    /// segment "By Name" / "Written by Name", among up to three short outlet or section segments ("TNN", "CBC News",
    /// "All India"), then the date; `nil` for any other line.
    static func matchNameThenDate(_ text: Substring) -> Match? {
        if let found = nameHandleThenDate(text) { return found }
        guard let cut = firstSeparator(in: text) else { return nil }
        var name = personSegment(text[..<cut.lowerBound])
        if name == nil, let outlet = outletThenDate(text, cut: cut) { return outlet }  // "Ahram Online , Tuesday 3 Jun 2025"
        guard name != nil || isShortLabel(text[..<cut.lowerBound]) else { return nil }
        var rest = text[cut.upperBound...]
        for _ in 0..<4 {
            if let name, let date = DateRule.match(text: rest.trimmedSpace) {
                return Match(names: [BylineEntry(name: String(name.text))], date: date)
            }
            guard let next = firstSeparator(in: rest) else { return nil }
            let segment = rest[..<next.lowerBound]
            // a labelled name ("Written by …") wins over an unlabelled one before it ("All India")
            if name?.labelled != true, let found = personSegment(segment), found.labelled || name == nil { name = found } else if !isShortLabel(segment) {
                return nil
            }
            rest = rest[next.upperBound...]
        }
        return nil
    }

    /// "Kyle Wiggers@Kyle_L_Wiggers November 19, 2019 6:00 AM": a name with its handle glued on, then the date with no
    /// separator; `nil` for any other line.
    private static func nameHandleThenDate(_ text: Substring) -> Match? {
        guard let at = text.firstIndex(of: "@"), at > text.startIndex, text[text.index(before: at)] != " ",
              let space = text[at...].firstIndex(of: " "), let name = personSegment(text[..<at]),
              let date = DateRule.match(text: text[space...].trimmedSpace) else { return nil }
        return Match(names: [BylineEntry(name: String(name.text))], date: date)
    }

    /// Labels that open a byline segment ("Written by Shreya Bhandari").
    static let segmentLabels: [StaticString] = ["written by ", "text by ", "reported by ", "by "]

    /// The person a segment names: two to four name words after an optional label, a handle dropped, no agency, role
    /// or section word.
    static func personSegment(_ segment: Substring) -> (text: Substring, labelled: Bool)? {
        var head = segment.trimmedSpace
        var labelled = false
        for label in segmentLabels where head.hasFoldedPrefix(label) {
            head = head.dropFirst(label.utf8CodeUnitCount).trimmedSpace
            labelled = true
            break
        }
        head = withoutHandle(head)
        guard (2...4).contains(head.wordCount), looksLikeName(head), !isAgency(head), !isRole(head),
              !head.spaceWords.contains(where: { labelWords.contains($0.lowercased()) }) else { return nil }
        return (head, labelled)
    }

    /// A segment of three words at most with no digit: an outlet, agency or section between name and date.
    static func isShortLabel(_ segment: Substring) -> Bool {
        let trimmed = segment.trimmedSpace
        return !trimmed.isEmpty && trimmed.wordCount <= 3 && !trimmed.hasDigit
    }

    /// The earliest of `segmentSeparators` in `text`.
    private static func firstSeparator(in text: Substring) -> Range<Substring.Index>? {
        var best: Range<Substring.Index>?
        for separator in segmentSeparators {
            if let found = text.fastRange(of: separator), best.map({ found.lowerBound < $0.lowerBound }) ?? true { best = found }
        }
        return best
    }

    /// "Tom Warren@tomwarren" → "Tom Warren": a social handle glued to (or after) a name is no part of it.
    static func withoutHandle(_ name: Substring) -> Substring {
        guard let at = name.firstIndex(of: "@") else { return name }
        return name[..<at].trimmedSpace
    }
}
