/// Recognises bylines: "By X and Y", "X, Staff Writer", "Robert Burns, AP National Security Writer"
/// (name and role kept apart), "Reuters, Washington", "By Jonathan GarberFOXBusiness" (glued
/// outlet), "By Tess Bonn - 11/19/19 06:56 AM EST" (a date on the same line) and credit lines
/// such as "Reporting by X; additional reporting by Y and Z; Editing by W".
enum BylineRule {
    /// The people on a byline line, plus a date and a section printed on the same line.
    struct Match: Equatable {
        var names: [BylineEntry]
        var date: DateRule.Match?
        var section: String?
    }

    /// Wire agencies that may stand alone as the byline.
    static let agencies: Set<String> = ["reuters", "ap", "associated press", "afp", "agence france-presse", "bloomberg", "pti", "ians",
                                        "dpa", "xinhua", "efe", "ansa", "upi", "press association", "pa", "anadolu", "kyodo", "tass"]
    /// Words that make a byline part a job title rather than a name.
    static let roleWords: Set<String> = ["writer", "correspondent", "reporter", "editor", "staff", "columnist", "contributor",
                                         "producer", "analyst", "bureau", "chief", "senior", "special", "press", "news", "journalist",
                                         "photographer", "host", "anchor", "critic", "associate", "contributing", "intern", "desk"]
    /// Job titles proper: a run of words holding one of these is a role, never an outlet after a name.
    static let jobWords: Set<String> = ["writer", "correspondent", "reporter", "editor", "columnist", "contributor", "producer",
                                        "analyst", "journalist", "photographer", "critic", "intern", "staff"]

    /// Words of outlet names that follow the authors ("The Washington Post", "CNN Business").
    static let outletWords: Set<String> = ["post", "times", "news", "press", "journal", "herald", "tribune", "guardian", "telegraph",
                                           "chronicle", "gazette", "magazine", "daily", "network", "media", "radio", "tv", "online",
                                           "wire", "standard", "observer", "independent", "mail", "express", "insider", "business",
                                           "leader", "review", "weekly", "digital", "sport", "sports", "the"]

    /// Head nouns of organisations that publish but do not write ("by European Space Agency").
    static let organisationWords: Set<String> = ["agency", "university", "institute", "institution", "society", "organization",
                                                 "organisation", "laboratory", "council", "association", "foundation", "department",
                                                 "ministry", "center", "centre", "college", "observatory", "museum", "company"]

    /// A byline that opens with "By": the names, and any date and section on the same line.
    static func match(_ line: TextLine) -> Match? {
        guard line.words <= 16, !line.hasQuoteMark else { return nil }
        guard let start = byPrefixLength(line.lower) else { return nil }
        var rest = line.text.dropFirst(start).trimmedSpace
        guard rest.startsUppercase else { return nil }
        var date: DateRule.Match?
        var section: String?
        if let found = DateText.find(in: rest), rest.distance(from: rest.startIndex, to: found.range.lowerBound) > 2 {
            date = DateRule.Match(published: DateStamp(text: String(found.text), iso: found.iso))
            let after = rest[found.range.upperBound...].trimmedSpace
            if !after.isEmpty && after.wordCount <= 4 && after.startsUppercase { section = String(after) }
            rest = rest[..<found.range.lowerBound].trimmedSpace
            while let last = rest.last, last == "-" || last == "–" || last == "—" || last == "," || last == "|" { rest = rest.dropLast().trimmedSpace }
        } else if line.endsLikeSentence && !line.text.hasSuffix(".") {
            return nil
        }
        let names = people(in: rest)
        guard !names.isEmpty, !names.contains(where: { isOrganisation($0.name) }) else { return nil }
        return Match(names: names, date: date, section: section)
    }

    /// A line without "By" that reads as a byline: "Name Name, Role" or an agency ("Reuters, Washington").
    static func matchUnlabelled(_ line: TextLine) -> Match? {
        guard line.words <= 10, !line.endsLikeSentence || line.text.hasSuffix(","), !line.hasQuoteMark else { return nil }
        let parts = line.text.split(separator: ",").map { $0.trimmedSpace }.filter { !$0.isEmpty }
        guard let head = parts.first else { return nil }
        if agencies.contains(head.lowercased()) && parts.count <= 3 { return Match(names: [BylineEntry(name: String(head))]) }
        let heads = head.split(separator: ",").flatMap { splitOnAnd($0.trimmedSpace) }
        guard parts.count >= 2, parts.dropFirst().contains(where: isRole), heads.allSatisfy(looksLikeName) else { return nil }
        let names = people(in: line.text)
        return names.isEmpty ? nil : Match(names: names)
    }

    /// The people named in "Reporting by X; additional reporting by Y and Z; Editing by W" (editors left out).
    static func creditLine(_ line: TextLine) -> [BylineEntry]? {
        guard line.lower.hasPrefix("reporting by") || line.lower.hasPrefix("writing by") || line.lower.hasPrefix("compiled by") else { return nil }
        var names: [BylineEntry] = []
        for clause in line.text.split(separator: ";") {
            let lower = clause.lowercased()
            guard let range = lower.fastRange(of: " by ") ?? (lower.hasPrefix("reporting by") ? lower.fastRange(of: "by ") : nil),
                  !lower.fastContains("editing"), !lower.fastContains("edited") else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            names += people(in: clause.dropFirst(offset))
        }
        return names.isEmpty ? nil : names
    }

