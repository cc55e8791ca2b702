/// (round 14) Credits the classifier cannot read alone: a "Source: ATR" line or an upper-case photographer's name
/// ("ABRAHAM DIAZ") under its caption, a bracketed photographer and outlet after a caption with no stop, and the
/// contribution note "(With files from Reuters)", which credits the story, not a picture.
extension ContextRules {
    /// "Fjordlink operates a fleet of 11 Dash 8-300s" over "Source: ATR", or "Workers at the new well field on Monday."
    /// over "ABRAHAM DIAZ" (the caption under the header): the line above is the caption, this line its credit, when a
    /// paragraph follows.
    static func markStackedCredits(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard lines.count >= 3 else { return }
        for index in 1..<(lines.count - 1) where lines[index].words <= 5 && lines[index].firstLowerByte &- UInt8(ascii: "a") < 26 {
            let kind = roles.kind(index)
            guard kind == .text || kind == .attribution, roles.kind(index + 1) == .text, lines[index + 1].isParagraphLike,
                  CaptionContext.readsAsCaption(index - 1, roles, lines, page) else { continue }
            let credit: Substring
            if kind == .attribution, lines[index].hasColon, lines[index].firstLowerByte == UInt8(ascii: "s"),
               case let text = page.text(lines[index]), text.hasFoldedPrefix("source: "), !lines[index - 1].endsLikeSentence {
                credit = text.dropFirst("source: ".count).trimmedSpace  // "Source: ATR" under a caption with no full stop
                guard (1...4).contains(credit.wordCount), CaptionRule.looksLikeCredit(credit), !CaptionRule.holdsButtonWord(credit) else { continue }
            } else if kind == .text, (2...3).contains(lines[index].words), !lines[index].hasDigit, index >= 2,
                      roles.kind(index - 2) != .text, isUpperCaseName(page.bytes(lines[index])) {
                credit = page.text(lines[index])  // "ABRAHAM DIAZ" under a caption that opens the story
            } else { continue }
            roles.set(index - 1, .captionText)
            roles.set(index, .caption(.credit(String(credit), captionAbove: true)))
        }
    }

    /// True when ASCII `bytes` are upper-case name words: each opens with a capital, holds no lower-case letter (a ".",
    /// "'" or "-" allowed) and is no prompt word ("SIGN UP", "MORE FROM AUTHOR").
    static func isUpperCaseName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.allASCIIWords(bytes) { range in
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            guard word[0] &- UInt8(ascii: "A") < 26, !CaptionRule.isPromptWord(word) else { return false }
            return word.allSatisfy { $0 &- UInt8(ascii: "A") < 26 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") }
        }
    }

    /// True for a contribution note read as a bracketed credit: "With files from Reuters", "With reporting by Jo Roe".
    static func isContributionNote(_ credit: String) -> Bool {
        guard let first = credit.utf8.first, first == UInt8(ascii: "W") || first == UInt8(ascii: "w") else { return false }
        let credit = Substring(credit)
        return credit.hasFoldedPrefix("with files") || credit.hasFoldedPrefix("with reporting") || credit.hasFoldedPrefix("with additional reporting")
            || credit.hasFoldedPrefix("with input")
    }

    /// "Infrastructure Minister Jo Roe at Stormont (Al Doe / Press Pix)" between paragraphs: a line with no closing stop
    /// ending with a bracketed photographer and outlet is a caption when a paragraph follows it (alone, such a line may
    /// be a sentence's fragment: `CaptionRule.shortBracketCredit` wants a whole caption sentence).
    static func markBracketCreditCaptions(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard lines.count >= 2 else { return }
        for index in 0..<(lines.count - 1) where lines[index].lastByte == UInt8(ascii: ")") && lines[index].hasSlash
            && roles.kind(index) == .text && (6...30).contains(lines[index].words) && !lines[index].endsLikeSentence {
            guard !lines[index].hasQuoteMark, roles.kind(index + 1) == .text, lines[index + 1].isParagraphLike,
                  let found = personOutletBracket(page.text(lines[index])) else { continue }
            roles.set(index, .caption(found))
        }
    }

    /// The caption and credit of `line` when it reads "caption of five words or more ending with a letter or digit
    /// (Name Name / Outlet)": two to four name words, one "/", one to four capitalised words.
    static func personOutletBracket(_ line: Substring) -> CaptionRule.Match? {
        guard let open = line.lastIndex(ofASCII: UInt8(ascii: "(")) else { return nil }
        let caption = line[..<open].trimmedSpace
        let inside = line[line.index(after: open)..<line.index(before: line.endIndex)].trimmedSpace
        guard caption.wordCount >= 5, let end = caption.utf8.last, (end | 0x20) &- UInt8(ascii: "a") < 26 || end &- UInt8(ascii: "0") < 10 else { return nil }
        let parts = inside.split(separator: "/").map { $0.trimmedSpace }
        guard parts.count == 2, (2...4).contains(parts[0].wordCount), BylineRule.looksLikeName(parts[0]), (1...4).contains(parts[1].wordCount),
              parts[1].spaceWords.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return .captioned(text: String(caption), credit: String(inside))
    }
}
