/// What the context rules read of a credit's neighbours: a line that reads as a caption, and a paragraph's quote.
enum CaptionContext {
    /// True when line `index` reads as a picture's caption on its own: text of five to thirty words with no quote mark
    /// and no attribution, not ending with a colon ("Justin Sullivan / Getty Images" over "A DashRunner courier waits
    /// for an order outside a restaurant in San Francisco.").
    static func readsAsCaption(_ index: Int, _ roles: RoleTable, _ lines: ContextRules.Lines, _ page: LinePage) -> Bool {
        guard index >= 0, index < lines.count, roles.kind(index) == .text, (5...30).contains(lines[index].words),
              lines[index].lastByte != UInt8(ascii: ":") else { return false }
        return !holdsQuoteOrAttribution(lines[index], page)
    }

    /// True when the text line `line` above a credit is a paragraph rather than its caption: it holds a quote mark (a
    /// caption may say who "said" what: a reporting verb alone keeps it).
    static func isQuotingParagraph(_ line: borrowing TextLine) -> Bool { line.hasQuoteMark }

    /// True when `line` holds a quote mark or a reporting verb (" said", " says", " told "), capitals folded: a
    /// paragraph's quote or attribution ("Mayor Jacob Frey … called the vote \"a historic step\"").
    static func holdsQuoteOrAttribution(_ line: TextLine, _ page: LinePage) -> Bool {
        guard !line.hasQuoteMark else { return true }
        let bytes = page.bytes(line)
        return FoldedBytes.contains(bytes, " said") || FoldedBytes.contains(bytes, " says") || FoldedBytes.contains(bytes, " told ")
    }

    /// True for a short label line: six words at most, a colon, no sentence end ("Purchase: Order Reprint").
    static func isLabelLine(_ line: TextLine) -> Bool {
        line.hasColon && line.words <= 6 && !line.endsLikeSentence
    }

    /// True when text line `index` is a link's title-case label right under share or promo buttons ("Copy page URL" over
    /// "Media Contact & Reprint Requests"): two to six words, each capitalised or "&", "and", "of", "for", "the", with no
    /// sentence end, comma or digit; no caption.
    static func isLinkUnderButtons(_ index: Int, _ roles: RoleTable, _ lines: ContextRules.Lines, _ page: LinePage) -> Bool {
        let line = lines[index]
        guard index > 0, (2...6).contains(line.words), !line.endsLikeSentence, !line.hasComma, !line.hasDigit,
              roles.kind(index - 1) == .share || roles.kind(index - 1) == .promo else { return false }
        let bytes = page.bytes(line)
        return ByteSearch.allASCIIWords(bytes) { range in
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            if word[0] &- UInt8(ascii: "A") < 26 { return true }
            let text = String(decoding: word, as: UTF8.self)
            return text == "&" || text == "and" || text == "of" || text == "for" || text == "the"
        }
    }

    /// True when a credit under line `above` (-1: none) may head the caption under it: `above` is no caption, credit or
    /// video line (a caption waiting for its credit keeps it) but text, a byline or date, or furniture.
    static func mayHeadCaption(_ above: Int, _ roles: RoleTable) -> Bool {
        guard above >= 0 else { return true }
        let kind = roles.kind(above)
        return kind == .text || kind.isMarker || kind.rawValue >= LineRole.Kind.advertisement.rawValue
    }
}
