/// A membership or donation box headed "Support …" ("Support MPR News", "Your support matters. …", "Donate today. …"):
/// its heading and the appeal lines right under it.
extension ContextRules {
    /// Marks a text line of two to five words opening with "Support " (no sentence), and the text lines right under it
    /// (no blank line between, up to `maxBoxLines`) while each holds an appeal's word or speaks to the reader, as promo
    /// furniture when one of those lines holds a word only appeals use.
    static func markSupportBoxes(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        for index in lines.indices.dropLast() where lines[index].firstLowerByte == UInt8(ascii: "s") && roles.kind(index) == .text
            && (2...5).contains(lines[index].words) && !lines[index].endsLikeSentence
            && FoldedBytes.equal(page.bytes(lines[index]), at: 0, "support ") {
            var end = index + 1, strong = false
            while end < lines.count, end - index <= maxBoxLines, roles.kind(end) == .text, lines[end].number == lines[end - 1].number + 1,
                  !lines[end].hasQuoteMark, lines[end].words <= maxBoxWords {
                let words = AppealWords(page.bytes(lines[end]))
                guard words.weak || words.reader else { break }
                strong = strong || words.strong
                end += 1
                // (round 13b) a button ("Become a Supporter") closes the box
                if lines[end - 1].words <= 4, !lines[end - 1].endsLikeSentence { break }
            }
            guard strong else { continue }
            for line in index..<end { roles.set(line, .furniture(.promo)) }
        }
    }
}
