/// (round 13) A donation appeal closing the article: "The Tribune is raising $200,000 by December 31 to support its
/// coverage. Please donate today to help us reach our goal."
extension ContextRules {
    /// Marks as promo furniture each of the page's last two paragraph-like text lines (read from the end, other lines
    /// skipped) that holds no quote mark, at most `maxClosingAppealWords` words, a word of a donation ("donate",
    /// "donation") and a word to the reader ("us", "our", "you").
    static func markClosingAppeals(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        var index = lines.count - 1, seen = 0
        while index >= 0, seen < 2 {
            defer { index -= 1 }
            guard roles.kind(index) == .text, lines[index].isParagraphLike else { continue }
            seen += 1
            let bytes = page.bytes(lines[index])
            // memchr scans for the words' first letter before the walk over the line's words
            guard !lines[index].hasQuoteMark, lines[index].words <= maxClosingAppealWords,
                  ByteSearch.contains(bytes, exactly: "donat", anchor: 0) || ByteSearch.contains(bytes, exactly: "Donat", anchor: 0),
                  AppealWords.speaksToReader(bytes) else { continue }
            roles.set(index, .furniture(.promo))
        }
    }

    /// The most words a closing donation appeal holds.
    static let maxClosingAppealWords = 60
}
