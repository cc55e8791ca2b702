/// Related-story promos set between two paragraphs ("Related article", then one or two titles).
extension ContextRules {
    /// A list header ("Related article", "Read more") standing between paragraphs with one or two titles under it is a
    /// promo inside the article: the header is promo furniture and each title a related link, so the body reads on
    /// past it. Runs before `markLists`, which would make the titles list items (and cut the body there).
    static func markInlinePromos(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        var index = 1
        while index < lines.count {
            defer { index += 1 }
            guard roles.kind(index) == .list, roles.kind(index - 1) == .text, lines[index - 1].isParagraphLike else { continue }
            var end = index + 1  // past the titles
            while end < lines.count, end - index <= 2, roles.kind(end) == .text, isTitle(lines[end]) { end += 1 }
            guard end > index + 1, end < lines.count, roles.kind(end) == .text, lines[end].isParagraphLike else { continue }
            roles.set(index, .furniture(.promo))
            for title in (index + 1)..<end { roles.set(title, .related(String(page.text(lines[title])))) }
            index = end - 1
        }
    }

    /// A story title: three to twenty words, not a sentence ending with a full stop, not a paragraph.
    private static func isTitle(_ line: TextLine) -> Bool {
        (3...20).contains(line.words) && line.lastByte != UInt8(ascii: ".") && !line.isParagraphLike
    }
}
