/// Whole furniture lines of particular publishers' layouts (wire, broadsheet, broadcaster and US daily pages), kept
/// apart from the common table they join (`exactEntries`).
extension KnownPhrases {
    /// Exact lines (lowercased, trimmed, a trailing colon ignored) and why they are discarded.
    static let publisherEntries: [(String, DiscardReason)] = {
        var table: [(String, DiscardReason)] = []
        func add(_ reason: DiscardReason, _ phrases: [String]) { for phrase in phrases { table.append((phrase, reason)) } }
        add(.advertisement, ["skip advertisement", "supported by"])
        add(.promo, ["sign up here", "sign up here.", "reuse this content", "save articles to read later and create your own reading list."])
        add(.share, ["link copied", "link copied!", "follow"])
        add(.navigation, ["democracy dies in darkness"])  // a masthead's motto above the section label
        // badges, widget states and icon labels of magazine, tech and UK pages
        add(.label, ["premium", "editors' pick", "editors’ pick", "editor's pick", "editor’s pick", "printed from"])
        add(.share, ["click to follow", "facebook icon", "twitter icon", "email icon", "link icon", "linkedin icon", "the letter f.",
                     "an envelope. it indicates the ability to send an email.", "an image of a chain link. it symobilizes a website link url."])
        add(.mediaLabel, ["loading", "loading...", "loading…", "representative image", "please use chrome browser for a more accessible video player"])
        add(.promo, ["read more here", "sign up now"])
        add(.footer, ["report typo or error", "comments are closed.", "comments are now closed.", "media contact", "media contacts",
                      "story source", "journal reference", "cite this page"])
        add(.share, ["email to a friend", "save story", "save this story for later."])  // a magazine's bookmark button and its tooltip
        add(.advertisement, ["hide ad", "skip ad", "report this ad"])
        add(.mediaLabel, ["buy photo", "open this photo in gallery", "buy now"])
        add(.list, ["around the web", "related coverage"])
        add(.promo, ["one more thing", "join slate plus", "full article"])
        add(.footer, ["comment from the forums"])
        add(.promo, ["continue reading the main story"])
        add(.mediaLabel, ["just watched", "must watch", "replay", "more videos ...", "more videos", "full story", "powered by trinity audio"])
        add(.promo, ["story continues", "thanks for signing up!", "thanks for signing up", "thank you for your support.", "need help?"])
        // "This article is more than 1 year old": the age label over an archived article
        add(.label, (1...30).flatMap { n in ["year", "month"].map { "this article is more than \(n) \($0)\(n == 1 ? "" : "s") old" } })
        return table
    }()

    /// Line beginnings (lowercased) of share widgets, reader appeals, comment rules and ad-blocker notices.
    static let publisherPrefixes: [(String, DiscardReason)] = [
        ("all sharing options for", .share),
        ("read more at ", .promo), ("get in touch by emailing", .promo), ("contact us at ", .promo), ("got a story for ", .promo),
        ("we want to hear what you think about this article", .promo), ("stay up to date with the latest news", .promo),
        ("by submitting a comment", .footer), ("comments are subject to", .footer), ("comments are now closed", .footer),
        ("to encourage thoughtful and respectful conversations", .footer), ("we rely on advertising to help fund", .promo),
        ("we urge you to turn off your ad blocker", .promo), ("visit our adblocking instructions", .promo),
        // WordPress share buttons, reader appeals, newsletter pledges and release footers
        ("click to share on ", .share), ("click to email this to a friend", .share), ("click to print (opens in new window)", .share),
        ("the guardian is editorially independent", .promo), ("every contribution we receive from readers like you", .promo),
        ("more people, like you, are reading and supporting", .promo), ("no spam, we promise", .promo),
        ("chat with us in facebook messenger", .promo), ("materials provided by ", .attribution),
        ("listen - ", .mediaLabel), ("via: ", .attribution), ("get the best tech deals", .newsletter),
        // affiliate notes, site terms, comment rules and reader appeals under articles
        ("note to readers: if you purchase", .promo), ("registration on or use of this site constitutes", .footer),
        ("i understand and agree that registration", .footer), ("* i understand and agree that registration", .footer),
        ("the material on this site may not be reproduced", .footer), ("community rules apply to all content", .footer),
        ("why are you making commenting on", .promo), ("readers like you are keeping these stories free", .promo),
        ("a mix of advertising and supporting contributions", .promo), ("join the conversation in our comments section", .footer),
        ("please keep comments civil", .footer), ("got a confidential tip?", .promo), ("have a tip?", .promo),
        ("you depend on slate for", .promo), ("view comments (", .share), ("before it's here, it's on the bloomberg terminal", .promo),
        ("breaking news: ", .navigation), ("(updates with ", .label), ("(adds ", .label), ("never miss a story", .newsletter), ("want to read more articles like this", .promo),
    ]
}
