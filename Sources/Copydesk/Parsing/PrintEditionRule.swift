/// Recognises "This article appeared in the X print edition as: Y".
enum PrintEditionRule {
    /// The note's publication and headline, or `nil` when the line is not such a note.
    static func match(_ line: Substring) -> PrintEdition? {
        // the byte prefix first: when it holds, the first Character is "T" or "t" (an ASCII "h" follows it)
        guard line.hasFoldedPrefix("this article appeared in") else { return nil }
        guard line.utf8.count > 30, line.first == "T" || line.first == "t" else { return nil }
        let lowered = line.lowercased()
        guard lowered.fastHasPrefix("this article appeared in"), let editionRange = lowered.fastRange(of: "print edition") else { return nil }
        let offset = lowered.distance(from: lowered.startIndex, to: editionRange.lowerBound)
        let publicationStart = line.index(line.startIndex, offsetBy: "this article appeared in".count)
        let publicationEnd = line.index(line.startIndex, offsetBy: offset)
        var publication = line[publicationStart..<publicationEnd].trimmedSpace
        if publication.lowercased().fastHasPrefix("the ") { publication = publication.dropFirst(4) }
        var headline: Substring?
        if let asRange = line.fastRange(of: " as:") ?? line.fastRange(of: " as ") {
            let rest = line[asRange.upperBound...].trimmedSpace
            headline = rest.isEmpty ? nil : rest
        }
        return PrintEdition(publication: publication.isEmpty ? nil : String(publication), headline: headline.map(String.init))
    }
}
