/// Reader appeals and sign-up boxes: the short text set right against a donation, membership or sign-up button
/// ("We're a nonprofit newsroom. Support our journalism.", then "Donate"), and a tight box of appeal lines between two
/// paragraphs with no button.
extension ContextRules {
    /// Most text lines one box holds on either side of its button.
    static let maxBoxLines = 3
    /// Most words of a box's line: a pitch may run to a few sentences.
    static let maxBoxWords = 45

    /// `KnownPhrases.buttons` looked up by a line's folded bytes.
    static let buttonTable = FoldedKeyTable(KnownPhrases.buttons.map { ($0, true) })

    /// The appeal passes: the boxes beside a button (on a page with promo or newsletter lines), the loose boxes, the "Support …" boxes.
    static func markAppeals(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        if roles.mayHold(.promo) || roles.mayHold(.newsletter) { markAppealBoxes(roles, lines, page) }
        markLooseAppeals(roles, lines, page)
        markSupportBoxes(roles, lines, page)
        markClosingAppeals(roles, lines, page)
    }

    /// Marks the text lines of each appeal or sign-up box as the furniture of its button: the one to three text lines
    /// right above a button (no blank line between; a blank or another kind of line above them), and the one line
    /// right under it ("By giving us your email, you are opting in …"), when they read as an appeal (`isAppeal`).
    static func markAppealBoxes(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        for index in lines.indices {
            let kind = roles.kind(index)
            // a button: a promo or newsletter line of at most four words that the button table holds
            guard kind == .promo || kind == .newsletter, lines[index].words <= 4,
                  buttonTable.value(foldingBytes: page.bytes(lines[index])) != nil else { continue }
            let reason: DiscardReason = kind == .promo ? .promo : .newsletter
            var top = index
            while top > 0, index - top <= maxBoxLines, roles.kind(top - 1) == .text, lines[top - 1].number + 1 == lines[top].number {
                top -= 1
            }
            if top < index, index - top <= maxBoxLines, isAppeal(top..<index, lines, page, reader: false) {
                for line in top..<index { roles.set(line, .furniture(reason)) }
            } else if top < index, lines[index - 1].words <= 25, isAppeal((index - 1)..<index, lines, page, reader: true),
                      AppealWords(page.bytes(lines[index - 1])).strong {
                roles.set(index - 1, .furniture(reason))  // (round 13b) one pitch to the reader right over its button, paragraphs above it
            } else if top == index {  // (twenty-second pass) the box's lines a blank line apart
                for line in spacedAppealTop(above: index, roles, lines, page)..<index { roles.set(line, .furniture(reason)) }
            }
            let below = index + 1
            if below < lines.count, roles.kind(below) == .text, lines[below].number == lines[index].number + 1,
               below + 1 == lines.count || roles.kind(below + 1) != .text || lines[below + 1].number > lines[below].number + 1,
               lines[below].words <= 25, isAppeal(below..<below + 1, lines, page, reader: true) {
                roles.set(below, .furniture(reason))
            }
        }
    }

    /// True when the lines `box` read as an appeal: none holds a quote mark or runs past `maxBoxWords`, each holds an
    /// appeal's word or speaks to the reader, and the box holds a word only appeals use, or one they share with the news
    /// and one to the reader; with `reader`, every line speaks to the reader and holds an appeal's word.
    static func isAppeal(_ box: Range<Int>, _ lines: Lines, _ page: LinePage, reader: Bool) -> Bool {
        var strong = false, weak = false, speaks = false
        for index in box {
            guard !lines[index].hasQuoteMark, lines[index].words <= maxBoxWords else { return false }
            let words = AppealWords(page.bytes(lines[index]))
            guard words.weak || words.reader, !reader || words.weak && words.reader else { return false }
            strong = strong || words.strong; weak = weak || words.weak; speaks = speaks || words.reader
        }
        return strong || weak && speaks
    }

    /// Marks a tight box of two or three text lines set between two paragraphs by blank lines (on a page whose
    /// paragraphs a blank line sets apart) as promo furniture when every line holds a word only appeals use and one
    /// speaks to the reader ("Support local journalism in Alaska", "Your support helps make our reporting possible.
    /// Subscribe to …").
    static func markLooseAppeals(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        var index = 1
        while index + 2 < lines.count {
            defer { index += 1 }
            // the cheap tests first: a blank line above, the next line right under this one, a paragraph over the blank
            guard lines[index - 1].number + 1 < lines[index].number, lines[index + 1].number == lines[index].number + 1,
                  lines[index - 1].isParagraphLike, roles.kind(index) == .text, roles.kind(index + 1) == .text else { continue }
            var end = index + 2  // past the box
            while end < lines.count, end - index < maxBoxLines, lines[end].number == lines[end - 1].number + 1 { end += 1 }
            guard end < lines.count, lines[end].number > lines[end - 1].number + 1, lines[end].isParagraphLike,
                  (index..<end).allSatisfy({ roles.kind($0) == .text && !lines[$0].hasQuoteMark && lines[$0].words <= maxBoxWords })
            else { continue }
            guard (index..<end).allSatisfy({ AppealWords.strongTable.firstListed(foldingBytes: page.bytes(lines[$0])) != nil }),
                  (index..<end).contains(where: { AppealWords.speaksToReader(page.bytes(lines[$0])) }) else { continue }
            for line in index..<end { roles.set(line, .furniture(.promo)) }
            index = end - 1
        }
    }
}
