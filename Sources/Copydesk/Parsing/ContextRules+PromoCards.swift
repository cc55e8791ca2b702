/// A story card set between paragraphs under a promo header (twenty-third pass): "Read More", a picture's description,
/// the story's title, its dek.
extension ContextRules {
    /// Most lines of a card under its header.
    static let maxCardLines = 4

    /// Marks the card under promo header `index` when two to `maxCardLines` text lines of at most thirty words stand right
    /// under it (no blank line between), one title (`isTitle`) at least among them, a blank line above the header and
    /// under the card, a paragraph on both sides: each title becomes a related link, the header and the card's other
    /// lines promo furniture. True when it did.
    @inline(never)  // rare (promo headers only)
    static func markHeaderCard(at index: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage) -> Bool {
        guard index > 0, roles.kind(index - 1) == .text, lines[index - 1].isParagraphLike,
              lines[index].number > lines[index - 1].number + 1 else { return false }
        var end = index + 1  // past the card
        while end < lines.count, end - index <= maxCardLines, roles.kind(end) == .text, lines[end].words <= 30,
              lines[end].number == lines[end - 1].number + 1 { end += 1 }
        guard end - index >= 3, end < lines.count, lines[end].number > lines[end - 1].number + 1, roles.kind(end) == .text,
              lines[end].isParagraphLike, ((index + 1)..<end).contains(where: { isTitle(lines[$0]) }) else { return false }
        roles.set(index, .furniture(.promo))
        for line in (index + 1)..<end {
            roles.set(line, isTitle(lines[line]) ? .related(String(page.text(lines[line]))) : .furniture(.promo))
        }
        return true
    }
}
