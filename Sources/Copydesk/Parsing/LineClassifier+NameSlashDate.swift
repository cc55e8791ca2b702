/// A writer and the date after a slash ("MARTIN KORANTENG-ALDRIDGE / November 13, 2025"): a byline, read before the
/// photo-credit rules, whose "Sam Lens/NPR" it resembles.
extension LineClassifier {
    /// The byline of `line` of `page` (eight words at most) when it opens with an ASCII letter, holds no quotation mark and a
    /// spaced slash, and names a writer then a date across a separator (`BylineRule.matchNameThenDate`); `nil` otherwise.
    /// (A date's own slashes, "By Name - 11/19/19", leave the line to the byline rules, at a fraction of the cost.)
    static func nameSlashDate(_ line: borrowing TextLine, _ page: LinePage) -> LineRole? {
        guard line.words <= 8, !line.hasQuoteMark, isASCIILetter(line.firstLowerByte),
              ByteSearch.contains(page.bytes(line), exactly: " / ", anchor: 1), LayoutGates.mayOpenNameThenDate(page.bytes(line)),
              let byline = BylineRule.matchNameThenDate(page.text(line)) else { return nil }
        return .byline(byline)
    }
}
