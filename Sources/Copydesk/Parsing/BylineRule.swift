import Foundation

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
        let heads = head.replacingOccurrences(of: " and ", with: ",").split(separator: ",").map { $0.trimmedSpace }
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
            guard let range = lower.range(of: " by ") ?? (lower.hasPrefix("reporting by") ? lower.range(of: "by ") : nil),
                  !lower.contains("editing"), !lower.contains("edited") else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            names += people(in: clause.dropFirst(offset))
        }
        return names.isEmpty ? nil : names
    }

    /// Splits "X, Y and Z, Role" into one entry per person, the role attached to each.
    static func people(in text: Substring) -> [BylineEntry] {
        var entries: [BylineEntry] = []
        var text = text
        for cut in [" | ", " |", "|"] { if let r = text.range(of: cut) { text = text[..<r.lowerBound] } }
        var roleFromDash: String?
        if let dash = text.range(of: " - ") ?? text.range(of: " – ") ?? text.range(of: " — ") {
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
                for index in pendingWithoutRole { entries[index].role = String(part) }
                pendingWithoutRole = []
                continue
            }
            let name = trimName(part)
            guard name.wordCount >= 2, looksLikeName(name) else { continue }
            entries.append(BylineEntry(name: String(name)))
            pendingWithoutRole.append(entries.count - 1)
        }
        if let role = roleFromDash { for index in entries.indices where entries[index].role == nil { entries[index].role = role } }
        return entries
    }

    /// True when the text names a job title ("Staff Writer", "AP National Security Writer", "Associated Press").
    static func isRole(_ text: Substring) -> Bool {
        for word in text.spaceWords where roleWords.contains(word.lowercased()) { return true }
        return false
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
        for prefix in ["by: ", "by:", "by "] where lower.hasPrefix(prefix) { return prefix.count }
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
        while let r = rest.range(of: " and ") ?? rest.range(of: " & ") ?? rest.range(of: " AND ") {
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
