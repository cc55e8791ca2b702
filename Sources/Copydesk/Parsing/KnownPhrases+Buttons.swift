/// The buttons of donation, membership and sign-up boxes, comment widgets' notes and related-box headings (twenty-first
/// pass), kept apart from the tables they join (`exactEntries`, `prefixes`).
extension KnownPhrases {
    /// The call-to-action buttons that close a reader appeal or a sign-up box ("Donate now", "Sign up"): each is also an
    /// exact furniture line. `ContextRules.markAppealBoxes` reads the text beside them as the box's.
    static let buttons: [String] = [
        "donate", "donate now", "donate today", "give now", "give today", "make a donation", "support us", "support us today",
        "subscribe", "subscribe now", "subscribe today", "subscribe here", "sign up", "sign up now", "sign up here", "sign me up",
        "start free trial", "start your free trial", "contribute", "contribute now", "contribute today", "contribute today.",
        "become a member", "become a member today.", "join now", "join today", "join us", "i'm in", "i’m in",
    ]

    /// Exact lines (lowercased, trimmed, a trailing colon ignored) and why they are discarded.
    static let buttonEntries: [(String, DiscardReason)] = {
        var table: [(String, DiscardReason)] = []
        func add(_ reason: DiscardReason, _ phrases: [String]) { for phrase in phrases { table.append((phrase, reason)) } }
        // the buttons no other table holds
        add(.promo, ["donate today", "give now", "give today", "support us", "subscribe today", "start free trial",
                     "start your free trial", "contribute", "contribute now", "become a member", "join now", "join today"])
        add(.list, ["go deeper", "read also"])  // a related box's heading between paragraphs
        // (round 11) share rows' and article tools' buttons, language switches, paywall labels, topic-alert prompts
        add(.share, ["share/print", "font size", "short link", "text size"])
        add(.navigation, ["read in french", "read in english", "click the alert icon to follow topics"])
        add(.promo, ["article reserved for subscribers", "this article is reserved for subscribers", "cite this article"])
        return table
    }()

    /// Line beginnings (lowercased) of comment widgets' notes, sharing buttons and subscription pitches.
    static let buttonPrefixes: [(String, DiscardReason)] = [
        ("comments not loading", .footer), ("by participating in online discussions", .footer), ("comments are moderated", .footer),
        ("comments (", .share), ("click to email", .share), ("get all-access", .promo),
        ("translation of an article originally published in", .attribution), ("lire en fran", .navigation),  // "Lire en français"
    ]
}