    /// Splits "X, Y and Z, Role" into one entry per person, the role attached to each.
    static func people(in text: Substring) -> [BylineEntry] {
        var entries: [BylineEntry] = []
        var text = text
        for cut in [" | ", " |", "|"] { if let r = text.fastRange(of: cut) { text = text[..<r.lowerBound] } }
        var roleFromDash: String?
        if let dash = text.fastRange(of: " - ") ?? text.fastRange(of: " – ") ?? text.fastRange(of: " — ") {
            let after = text[dash.upperBound...].trimmedSpace
            if isRole(after) { roleFromDash = String(after) }
            text = text[..<dash.lowerBound]
        }
        text = unglueOutlet(text)
        var parts: [Substring] = []
        for piece in text.split(separator: ",") {
            for sub in splitOnAnd(piece.trimmedSpace) { parts.append(sub) }
        }
        var pendingWithoutRole: [Int] = []
        for part in parts where !part.isEmpty {
            if agencies.contains(part.lowercased()) {
                if entries.isEmpty { entries.append(BylineEntry(name: String(part))) } else { for index in pendingWithoutRole { entries[index].role = String(part) } }
                continue
            }
            if isRole(part) {
                let name = trimName(part)
                let remainder = part[name.endIndex...]
                if name.endIndex != part.endIndex, looksLikeName(name), !isRole(name),
                   !remainder.spaceWords.contains(where: { jobWords.contains($0.lowercased()) }) {
                    // "Trevor J. Mitchell Sioux Falls Argus Leader": the name, then the outlet
                    entries.append(BylineEntry(name: String(name), role: String(part[name.endIndex...].trimmedSpace)))
                    continue
                }
                for index in pendingWithoutRole { entries[index].role = String(part) }
                pendingWithoutRole = []
                continue
            }
            var name = trimName(part)
            for place in [" in ", " at ", " for "] {
                if let cut = name.fastRange(of: place), name[cut.upperBound...].startsUppercase { name = name[..<cut.lowerBound].trimmedSpace }
            }
            guard name.wordCount >= 2, looksLikeName(name) else { continue }
            entries.append(BylineEntry(name: String(name)))
            pendingWithoutRole.append(entries.count - 1)
        }
        if let role = roleFromDash { for index in entries.indices where entries[index].role == nil { entries[index].role = role } }
        return entries
    }

    /// True when the text names a job title ("Staff Writer", "AP National Security Writer", "Associated Press").
    static func isRole(_ text: Substring) -> Bool {
        let words = text.spaceWords
        for word in words where roleWords.contains(word.lowercased()) || outletWords.contains(word.lowercased()) { return true }
        // an acronym in a mixed-case part names an outlet ("CNN Business"), unless the whole byline is in capitals
        return !text.isAllCaps && words.contains { $0.count >= 2 && $0.allSatisfy { $0.isUppercase } }
    }

    /// Capitalised words, initials and particles only, two to five of them.
    static func looksLikeName(_ text: Substring) -> Bool {
        let words = text.spaceWords
        guard (1...6).contains(words.count) else { return false }
        let particles: Set<Substring> = ["de", "van", "der", "von", "da", "di", "la", "le", "bin", "al", "el", "du", "dos"]
        return words.allSatisfy { $0.startsUppercase || particles.contains($0) } && !words.contains { $0.hasDigit }
    }

    private static func isOrganisation(_ name: String) -> Bool {
        name.spaceWords.contains { organisationWords.contains($0.lowercased()) }
    }

    private static func byPrefixLength(_ lower: String) -> Int? {
        for prefix in ["by: ", "by:", "by ", "written by ", "words by ", "story by ", "text by "] where lower.hasPrefix(prefix) { return prefix.count }
        return nil
    }

    /// "Jonathan GarberFOXBusiness" → "Jonathan Garber": a lowercase letter followed by two capitals starts an outlet name.
    private static func unglueOutlet(_ text: Substring) -> Substring {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3 else { return text }
        for i in 0..<(scalars.count - 2)
        where scalars[i].properties.isLowercase && scalars[i + 1].properties.isUppercase && scalars[i + 2].properties.isUppercase {
            let index = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: i + 1)
            return text[..<index]
        }
        return text
    }

    private static func splitOnAnd(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var rest = text
        while let r = rest.fastRange(of: " and ") ?? rest.fastRange(of: " & ") ?? rest.fastRange(of: " AND ") {
            parts.append(rest[..<r.lowerBound].trimmedSpace)
            rest = rest[r.upperBound...]
        }
        if rest.lowercased().hasPrefix("and ") { rest = rest.dropFirst(4) }
        parts.append(rest.trimmedSpace)
        return parts
    }

    /// "Trevor J. Mitchell Sioux Falls Argus Leader" → "Trevor J. Mitchell": a long run keeps first name, initials and surname.
    private static func trimName(_ part: Substring) -> Substring {
        let words = part.spaceWords
        guard words.count > 3 else { return part }
        var end = 1
        while end < words.count - 1, words[end].hasSuffix("."), words[end].count <= 2 { end += 1 }
        return part[words[0].startIndex..<words[end].endIndex]
    }
}
