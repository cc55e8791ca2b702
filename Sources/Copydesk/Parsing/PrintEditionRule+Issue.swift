/// Print notes of magazines and regional papers (twenty-third pass): "This article originally appeared in the April 2024
/// issue of Texas Monthly with the headline “Ginned Out.” Subscribe today." and "Print Headline: Saline County OKs raises".
extension PrintEditionRule {
    /// The magazine an "originally appeared in the … issue of …" note names and the print headline it quotes; `nil` for
    /// any other line.
    static func matchIssue(_ line: Substring) -> PrintEdition? {
        guard line.hasFoldedPrefix("this article originally appeared in ") || line.hasFoldedPrefix("this story originally appeared in "),
              let issue = line.fastRange(of: " issue of ") else { return nil }
        var rest = line[issue.upperBound...]
        var headline: Substring?
        if let label = rest.fastRange(of: " with the headline ") ?? rest.fastRange(of: " under the headline ") {
            headline = quotedHeadline(rest[label.upperBound...])
            rest = rest[..<label.lowerBound]
        } else if let stop = rest.utf8.firstIndex(of: UInt8(ascii: ".")) {
            rest = rest[..<stop]
        }
        let publication = rest.trimmedSpace
        return PrintEdition(publication: publication.isEmpty ? nil : String(publication), headline: headline.map(String.init))
    }

    /// The headline of a "Print Headline: …" line, a closing full stop dropped; `nil` for any other line.
    static func matchPrintHeadline(_ line: Substring) -> PrintEdition? {
        guard line.hasFoldedPrefix("print headline: ") else { return nil }
        guard let headline = quotedHeadline(line.dropFirst("print headline: ".count)) else { return nil }
        return PrintEdition(publication: nil, headline: String(headline))
    }

    /// The headline a note quotes: up to its closing quotation mark when it opens with one, a closing full stop or comma
    /// dropped, trimmed; `nil` when nothing is left.
    static func quotedHeadline(_ text: Substring) -> Substring? {
        var rest = text.trimmedSpace
        if rest.first == "\u{201C}" || rest.first == "\"" {
            rest = rest.dropFirst()
            if let close = rest.firstIndex(where: { $0 == "\u{201D}" || $0 == "\"" }) { rest = rest[..<close] }
        }
        while let last = rest.last, last == "." || last == "," { rest = rest.dropLast() }
        rest = rest.trimmedSpace
        return rest.isEmpty ? nil : rest
    }

    /// `matchVersion` for a line opening with "a", `matchIssue` for one opening with "t": the copyright notes that name
    /// a print edition.
    static func matchPrintNote(_ line: Substring) -> PrintEdition? {
        line.utf8.first.map { $0 | 0x20 } == UInt8(ascii: "t") ? matchIssue(line) : matchVersion(line)
    }
}
