/// The Economist's note: "This article appeared in the United States section of the print edition under the headline
/// "Who will guard the guards?"": the section as the publication, the quoted headline.
extension PrintEditionRule {
    /// `publication` less a closing " of the" ("United States section of the" → "United States section").
    static func droppingOfThe(_ publication: Substring) -> Substring {
        publication.hasFoldedSuffix(" of the") ? publication.dropLast(7).trimmedSpace : publication
    }

    /// The headline after " under the headline " in `line`, its quotation marks and closing full stop dropped, or `nil`
    /// when the line names none.
    static func headlineUnder(_ line: Substring) -> Substring? {
        guard let label = line.fastRange(of: " under the headline ") else { return nil }
        let headline = unquoted(line[label.upperBound...].trimmedSpace)
        return headline.isEmpty ? nil : headline
    }

    /// `text` without the quotation marks around it and a full stop closing it.
    static func unquoted(_ text: Substring) -> Substring {
        var text = text
        while let last = text.last, last == "." || last == "'" || last == "\u{2019}" || last == "\"" || last == "\u{201D}" {
            text = text.dropLast()
        }
        while let first = text.first, first == "'" || first == "\u{2018}" || first == "\"" || first == "\u{201C}" {
            text = text.dropFirst()
        }
        return text
    }
}
