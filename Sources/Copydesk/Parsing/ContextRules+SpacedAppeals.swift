/// Reader appeals printed a blank line apart over their button ("Thank you for donating to DutchNews.nl.", blank, "We
/// could not provide the Dutch News service … without the generous support of our readers. …", blank, "Make a donation").
extension ContextRules {
    /// Most words of a spaced appeal's line.
    static let maxSpacedAppealWords = 60

    /// The first of the one or two text lines over the button at `button`, each a blank line apart from the next, that
    /// each read as an appeal on their own (a word only appeals use, words to the reader, no quote mark), or `button`
    /// when the line above is none.
    static func spacedAppealTop(above button: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> Int {
        var top = button
        while top > 0, button - top < 2, roles.kind(top - 1) == .text, lines[top - 1].number + 2 == lines[top].number,
              !lines[top - 1].hasQuoteMark, lines[top - 1].words <= maxSpacedAppealWords {
            let words = AppealWords(page.bytes(lines[top - 1]))
            guard words.strong, words.reader else { break }
            top -= 1
        }
        return top
    }
}
