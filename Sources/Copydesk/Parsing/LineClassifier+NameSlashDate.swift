/// A writer and the date after a slash ("MARTIN KORANTENG-ALDRIDGE / November 13, 2025"): a byline, read before the
/// photo-credit rules, whose "Sam Lens/NPR" it resembles.
extension LineClassifier {
    /// The byline of `line` of `page` (eight words at most) when it opens with an ASCII letter, holds no quotation mark, and names a writer
    /// then a date across a separator (`BylineRule.matchNameThenDate`); `nil` otherwise.
    static func nameSlashDate(_ line: borrowing TextLine, _ page: LinePage) -> LineRole? {
        guard line.words <= 8, !line.hasQuoteMark, isASCIILetter(line.firstLowerByte), LayoutGates.mayOpenNameThenDate(page.bytes(line)),
              let byline = BylineRule.matchNameThenDate(page.text(line)) else { return nil }
        return .byline(byline)
    }
}
