/// A section label closing the page's menu right above the headline ("Events", "About", "Jails", then the title): the
/// classifier reads it as one more menu item, yet where it stands it names the article's section.
extension HeaderReader {
    /// The line to read as the section when `plan` has a headline and no section: the line right above the headline
    /// when it is a menu or list line (`isMenu`) of one to three words, title-like, no sentence, no number and no kind
    /// of content ("Videos", "Features"), under another menu line or repeat (`isMenuAbove`).
    static func menuEndSection(above plan: Plan, lines: UnsafeBufferPointer<TextLine>, isMenu: (Int) -> Bool,
                               isMenuAbove: (Int) -> Bool, _ page: LinePage) -> Int? {
        guard plan.section == nil, let headline = plan.headline, headline >= 2, case let k = headline - 1,
              isMenu(k), (1...3).contains(lines[k].words), !lines[k].endsLikeSentence, !lines[k].hasDigit,
              case let bytes = page.bytes(lines[k]), let first = bytes.first, first &- UInt8(ascii: "A") < 26,
              !namesContentKind(bytes), lines[k - 1].words > 0, isMenuAbove(k - 1) else { return nil }
        return k
    }

    /// True for the kinds a menu item may hold: menu lines and list items.
    static func isMenuKind(_ kind: LineRole.Kind) -> Bool {
        kind == .navigation || kind == .list || kind == .listItem
    }

    /// True for a menu item naming a kind of content or a page of the site, not a subject ("Videos", "Latest", "More").
    static func namesContentKind(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        contentKinds.contains { bytes.count == $0.utf8CodeUnitCount && FoldedBytes.equal(bytes, at: 0, $0) }
    }

    /// Menu items that name a kind of content or a page of the site.
    private static let contentKinds: [StaticString] = [
        "video", "videos", "photo", "photos", "podcast", "podcasts", "features", "gallery", "galleries", "live", "latest",
        "watch", "listen", "more", "menu", "search", "home", "topics", "sections", "about", "subscribe", "newsletters",
    ]
}
