// The name-then-role byline rule as of main bd306de, kept verbatim (type renamed) as the oracle for its byte gate; since the
// eighteenth pass a name may run to six words before `BylineRule.movingBeatWords` moves a title's beat words to the role.
@testable import Copydesk
extension RefBylineRule {
    /// "Harriet Vane Social affairs correspondent": a name, then a job title, no comma between.
    static func matchNameThenRole(_ line: TestLine) -> Match? {
        guard (3...8).contains(line.words), !line.endsLikeSentence, !line.hasQuoteMark, !line.hasDigit,
              BylineRule.lastWordMayBeJob(line.text), let space = line.text.utf8.lastIndex(of: UInt8(ascii: " ")) else { return nil }
        // the lowered line's last word is the last word lowered (ASCII lowering keeps bytes and Character boundaries)
        let lastLower = Substring(TextLine.asciiLowercased(line.text[line.text.index(after: space)...]))
        guard lastLower.utf8.count >= 5,
              BylineRule.jobShapes.mayContain(lastLower) && BylineRule.jobWords.contains(String(lastLower))
                || BylineRule.jobShapes.mayContain(lastLower.dropLast()) && BylineRule.jobWords.contains(String(lastLower.dropLast())) else { return nil }
        if let dotted = BylineRule.dottedNameThenRole(line.text) { return dotted }  // (round 15) "Name · Role"
        let words = line.text.spaceWords
        // walk back over lowercase words and role words; a sentence-case title starts one capitalised word earlier
        var start = words.count - 1
        while start > 0, let first = words[start - 1].first, first.isLowercase || BylineRule.roleWords.contains(words[start - 1].lowercased()) { start -= 1 }
        if words[start].first?.isLowercase == true, start < words.count - 1 || start >= 3 { start -= 1 }
        guard (2...6).contains(start) else { return nil }  // a name of five or six words keeps four once a title's beat words move
        let name = line.text[words[0].startIndex..<words[start - 1].endIndex]
        let role = line.text[words[start].startIndex...]
        guard let parts = BylineRule.movingBeatWords(name: name, role: role), RefBylineRule.looksLikeName(parts.name), !RefBylineRule.isRole(parts.name) else { return nil }
        return Match(names: [BylineEntry(name: String(parts.name), role: parts.role)])
    }
}
