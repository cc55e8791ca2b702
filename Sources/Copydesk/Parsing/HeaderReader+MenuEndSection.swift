/// A section label closing the page's menu right above the headline ("Events", "About", "Jails", then the title): the
/// classifier reads it as one more menu item, yet where it stands it names the article's section.
extension HeaderReader {
    /// The line to read as the section when `plan` has a headline and no section: the line right above the headline
    /// when it is a menu or list line (`isMenu`) of one to three words, title-like, no sentence, no number, no
    /// abbreviation and no kind of content or service ("Videos", "Weather"), under another menu line or repeat
    /// (`isMenuAbove`), and not in capitals under a line in capitals (a menu in capitals).
    /// Up to two notes (`isNote`: a date, an issuer's label) may stand between ("Science News", "Released: …", the title).
    static func menuEndSection(above plan: Plan, lines: UnsafeBufferPointer<TextLine>, isMenu: (Int) -> Bool,
                               isMenuAbove: (Int) -> Bool, isNote: (Int) -> Bool, _ page: LinePage) -> Int? {
        guard plan.section == nil, let headline = plan.headline, headline >= 2 else { return nil }
        var k = headline - 1
        while k >= 2, headline - k <= 2, isNote(k) { k -= 1 }
        guard k >= 1, isMenu(k), (1...3).contains(lines[k].words), !lines[k].endsLikeSentence, !lines[k].hasDigit,
            case let bytes = page.bytes(lines[k]), let first = bytes.first, first &- UInt8(ascii: "A") < 26,
            bytes.count > 2, !namesContentKind(bytes), lines[k - 1].words > 0, isMenuAbove(k - 1) else { return nil }
        // not a menu in capitals ("OPINION", "EDUCATION"), nor an abbreviation ("UK")
        return isCapitals(bytes) && isCapitals(page.bytes(lines[k - 1])) ? nil : k
    }

    /// True for the kinds a menu item may hold: menu lines and list items.
    static func isMenuKind(_ kind: LineRole.Kind) -> Bool {
        kind == .navigation || kind == .list || kind == .listItem
    }

    /// True for a menu item naming a kind of content, a page or a service of the site, not a subject ("Videos", "More",
    /// "Weather").
    static func namesContentKind(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if contentKinds.contains(where: { bytes.count == $0.utf8CodeUnitCount && FoldedBytes.equal(bytes, at: 0, $0) }) { return true }
        // a show or a medium named by its last word ("Sidebar Podcast", "Weekend Videos")
        guard let space = bytes.lastIndex(of: 0x20) else { return false }
        let last = UnsafeBufferPointer(rebasing: bytes[(space &+ 1)...])
        return mediaKinds.contains { last.count == $0.utf8CodeUnitCount && FoldedBytes.equal(last, at: 0, $0) }
    }

    /// Words that close the name of a show or a medium rather than a subject ("Sidebar Podcast").
    private static let mediaKinds: [StaticString] = ["podcast", "podcasts", "video", "videos", "photos", "gallery", "galleries"]

    /// Menu items that name a kind of content, a page or a service of the site.
    private static let contentKinds: [StaticString] = [
        "video", "videos", "photo", "photos", "podcast", "podcasts", "features", "gallery", "galleries", "live", "latest",
        "watch", "listen", "more", "menu", "search", "home", "topics", "sections", "about", "subscribe", "newsletters",
        // the site's services ("Weather", "Puzzles", "Jobs")
        "weather", "traffic", "puzzles", "games", "crosswords", "horoscopes", "jobs", "shop", "deals", "classifieds", "e-paper",
        "epaper", "events",
    ]
}

extension HeaderReader {
    /// True for a bare name of two to four words (a menu or text line by `kind`) right over a share button: the writer's
    /// name under a headline and dek ("Marisol Ortega", then "Share"), which closes the header as a byline would.
    static func isBareNameOverButtons(_ index: Int, _ lines: UnsafeBufferPointer<TextLine>, kind: (Int) -> LineRole.Kind,
                                      _ page: LinePage) -> Bool {
        guard index + 1 < lines.count, kind(index + 1) == .share, (2...4).contains(lines[index].words),
              kind(index) == .navigation || kind(index) == .text, !lines[index].endsLikeSentence else { return false }
        let text = page.text(lines[index])
        return BylineRule.looksLikeName(text) && !BylineRule.isRole(text) && !BylineRule.isButtonLabel(text)
    }
}
