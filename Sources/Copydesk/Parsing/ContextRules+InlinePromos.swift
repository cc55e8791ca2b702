/// Related-story promos set between two paragraphs ("Related article", then one or two titles).
extension ContextRules {
    /// Marks the list header at `index` ("Related article", "Read more") as an in-article promo when it stands between
    /// paragraphs with one or two titles under it: the header becomes promo furniture and each title a related link,
    /// so the body reads on past it. True when it did (the titles are then no list items).
    @inline(never)  // rare (list headers only): kept out of `markLists`' loop
    /// `maxTitles`: most titles under the header (three under a promo header such as "Read more").
    static func markInlinePromo(at index: Int, _ roles: Roles, _ lines: Lines, _ page: LinePage, maxTitles: Int = 2) -> Bool {
        guard index > 0, roles.kind(index - 1) == .text, lines[index - 1].isParagraphLike else { return false }
        var end = index + 1  // past the titles
        var stopped = false  // the titles end at a subheading (`endsTitleRun`)
        while end < lines.count, end - index <= maxTitles, roles.kind(end) == .text, isTitle(lines[end]) {
            if end > index + 1, endsTitleRun(end, header: index, lines, page) { stopped = true; break }
            end += 1
        }
        guard end > index + 1, end < lines.count, roles.kind(end) == .text else { return false }
        if stopped {  // (round 11) the subheading stays body text, over its paragraph
            guard end + 1 < lines.count, roles.kind(end + 1) == .text, lines[end + 1].isParagraphLike, lines[end].words <= 12 else { return false }
        } else if isCardDek(end, lines, roles) {  // (twenty-second pass) "Read More", a title, its dek, "By Name"
            roles.set(end, .furniture(.promo))
        } else {
            guard lines[end].isParagraphLike else { return false }
            if closesBlock(end, header: index, lines) { end += 1 }  // "… Here's why.": the block's last title, a sentence
        }
        roles.set(index, .furniture(.promo))
        for title in (index + 1)..<end { roles.set(title, .related(String(page.text(lines[title])))) }
        return true
    }

    /// Marks the bullets right under a list or promo header that ends with ":" ("READ MORE:", "Related:") as related links.
    @inline(never)  // rare (pages with bullets only)
    static func markBulletLinks(_ roles: Roles, _ lines: Lines) {
        for index in lines.indices.dropLast() where roles.kind(index + 1) == .bullet {
            let kind = roles.kind(index)
            guard kind == .list || kind == .promo, lines[index].lastByte == UInt8(ascii: ":") else { continue }
            var item = index + 1
            while item < lines.count, case .bullet(let title) = roles[item] { roles.set(item, .related(title)); item += 1 }
        }
    }

    /// True when title-shaped line `end` opens no more titles of the block under header `header`: a blank line stands
    /// before it and none between the header and the titles above it, or it is wholly quoted (a quoted subheading).
    private static func endsTitleRun(_ end: Int, header: Int, _ lines: Lines, _ page: LinePage) -> Bool {
        if lines[end].number > lines[end - 1].number + 1 { return lines[end - 1].number - lines[header].number == end - 1 - header }
        return TextLine.isWhollyQuoted(page.bytes(lines[end]))
    }

    /// True when line `last`, of at most twenty words, closes a block that opens at list header `header`: blank lines
    /// stand before the header and after `last`, none between them.
    private static func closesBlock(_ last: Int, header: Int, _ lines: Lines) -> Bool {
        guard lines[last].words <= 20, lines[header].number > lines[header - 1].number + 1,
              lines[last].number - lines[header].number == last - header else { return false }
        return last + 1 == lines.count || lines[last + 1].number > lines[last].number + 1
    }

    /// True when text line `index`, of at most thirty words, stands right under a title and right over its card's "By …"
    /// line (a byline or an attribution, no blank line between): the card's dek.
    private static func isCardDek(_ index: Int, _ lines: Lines, _ roles: Roles) -> Bool {
        guard index + 1 < lines.count, lines[index].words <= 30, lines[index].number == lines[index - 1].number + 1,
              lines[index + 1].number == lines[index].number + 1 else { return false }
        let below = roles.kind(index + 1)
        return below == .byline || below == .attribution
    }

    /// A story title: three to twenty words, not a sentence ending with a full stop, not a paragraph.
    static func isTitle(_ line: TextLine) -> Bool {
        (3...20).contains(line.words) && line.lastByte != UInt8(ascii: ".") && !line.isParagraphLike
    }
}
