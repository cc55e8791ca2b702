// `BylineRule.splitOnAnd` and `BylineRule.trimName` as of main b6e649f, kept verbatim (type renamed) as the oracle's
// own helpers: the live ones now read ASCII text on its bytes.
@testable import Copydesk

extension RefBylineRule {
    static func splitOnAnd(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var rest = text
        while let r = rest.fastRange(of: " and ") ?? rest.fastRange(of: " & ") ?? rest.fastRange(of: " AND ") {
            parts.append(rest[..<r.lowerBound].trimmedSpace)
            rest = rest[r.upperBound...]
        }
        if rest.lowercased().fastHasPrefix("and ") { rest = rest.dropFirst(4) }
        parts.append(rest.trimmedSpace)
        return parts
    }

    /// "Trevor J. Mitchell Sioux Falls Argus Leader" → "Trevor J. Mitchell": a long run keeps first name, initials and surname.
    static func trimName(_ part: Substring) -> Substring {
        let words = part.spaceWords
        guard words.count > 3 else { return part }
        if part.withUTF8Bytes(BylineRule.isParticleName) { return part }  // round 15: a particle name stays whole
        var end = 1
        while end < words.count - 1, words[end].fastHasSuffix("."), words[end].count <= 2 { end += 1 }
        return part[words[0].startIndex..<words[end].endIndex]
    }
}
