/// Bracketed credits the other bracket paths leave: a short agency tag closing a caption that need not end like a
/// sentence ("… in Fishlake, South Yorkshire (PA)", "(Getty)", "(AFP/Getty)", "(Rex Features)") and a staff credit of
/// a person and an outlet after a full caption sentence ("… in December. (Allen J. Schaben / Los Angeles Times)").
extension CaptionRule {
    /// Picture agencies met in such tags beyond `pictureSources`.
    static let tagSources: Set<String> = ["rex", "swns", "handout", "bnps", "wire", "features", "mercury", "solent"]

    /// The caption and credit of `line` (ending with ")") by the two shapes above, or `nil`.
    static func shortBracketCredit(_ line: Substring) -> Match? {
        guard line.last == ")", let open = line.lastIndex(of: "(") else { return nil }
        let inside = line[line.index(after: open)..<line.index(before: line.endIndex)].trimmedSpace
        let caption = line[..<open].trimmedSpace
        guard !inside.isEmpty, caption.wordCount >= 5, let end = caption.last, !"?!:;,\"”“'’".contains(end) else { return nil }
        let parts = inside.split(whereSeparator: { $0 == "/" }).map { $0.trimmedSpace }
        guard parts.allSatisfy({ !$0.isEmpty && $0.first?.isUppercase == true && !$0.hasDigit }) else { return nil }
        if parts.count <= 2, inside.wordCount <= 3, parts.contains(where: isTagSource) {
            return .captioned(text: String(caption), credit: String(inside))
        }
        // "(Name Name / Outlet)": a person, then an outlet of capitalised words, after a whole caption sentence
        guard parts.count == 2, end == ".", caption.wordCount >= 6, (2...4).contains(parts[0].wordCount),
              BylineRule.looksLikeName(parts[0]), (1...4).contains(parts[1].wordCount),
              parts[1].spaceWords.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return .captioned(text: String(caption), credit: String(inside))
    }

    /// True when every word of `part` is capitalised and one of them (or the whole) names a picture agency.
    private static func isTagSource(_ part: Substring) -> Bool {
        let words = part.spaceWords.map { $0.lowercased() }
        return words.contains { pictureSources.contains($0) || tagSources.contains($0) } || pictureSources.contains(words.joined(separator: " "))
    }
}
