/// Bylines printed over several lines: a lone "By" over one line per author ("By", "Rachel Delacroix", "and", "Tom
/// Hersh"), and author cards of a name line and a job-title line each, right above the date. Read before menus are
/// found, which would take such runs of short lines for one.
extension ContextRules {
    /// Marks the first line of each such byline with all its names (and roles); its other lines are discarded as
    /// attribution.
    static func markSplitBylines(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        for index in lines.indices where lines[index].end &- lines[index].start <= 6 && lines[index].firstLowerByte == UInt8(ascii: "b")
            || lines[index].end &- lines[index].start <= 12 && lines[index].lastByte | 0x20 == UInt8(ascii: "y") {
            markLoneBy(index, roles, lines, page)  // "By", "By:", "Written by", "Authored by"
        }
        if let date = firstIndex(of: .date, roles) { markAuthorCards(before: date, roles, lines, page) }
    }

    /// "By" alone (or "By:") at `index`, then name lines joined by "and", "&" or "," lines.
    private static func markLoneBy(_ index: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) {
        let head = page.text(lines[index]).trimmedSpace
        guard head.equalsFolded("by") || head.equalsFolded("by:") || head.equalsFolded("written by") || head.equalsFolded("authored by")
        else { return }
        var names: [BylineEntry] = [], next = index + 1, last = index
        while next < lines.count, next <= index + 9 {
            let text = page.text(lines[next]).trimmedSpace
            if text == "and" || text == "&" || text == "," {
                next += 1
                continue
            }
            // one name a line, or several joined by "and" or commas ("Thomas Tracy and Rocco Parascandola")
            let people = BylineRule.splitOnAnd(text).flatMap { $0.commaPieces() }.map { $0.trimmedSpace }.filter { !$0.isEmpty }
            guard !people.isEmpty, people.count <= 4, people.allSatisfy({ (2...4).contains($0.wordCount) && BylineRule.looksLikeName($0)
                && !BylineRule.isRole($0) }) else { break }
            // an author card repeats the name ("By", "Jon Blistein", "Jon Blistein"): one entry
            for person in people where !names.contains(where: { $0.name.lowercased() == person.lowercased() }) {
                names.append(BylineEntry(name: String(person)))
            }
            last = next
            next += 1
        }
        guard !names.isEmpty else { return }
        // "New York Daily News |": the outlet under the names, cut off by its bar
        if next < lines.count, lines[next].words <= 6, lines[next].lastByte == UInt8(ascii: "|") { last = next }
        roles.set(index, .byline(BylineRule.Match(names: names)))
        for part in (index + 1)...last { roles.set(part, .furniture(.attribution)) }
    }

    /// Two or more author cards (a name line, then its job-title line) ending one or two lines above the first date.
    private static func markAuthorCards(before date: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) {
        for end in [date - 1, date - 2] where end >= 3 {
            var start = end, names: [BylineEntry] = []
            while start >= 1, isCard(name: start - 1, role: start, roles, lines, page) {
                names.insert(BylineEntry(name: String(page.text(lines[start - 1]).trimmedSpace),
                                         role: String(page.text(lines[start]).trimmedSpace)), at: 0)
                start -= 2
            }
            guard names.count >= 2 else { continue }
            let first = start + 1
            roles.set(first, .byline(BylineRule.Match(names: names)))
            for part in (first + 1)...end { roles.set(part, .furniture(.attribution)) }
            return
        }
    }

    /// True when line `name` reads as a person's name (two to four words) and line `role` under it as a job title.
    private static func isCard(name: Int, role: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> Bool {
        guard (2...4).contains(lines[name].words), (2...6).contains(lines[role].words), roles.kind(name) == .text,
              roles.kind(role) == .text || roles.kind(role) == .duplicate else { return false }
        let nameText = page.text(lines[name]), roleText = page.text(lines[role])
        return BylineRule.isRole(roleText) && !BylineRule.isRole(nameText) && BylineRule.looksLikeName(nameText)
            && !BylineRule.isButtonLabel(nameText)
    }
}
