/// The context rule for a photographer's name and e-mail address next to a caption.
extension ContextRules {
    /// "Hector Amezcua hamezcua@sacbee.com" under its caption, "AARON LAVINSKY • aaron.lavinsky@startribune.com" over it:
    /// a line of a name and an address (`CaptionRule.emailCreditName`) past the page's first byline or date, read as
    /// text or a byline, next to a line that reads as a caption ending like a sentence, is that picture's credit (the
    /// name alone), for that caption (the one above when both read so).
    static func markEmailCredits(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        forEachLineHoldingAt(roles, lines, page) { index in
            guard roles.kind(index) == .text || roles.kind(index) == .byline, (3...6).contains(lines[index].words),
                  lines[index].lastByte &- UInt8(ascii: "a") < 26, !lines[index].hasComma,
                  let name = CaptionRule.emailCreditName(page.bytes(lines[index])) else { return }
            if sentenceCaption(index - 1, roles, lines, page) {
                roles.set(index - 1, .captionText)
                roles.set(index, .caption(.credit(name, captionAbove: true)))
            } else if sentenceCaption(index + 1, roles, lines, page) {
                roles.set(index, .caption(.credit(name, captionAbove: false)))
                roles.set(index + 1, .caption(.caption(String(page.text(lines[index + 1])))))
            }
        }
    }

    /// Calls `body` with the index of each line past the page's first byline or date that holds an "@", each line once:
    /// only such lines are read (the page's "@" bytes are found with a byte search past the first marker).
    @inline(__always)
    static func forEachLineHoldingAt(_ roles: Roles, _ lines: Lines, _ page: LinePage, _ body: (Int) -> Void) {
        guard let firstMarker = roles.kinds.firstIndex(where: \.isMarker) else { return }
        var from = lines[firstMarker].end
        while let at = ByteSearch.firstIndex(of: UInt8(ascii: "@"), in: page.utf8, from: from) {
            let index = lineIndex(holding: at, lines, after: firstMarker)
            from = max(lines[index].end, at + 1)
            body(index)
        }
    }

    /// The index of the line (past `after`) whose bytes hold page offset `offset`: the last that starts at or before it.
    static func lineIndex(holding offset: Int, _ lines: Lines, after: Int) -> Int {
        var low = after, high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// True when line `index` reads as a caption and ends like a sentence.
    private static func sentenceCaption(_ index: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> Bool {
        index >= 0 && index < lines.count && lines[index].endsLikeSentence && CaptionContext.readsAsCaption(index, roles, lines, page)
    }
}

/// A photographer's credit of a name and an e-mail address.
extension CaptionRule {
    /// "Hector Amezcua hamezcua@sacbee.com", "AARON LAVINSKY • aaron.lavinsky@startribune.com": two to four capitalised
    /// ASCII words, an optional "•", "|", "/", "-" or "—", then one address (an "@" with a "." after it) ending the line;
    /// the name, or `nil`.
    static func emailCreditName(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        guard let space = b.lastIndex(of: 0x20), let at = b[(space + 1)...].firstIndex(of: UInt8(ascii: "@")), at > space + 1,
              b[(at + 1)...].contains(UInt8(ascii: ".")) else { return nil }
        var end = space
        while end > 0, b[end - 1] == 0x20 { end -= 1 }
        let tail = UnsafeBufferPointer(rebasing: b[..<end])
        for mark in emailCreditMarks where tail.count >= mark.utf8CodeUnitCount && FoldedBytes.equal(tail, at: tail.count - mark.utf8CodeUnitCount, mark) {
            end -= mark.utf8CodeUnitCount
            while end > 0, b[end - 1] == 0x20 { end -= 1 }
            break
        }
        let name = UnsafeBufferPointer(rebasing: b[..<end])
        guard (2...4).contains(ByteSearch.wordCount(name)), ByteSearch.allASCIIWords(name, { range in
            b[range.lowerBound] &- UInt8(ascii: "A") < 26 && range.count >= 2 && b[range].allSatisfy {
                ($0 | 0x20) &- UInt8(ascii: "a") < 26 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: ".")
            } && !promptWords.contains(String(decoding: b[range].map(FoldedBytes.fold), as: UTF8.self))
        }) else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    /// The marks that may stand between a credit's name and its address.
    static let emailCreditMarks: [StaticString] = ["•", "|", "/", "-", "—"]
}
