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

    /// "Appeared in the November 20, 2019, print edition as 'Great Lakes to Buy Tri-County.'": the print headline
    /// (its quotation marks and closing full stop dropped), no publication; `nil` for any other line.
    static func matchAppeared(_ line: Substring) -> PrintEdition? {
        guard line.hasFoldedPrefix("appeared in the "), let edition = line.fastRange(of: " print edition as ") else { return nil }
        var headline = line[edition.upperBound...].trimmedSpace
        while let last = headline.last, last == "." || last == "'" || last == "\u{2019}" || last == "\"" || last == "\u{201D}" {
            headline = headline.dropLast()
        }
        while let first = headline.first, first == "'" || first == "\u{2018}" || first == "\"" || first == "\u{201C}" {
            headline = headline.dropFirst()
        }
        return PrintEdition(publication: nil, headline: headline.isEmpty ? nil : String(headline))
    }

    /// `match` for a line of `page` opening with "t" past its opening gate, `matchPrintHeadline` or `matchPublishedIn` for
    /// one opening with "p", `matchAppeared` for one opening with "appeared in the ".
    static func matchLine(_ line: borrowing TextLine, _ page: LinePage) -> PrintEdition? {
        let bytes = page.bytes(line)
        if line.firstLowerByte == UInt8(ascii: "t") { return LineClassifier.Openings.printEdition(bytes) ? match(page.text(line)) : nil }
        if line.firstLowerByte == UInt8(ascii: "p") {
            if FoldedBytes.equal(bytes, at: 0, "print headline: ") { return matchPrintHeadline(page.text(line)) }
            return line.words <= maxPublishedInWords && FoldedBytes.equal(bytes, at: 0, "published in ") ? matchPublishedIn(page.text(line)) : nil
        }
        return FoldedBytes.equal(bytes, at: 0, "appeared in the ") ? matchAppeared(page.text(line)) : nil
    }
}
