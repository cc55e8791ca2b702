/// Audio, video and share widgets' labels, comment-box buttons, sign-up pitches, affiliate notes, site terms and
/// translation notes (twenty-second pass), kept apart from the tables they join (`exactEntries`, `prefixes`).
extension KnownPhrases {
    /// Exact lines (lowercased, trimmed, a trailing colon ignored) and why they are discarded.
    static let noteEntries: [(String, DiscardReason)] = {
        var table: [(String, DiscardReason)] = []
        func add(_ reason: DiscardReason, _ phrases: [String]) { for phrase in phrases { table.append((phrase, reason)) } }
        // share rows and their states ("Copy Link URL Copied!"), a gift button beside "Save" and "Share"
        add(.share, ["threads", "bluesky", "mastodon", "give", "print friendly version", "copy page url", "copy link url copied!",
                     "url copied!", "link copied to clipboard", "reply"])
        // an audio player's labels
        add(.promo, ["listen to this story", "listen to this story."])
        add(.mediaLabel, ["watch on youtube", "watch on vimeo"])
        // a comment box's heading and button
        add(.promo, ["join the debate", "add your comment", "add a comment"])
        // tag boxes and story-tag rows
        add(.navigation, ["relevant tags"])
        add(.list, ["in this story"])
        // a sign-up form's hidden field and pitch
        add(.newsletter, ["this field is for validation purposes and should be left unchanged.", "stay updated with the latest news!"])
        // (round 13) a medical story's citation box under the body
        add(.copyright, ["primary source", "secondary source"])
        return table + feedbackEntries
    }()

    /// Line beginnings (lowercased) of widget notes, sign-up and donation pitches, affiliate notes and site terms.
    static let notePrefixes: [(String, DiscardReason)] = [
        ("enjoy more audio and podcasts on", .promo), ("your browser does not support the", .mediaLabel),
        ("thank you for donating", .promo), ("want to get the latest", .promo), ("stay updated with the latest", .newsletter),
        ("by providing an email address", .newsletter), ("start your day with ", .newsletter), ("follow topics and we", .newsletter),
        ("stay on top of ", .newsletter), ("users with an yle id", .footer), ("next: ", .promo),
        ("if you click on a link and make a purchase", .promo), ("all products featured on ", .promo),
        ("this story was originally published", .copyright), ("use of and/or registration on any portion of this site", .footer),
        ("this article was originally written in", .attribution), ("doi: ", .copyright), ("source reference:", .copyright),
        // an investing newsletter's pitch under its articles
        ("10 stocks we like better than", .promo), ("when investing geniuses david and tom gardner", .promo),
        ("david and tom just revealed", .promo), ("see the 10 stocks", .promo),
    ] + feedbackPrefixes
}
