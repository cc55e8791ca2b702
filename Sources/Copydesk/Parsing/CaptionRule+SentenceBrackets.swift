/// Bracketed credits of outlets no table knows, after a whole caption sentence: "Public Enterprises Minister Pravin
/// Gordhan. (Jaco Marais, Netwerk24)", "Eskom's power station in Limpopo. (Gallo Images)".
extension CaptionRule {
    /// The caption and credit when `caption` is a sentence of five to forty words ending with "." and holding no quote
    /// mark, and `inside` (the bracket's content) is "Name, Outlet" (a name of two to four words, an outlet of one to
    /// three capitalised words) or two or three capitalised words with no digit and no button word; `nil` otherwise.
    static func sentenceBracketCredit(caption: Substring, inside: Substring) -> Match? {
        guard caption.utf8.last == UInt8(ascii: "."), inside.utf8.count <= 48,
              caption.withUTF8Bytes({ (5...40).contains(ByteSearch.wordCount($0)) && !holdsQuoteMark($0) }) else { return nil }
        let parts = inside.split(separator: ",").map(\.trimmedSpace)
        if parts.count == 2, (2...4).contains(parts[0].wordCount), BylineRule.looksLikeName(parts[0]), (1...3).contains(parts[1].wordCount),
           parts[1].spaceWords.allSatisfy({ $0.first?.isUppercase == true }) {
            return .captioned(text: String(caption), credit: String(inside))
        }
        guard parts.count == 1, (2...3).contains(inside.wordCount), !inside.hasDigit,
              inside.spaceWords.allSatisfy({ $0.first?.isUppercase == true && !promptWords.contains($0.lowercased()) }) else { return nil }
        return .captioned(text: String(caption), credit: String(inside))
    }
}
