/// Bylines written as a name, a middle dot, then a job title ("Ana Ruiz · Local Journalism Initiative Reporter").
extension BylineRule {
    /// The name and job title of `text` cut at its " · ": a name of two to four words before it, a role after it;
    /// `nil` otherwise.
    static func dottedNameThenRole(_ text: Substring) -> Match? {
        guard let dot = text.fastRange(of: " · ") else { return nil }
        let name = text[..<dot.lowerBound].trimmedSpace, role = text[dot.upperBound...].trimmedSpace
        guard (2...4).contains(name.wordCount), looksLikeName(name), !isRole(name), isRole(role) else { return nil }
        return Match(names: [BylineEntry(name: String(name), role: String(role))])
    }
}
