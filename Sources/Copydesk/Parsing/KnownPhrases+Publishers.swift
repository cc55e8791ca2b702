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
        add(.footer, ["report typo or error"])
        // "This article is more than 1 year old": the age label over an archived article
        add(.label, (1...30).flatMap { n in ["year", "month"].map { "this article is more than \(n) \($0)\(n == 1 ? "" : "s") old" } })
        return table
    }()
}
