/// Tables of page-furniture phrases: whole lines that are never article text.
/// Rules look lines up here; adding a phrase never needs new code.
enum KnownPhrases {
    /// Exact lines (compared case-insensitively, trimmed) and why they are discarded.
    static let exactLines: [String: DiscardReason] = {
        var table: [String: DiscardReason] = [:]
        for phrase in ["advertisement", "advertising", "ad", "sponsored", "sponsored content", "story continues below advertisement",
                       "article continues below advertisement", "continue reading below", "paid content"] {
            table[phrase] = .advertisement
        }
        for phrase in ["learn more", "subscribe", "subscribe now", "sign in", "log in", "get more with mynews",
                       "a personalised news feed of stories that matter to you", "download the app", "read more", "continue reading"] {
            table[phrase] = .promo
        }
        for phrase in ["share", "share this article", "share this", "tweet", "email", "facebook", "twitter", "linkedin",
                       "whatsapp", "print", "comments", "comment", "copy link", "copy", "reddit", "pinterest", "share on facebook",
                       "share on twitter", "share via email", "facebook twitter linkedin", "facebook twitter email"] {
            table[phrase] = .share
        }
        for phrase in ["caption", "close", "back to gallery", "expand", "hide caption", "toggle caption", "enlarge this image",
                       "play", "play video", "watch", "video", "image", "photo", "less", "more", "next", "previous"] {
            table[phrase] = .mediaLabel
        }
        for phrase in ["skip to main content", "skip to content", "home", "menu", "search", "top menu", "main menu"] {
            table[phrase] = .navigation
        }
        for phrase in ["most popular", "most read", "trending", "trending now", "related", "related stories", "more stories",
                       "recommended", "you may also like", "top stories"] {
            table[phrase] = .list
        }
        for phrase in ["___", "---", "***", "* * *", "—"] { table[phrase] = .separator }
        return table
    }()

    /// Line beginnings that mark furniture.
    static let prefixes: [(String, DiscardReason)] = [
        ("sign up for", .newsletter), ("subscribe to", .newsletter), ("get the latest", .newsletter),
        ("copyright", .copyright), ("©", .copyright), ("(c) ", .copyright), ("this article was originally published", .copyright),
        ("originally published", .copyright), ("all rights reserved", .copyright),
        ("follow us", .share), ("click here", .promo),
    ]

    /// The reason a line is known furniture, or `nil`.
    static func reason(for line: Substring) -> DiscardReason? {
        let lowered = line.lowercased()
        if let reason = exactLines[lowered] { return reason }
        for (prefix, reason) in prefixes where lowered.hasPrefix(prefix) { return reason }
        return nil
    }
}
