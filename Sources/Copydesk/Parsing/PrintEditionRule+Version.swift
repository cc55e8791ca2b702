/// Recognises "A version of this article appears in print on July 1, 2023, Section A, Page 18 of the New York edition
/// with the headline: Council Approves Budget."
extension PrintEditionRule {
    /// The edition the note names ("New York edition") and its print headline (a closing full stop dropped), or `nil`
    /// when the line is not such a note.
    static func matchVersion(_ line: Substring) -> PrintEdition? {
        guard line.hasFoldedPrefix("a version of this article appears in print") else { return nil }
        var headline: Substring?
        var edition: Substring?
        if let label = line.fastRange(of: " with the headline:") {
            var rest = line[label.upperBound...].trimmedSpace
            if rest.last == "." { rest = rest.dropLast() }
            headline = rest.isEmpty ? nil : rest
            let notes = line[..<label.lowerBound]
            if let of = notes.fastLastRange(of: " of the "), notes[of.upperBound...].hasSuffix(" edition") {
                edition = notes[of.upperBound...]
            }
        }
        return PrintEdition(publication: edition.map(String.init), headline: headline.map(String.init))
    }
}
