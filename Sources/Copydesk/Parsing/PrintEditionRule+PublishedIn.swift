/// Recognises the print note of South Asian dailies: "Published in Dawn, March 5th, 2024" and "Published in The Express
/// Tribune, March 5th, 2024." (the paper, then the date of the issue).
extension PrintEditionRule {
    /// Most words of such a note.
    static let maxPublishedInWords = 14

    /// The paper a "Published in Paper, Date" note names (a leading "The" kept: it is the paper's name), or `nil` when
    /// the line is not such a note: the paper is one to six words opening with a capital, and the rest after its comma is
    /// one date and nothing more (a full stop may close it).
    static func matchPublishedIn(_ line: Substring) -> PrintEdition? {
        guard line.hasFoldedPrefix("published in "), let comma = line.firstIndex(of: ",") else { return nil }
        let paper = line[line.index(line.startIndex, offsetBy: 13)..<comma].trimmedSpace
        guard let first = paper.unicodeScalars.first, first.properties.isUppercase,
              (1...6).contains(paper.split(separator: " ").count) else { return nil }
        var rest = line[line.index(after: comma)...].trimmedSpace
        if rest.last == "." { rest = rest.dropLast() }
        guard let found = DateText.find(in: rest), found.otherWords == 0, found.range.upperBound == rest.endIndex,
              found.range.lowerBound == rest.startIndex else { return nil }
        return PrintEdition(publication: String(paper), headline: nil)
    }
}
