// The byline name readers as of main bd306de, kept verbatim (type renamed; the shape gates, which only skip set
// look-ups, left out) as the oracle for their byte versions. They call the live helpers this pass left unchanged.
@testable import Copydesk
extension RefBylineRule {
    /// Splits "X, Y and Z, Role" into one entry per person, the role attached to each.
    static func people(in text: Substring) -> [BylineEntry] {
        // (twentieth pass) "A, X, and B, Y": each author paired with an affiliation
        if let paired = BylineRule.pairedAffiliations(text) { return paired }
        var entries: [BylineEntry] = []
        var text = text
        for cut in [" | ", " |", "|"] { if let r = text.fastRange(of: cut) { text = text[..<r.lowerBound] } }
        var roleFromDash: String?
        // (twentieth pass) " / " before a role too ("Chen Yu-fu / Staff reporter")
        if let dash = text.fastRange(of: " - ") ?? text.fastRange(of: " – ") ?? text.fastRange(of: " — ") ?? text.fastRange(of: " / ") {
            let after = text[dash.upperBound...].trimmedSpace
            if isRole(after) { roleFromDash = String(after) }
            text = text[..<dash.lowerBound]
        }
        text = BylineRule.unglueOutlet(text)
        var parts: [Substring] = []
        var afterAndList = false
        var outletAfterList: Substring?
        for piece in text.commaPieces() {
            // "X and Y, Capitol Beat": a part after a list closed by "and" is an outlet or a role, never a person
            if afterAndList { outletAfterList = outletAfterList ?? piece.trimmedSpace; continue }
            let subs = RefBylineRule.splitOnAnd(piece.trimmedSpace)
            if subs.count >= 2 { afterAndList = true }
            for sub in subs { parts.append(sub) }
        }
        var pendingWithoutRole: [Int] = []
        var roleEnd: String.Index?  // (twenty-fifth pass) where the last role piece ended
        for part in parts where !part.isEmpty {
            if BylineRule.isAgency(part) {
                if entries.isEmpty { entries.append(BylineEntry(name: String(part))) } else { for index in pendingWithoutRole { entries[index].role = String(part) } }
                continue
            }
            if isRole(part) {
                let name = RefBylineRule.trimName(part)
                let remainder = part[name.endIndex...]
                if name.endIndex != part.endIndex, looksLikeName(name), !isRole(name),
                   !remainder.spaceWords.contains(where: { BylineRule.jobWords.contains($0.lowercased()) }) {
                    // "Trevor J. Mitchell Sioux Falls Argus Leader": the name, then the outlet
                    entries.append(BylineEntry(name: String(name), role: String(part[name.endIndex...].trimmedSpace)))
                    continue
                }
                for index in pendingWithoutRole { entries[index].role = String(part) }
                pendingWithoutRole = []
                roleEnd = part.endIndex
                continue
            }
            // (twenty-fifth pass) "…, Staff Writer, Outlet": the last piece right after a role is the outlet
            if part.endIndex == parts.last?.endIndex, let roleEnd, roleEnd <= part.startIndex,
               !part.base[roleEnd..<part.startIndex].contains(where: \.isLetter) { continue }
            var name = RefBylineRule.trimName(part)
            // (twenty-fifth pass) "Asha Menon  Pune": the name ends at two spaces
            if let cut = name.fastRange(of: "  "), case let head = name[..<cut.lowerBound].trimmedSpace, head.wordCount >= 2 { name = head }
            for place in [" in ", " at ", " for "] {
                if let cut = name.fastRange(of: place), name[cut.upperBound...].startsUppercase { name = name[..<cut.lowerBound].trimmedSpace }
            }
            guard name.wordCount >= 2, looksLikeName(name) else { continue }
            entries.append(BylineEntry(name: String(name)))
            pendingWithoutRole.append(entries.count - 1)
        }
        if let role = roleFromDash ?? outletAfterList.map(String.init) {
            for index in entries.indices where entries[index].role == nil { entries[index].role = role }
        }
        return entries
    }

    /// True when the text names a job title ("Staff Writer", "AP National Security Writer", "Associated Press").
    static func isRole(_ text: Substring) -> Bool {
        let words = text.spaceWords
        for (position, word) in words.enumerated() {
            let lower = word.lowercasedFast
            // (twentieth pass) "English" ends an outlet's name only after two words or more ("Eoin English" is a name)
            if BylineRule.roleWords.contains(lower) || BylineRule.outletWords.contains(lower) && (position >= 2 || lower != "english") {
                return true
            }
        }
        // an acronym in a mixed-case part names an outlet ("CNN Business"), unless the whole byline is in capitals
        return words.contains(where: BylineRule.isAcronym) && !text.isAllCaps
    }

    /// Capitalised words, initials and particles only, two to five of them.
    static func looksLikeName(_ text: Substring) -> Bool {
        let words = text.spaceWords
        guard (1...6).contains(words.count) else { return false }
        return words.allSatisfy { $0.startsUppercase || refNameParticles.contains($0) } && !words.contains { $0.hasDigit }
    }

    /// Lowercase particles a name may hold ("de", "van").
    private static let refNameParticles: Set<Substring> = ["de", "van", "der", "von", "da", "di", "la", "le", "bin", "al", "el", "du", "dos"]
}
