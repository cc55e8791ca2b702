/// Whole lines, openings and fragments of sign-up forms, reader appeals, republishing notes, comment rules and
/// author-card labels (twentieth pass), kept apart from the tables they join (`exactEntries`, `prefixes`, `fragments`).
extension KnownPhrases {
    /// Exact lines (lowercased, trimmed, a trailing colon ignored) and why they are discarded.
    static let appealEntries: [(String, DiscardReason)] = {
        var table: [(String, DiscardReason)] = []
        func add(_ reason: DiscardReason, _ phrases: [String]) { for phrase in phrases { table.append((phrase, reason)) } }
        // the form strings of a newsletter widget
        add(.newsletter, ["enter your email", "enter your e-mail", "enter your email address", "enter your e-mail address",
                          "please enter a valid email address.", "please enter a valid email address",
                          "please enter a valid e-mail address.", "please enter a valid e-mail address"])
        add(.promo, ["do you like the content of this article?", "what's your reaction?", "what’s your reaction?",
                     "get unlimited digital access", "explore all your options", "save this story",
                     "join the conversation!", "support us today.", "support us today", "contribute today", "contribute today.",
                     "login or register here.", "republish this article"])
        add(.mediaLabel, ["play now"])
        // a republishing box and its partner list, comment rules
        add(.footer, ["partners", "view all partners", "cc by nd", "cc by-nd", "we believe in the free flow of information",
                      "comments: our rules", "please report any comments that break our rules.", "read the rules here",
                      "read the rules here."])
        add(.label, ["about the author", "about the authors", "authors", "last updated", "article body copy", "article body"])
        add(.navigation, ["related tags", "filed under"])
        add(.list, ["read more about", "articles in this story", "more by this author"])
        // newsletter boxes, membership and donation buttons, related and reference headings
        add(.newsletter, ["your email", "your email address", "delivery: daily", "i’m in", "i'm in"])
        add(.promo, ["join us", "subscribe here", "looking for news you can trust?", "quality journalism doesn’t come free",
                     "quality journalism doesn't come free", "become a member today.", "donate", "donate now", "make a donation",
                     "contact the author", "see our privacy notice", "invalid email"])
        add(.list, ["latest stories", "read these stories next", "related story", "related news", "citations", "references"])
        return table
    }()

    /// Line beginnings (lowercased) of partnership notes, tip requests, reader appeals, affiliate notes and ad sales.
    static let appealPrefixes: [(String, DiscardReason)] = [
        ("this article was produced in partnership with", .attribution), ("this story was produced in partnership with", .attribution),
        ("series: ", .label), ("filed under: ", .navigation), ("do you have a story ", .promo), ("we pay for your stories", .promo), ("do you have a tip", .promo),
        ("for all the latest ", .promo), ("reminder, this article is", .promo), ("advertise with ", .advertisement),
        ("our journalism needs your support", .promo), ("if you purchase a product or register for an account through", .promo),
        ("if you buy something through", .promo), ("republish our articles for free", .footer), ("we want our comments to be", .footer),
        ("published in the print edition of the", .copyright), ("get the full picture.", .promo), ("login or ", .promo), ("read more about ", .list),
        ("we use your sign-up to provide content", .promo), ("we will use your email address", .promo), ("thank you for subscribing", .promo),
        ("your subscription will help us", .promo), ("get all the latest news on our", .promo), ("like what you see?", .promo),
        ("we depend on the support of readers", .promo), ("good journalism costs", .promo), ("by contributing to ", .promo),
        ("for continued free access to", .promo), ("this story has been viewed", .footer), ("comments will be moderated", .footer),
        ("keep comments relevant", .footer), ("read related ", .list), ("translated by ", .attribution),
        ("how we reviewed this article", .footer), ("last medically reviewed on", .footer),
        // (round 13b) a news app's closing plug, a reader-comment disclaimer, a subscription plug, a columnist's tagline
        ("catch all the ", .promo), ("disclaimer: ", .footer), ("support local journalism. ", .promo),
        ("the writer is a ", .attribution), ("the writer is an ", .attribution),
        // (round 15) membership and donation plugs, a land acknowledgement footer, a funded-reporting note, a letters plug
        ("support local news. ", .promo), ("support student journalism. ", .promo), ("support independent journalism. ", .promo),
        ("acknowledgement of country: ", .footer), ("acknowledgment of country: ", .footer),
        ("this story was produced through the local journalism initiative", .attribution),
        ("have something to say? write a letter", .promo),
    ]

    /// Fragments that mark a short line as furniture wherever they stand.
    static let appealFragments: [(String, DiscardReason)] = [
        ("provides funding as a member of", .footer),
        // "Don't miss the big stories. Like us on Facebook.", "… covers breaking news for X. Email her at …"
        (". like us on ", .share), ("email her at ", .attribution), ("email him at ", .attribution),
    ]
}
