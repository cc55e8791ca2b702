/// Feedback widgets, republishing licences, one-device notices, comment-section notes and wire sign-offs (twenty-third
/// pass), kept apart from the tables they join through `noteEntries` and `notePrefixes`.
extension KnownPhrases {
    /// Exact lines (lowercased, trimmed, a trailing colon ignored) and why they are discarded.
    static let feedbackEntries: [(String, DiscardReason)] = {
        var table: [(String, DiscardReason)] = []
        func add(_ reason: DiscardReason, _ phrases: [String]) { for phrase in phrases { table.append((phrase, reason)) } }
        // a "Was this page helpful?" widget and its answers
        add(.promo, ["was this page helpful?", "was this article helpful?", "thanks for your feedback!",
                     "thanks for your feedback", "thank you for your feedback!", "tell us why!"])
        add(.newsletter, ["sign up!"])
        add(.list, ["go deeper."])  // a related box's heading, closed by a full stop
        // a republishing licence's heading (nonprofit newsrooms)
        add(.footer, ["creative commons license", "creative commons licence"])
        // a reading-on-another-device notice
        add(.promo, ["lecture du monde en cours sur un autre appareil.", "this message will be displayed on the other device.",
                     "you can read le monde on one device at a time"])
        // a comment section's notes
        add(.footer, ["disclaimer & comment rules", "commenting for this story is now closed.", "commenting is now closed."])
        add(.list, ["more information"])  // a related card's label between paragraphs (its headline, author and place under it)
        return table
    }()

    /// Line beginnings (lowercased) of feedback pitches, licences, translation notes, reprint notes and sign-offs.
    static let feedbackPrefixes: [(String, DiscardReason)] = [
        ("share your feedback to help", .promo), ("this article is licensed under a creative commons", .footer),
        ("this story is licensed under a creative commons", .footer), ("this work is licensed under a creative commons", .footer),
        ("translation of an original article published in", .attribution), ("for a reprint of this article", .copyright),
        ("--editing by ", .attribution), ("feedback: use this form", .promo),
        ("if you have a facebook account, become a fan", .share), ("bellingcat is a non-profit", .promo), ("categories: ", .navigation),
    ]
}
