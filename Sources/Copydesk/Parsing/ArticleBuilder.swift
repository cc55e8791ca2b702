/// Accumulates an `Article` while the parser walks the lines once, in order, giving every line
/// exactly one outcome: a model field or a `discarded` entry with a reason.
struct ArticleBuilder {
    /// Where a line stands on the page.
    enum Zone { case header, body, trailer }

    /// The article so far (set through the builder's methods only).
    var article: Article
    /// The media walk's state (`ArticleBuilder+Media`): captions seen, items waiting for a credit, caption or title.
    var seenCaptions = SeenTexts()
    var captionAwaitingCredit: Int?
    var creditAwaitingCaption: Int?
    var videoAwaitingTitle: Int?
    var lastMediaLine = -10
    /// The line number of the last line of an open list printed without markers under a body line ending with ":".
    var colonListLine = -2
    /// How that list opened: 0 under a line ending with ":", 1 under a subheading before its first item (which needs an
    /// item after it), 2 under a subheading past its first item (a subheading's items are no sentences).
    var subheadingList = 0
    /// True while the published date is a date labelled as an update ("Updated on: …"), the only date of the header.
    var publishedIsUpdate = false
    /// Where the walk writes its discarded lines (`ArticleBuilder+Discards`): storage reserved for them, or none.
    var discards = DiscardSink()
    /// The byline's names that hold a space (`ArticleBuilder+Bios`): what `isAuthorBio` compares each body line with,
    /// worked out once per name.
    var bioNames: [BioName] = []
    /// Byline entries `bioNames` has looked at (the byline only grows: set once when empty, then appended to).
    var bioNamesSeen = 0
    /// Bit `first & 63` of every ASCII name of `bioNames`: a line whose folded first byte has no bit set opens with
    /// none of them and equals none of them lowered (`isAuthorBio`'s gate), unless a name is not ASCII.
    var bioFirstBytes: UInt64 = 0
    /// True once a name of `bioNames` holds a non-ASCII byte: its lowered form may equal a line whose first byte differs.
    var bioNamesNonASCII = false
    /// The number of the last body line read as an author box's (`authorBoxReason`).
    var authorBoxLine = -2

    init(article: Article) { self.article = article }

    /// Room for `body` body blocks, so the walk appends without growing the array (`takeAll` makes room for
    /// every line's discarded entry itself).
    mutating func reserve(body: Int) {
        article.body.reserveCapacity(body)
    }

    // MARK: header fields

    mutating func setHeadline(_ text: consuming String) { article.headline = text }
    mutating func setSection(_ text: consuming String, from line: TextLine) {
        if article.section == nil { article.section = Self.deepestLevel(of: text) } else { discard(line, .navigation) }
    }

    /// The last level of a trail printed on one line ("Thailand > Politics" gives "Politics"); other text as it is.
    static func deepestLevel(of text: String) -> String {
        if let value = valueAfterLabel(text) { return deepestLevel(of: value) }  // "Topic:Rivers"
        if let level = levelAfterHome(text) ?? trailLevel(of: text) { return level }
        guard text.utf8.contains(where: { $0 == 0x3E || $0 == 0xBA || $0 == 0xBB }) else { return text }  // no ">", "›" or "»"
        let bytes = Array(text.utf8)
        var cut: Int?
        for index in bytes.indices where bytes[index] == 0x20 && index > 0 {
            // " > ", " › " (E2 80 BA) and " » " (C2 BB): the level after the last of them
            let mark = bytes[(index + 1)...].prefix(4)
            if mark.starts(with: [0x3E, 0x20]) { cut = index + 3 }
            else if mark.starts(with: [0xE2, 0x80, 0xBA, 0x20]) { cut = index + 5 }
            else if mark.starts(with: [0xC2, 0xBB, 0x20]) { cut = index + 4 }
        }
        guard let cut, cut < bytes.count else { return text }
        return String(decoding: bytes[cut...], as: UTF8.self)
    }
    /// The last level of a slash trail opening with "Home" ("Home/College Basketball", "Home / News / World"); `nil` for
    /// other text ("Israel/Gaza").
    static func levelAfterHome(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count > 5, bytes.withUnsafeBufferPointer({ FoldedBytes.equal($0, at: 0, "home") }), bytes[4] == 0x2F || bytes[4] == 0x20,
              let slash = bytes.lastIndex(of: 0x2F) else { return nil }
        if text.dropFirst(5).contains("/") {  // three levels or more: the last may be the title
            return levelAboveTitle(text.dropFirst(4).split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { $0 }).map(String.init)
        }
        var start = slash + 1
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        return start < bytes.count ? String(decoding: bytes[start...], as: UTF8.self) : nil
    }
    mutating func addStandfirst(_ text: consuming String) { article.standfirst.append(Self.withoutOpeningDash(text)) }

    mutating func setByline(_ match: BylineRule.Match, from line: TextLine) {
        guard article.byline.isEmpty else { discard(line, .duplicate); return }
        article.byline = BylineRule.withStaffTagRole(match).names  // "Danny McDonald Globe Staff": the tag is the role
        // "Tom Warren@tomwarren": a glued social handle is no part of the name
        for index in article.byline.indices where article.byline[index].name.utf8.contains(UInt8(ascii: "@")) {
            article.byline[index].name = String(BylineRule.withoutHandle(article.byline[index].name[...]))
        }
        // "By Oleg Sukhov.": the line's full stop is no part of the name (an initial's or "Jr."'s is)
        for index in article.byline.indices where article.byline[index].name.utf8.last == UInt8(ascii: ".") {
            let name = article.byline[index].name
            let last = name.split(separator: " ").last ?? name[...]
            if last.utf8.count >= 4, last != "Jr.", last != "Sr.", !last.dropLast().contains(".") {  // "Ph.D." keeps its stop
                article.byline[index].name = String(name.dropLast())
            }
        }
        if let date = match.date, article.published == nil {
            article.published = date.published
            publishedIsUpdate = date.labelledUpdate && date.updated == nil  // "by Name, Updated: …": a "Posted:" line may follow
            if let updated = date.updated, article.updated == nil { article.updated = updated }
        }
        if let section = match.section { article.section = section }
    }

    // MARK: body

    /// Appends a body block; `text` is taken (consumed), not copied.
    mutating func addBody(_ kind: BodyBlock.Kind, _ text: consuming String) {
        if article.body.isEmpty && article.dateline == nil && kind == .paragraph {
            article.dateline = DatelineRule.dateline(in: text)
        }
        article.body.append(BodyBlock(kind: kind, text: text))
    }

    mutating func addRelated(_ title: consuming String) {
        article.related.append(RelatedLink(title: title, after: lastBodyIndex))
    }

    mutating func setPrintEdition(_ note: PrintEdition, from line: TextLine) {
        if article.printEdition == nil { article.printEdition = note } else { discard(line, .duplicate) }
    }

    var lastBodyIndex: Int? { article.body.isEmpty ? nil : article.body.count - 1 }

    /// The finished article, moved out of the builder.
    consuming func finish() -> Article { article }
}
