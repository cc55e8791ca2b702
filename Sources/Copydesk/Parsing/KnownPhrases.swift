/// Tables of page-furniture phrases: whole lines, line beginnings and tell-tale fragments that
/// are never article text. Rules look lines up here; adding a phrase never needs new code.
enum KnownPhrases {
    /// Exact lines (lowercased, trimmed, a trailing colon ignored) and why they are discarded.
    static let exactLines: [String: DiscardReason] = Dictionary(exactEntries, uniquingKeysWith: { $1 })

    /// `exactLines` as written, in order (no key twice): the look-up tables are built from it, with no dictionary.
    static let exactEntries: [(String, DiscardReason)] = {
        var table: [(String, DiscardReason)] = []
        func add(_ reason: DiscardReason, _ phrases: [String]) { for phrase in phrases { table.append((phrase, reason)) } }
        add(.advertisement, ["advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content", "story continues below advertisement",
                             "article continues below advertisement", "continue reading below", "paid content", "story continues below",
                             "article continues below", "market update sponsored by", "promoted", "partner content", "ad choices"])
        add(.promo, ["learn more", "subscribe", "subscribe now", "sign in", "log in", "login", "register", "log inregister",
                     "get more with mynews", "a personalised news feed of stories that matter to you", "download the app", "read more",
                     "continue reading", "give feedback", "survey", "watch tv", "listen live", "get it", "sign up", "sign me up",
                     "all editions", "get short url", "disclaimer", "explore further", "5 min read", "min read", "gift article",
                     "listen to this article", "save", "save article", "print article", "show comments", "view all comments",
                     "key points", "key events", "show key events only", "start a conversation", "join the conversation",
                     "leave a reply", "leave a comment", "post a comment",
                     "license this article", "send us your feedback", "playlist", "place an ad"])
        add(.share, ["share", "share this article", "share this", "tweet", "email", "facebook", "twitter", "linkedin", "flipboard",
                     "whatsapp", "print", "comments", "comment", "copy link", "copy", "reddit", "pinterest", "share on facebook",
                     "share on twitter", "share via email", "share this story", "share on whatsapp", "share by email", "facebook twitter linkedin", "facebook twitter email", "shares", "messenger",
                     "copy this link", "share this with", "close share panel", "read more about sharing.", "view comments",
                     "x share via", "share permalink", "google+", "telegram", "stumbleupon", "blogger", "track", "do not track",
                     "view the discussion thread.", "comments (+)", "report", "follow us", "youtube", "instagram", "rss", "snapchat",
                     "these are external links and will open in a new window", "click to copy", "copy url", "copied", "no comments yet comment from the forums",
                     "facebooktwitterlinkedinemail", "facebooktwitteremail", "facebooktwitterlinkedin", "share this:",
                     "facebook share", "twitter share", "email share", "linkedin share", "whatsapp share", "reddit share",
                     "sharecomments", "share comments"])
        add(.mediaLabel, ["caption", "close", "back to gallery", "expand", "hide caption", "toggle caption", "enlarge this image",
                          "play", "play video", "watch", "video", "image", "photo", "less", "more", "next", "previous", "gallery",
                          "expand / collapse search", "view gallery", "launch gallery", "open gallery", "photos",
                          "watch now", "watch live", "now playing"])
        add(.navigation, ["skip to main content", "skip to content", "home", "menu", "search", "top menu", "main menu", "search form",
                          "toggle navigation", "☰", "all", "sitemap", "site map", "back to top", "/", ">", "›", "»", "|"])
        add(.list, ["most popular", "most read", "trending", "trending now", "related", "related stories", "more stories",
                    "recommended", "you may also like", "top stories", "related articles", "don't miss", "don’t miss", "more:",
                    "on our radar", "latest", "latest news", "latest videos", "dh picks", "editor's picks", "editors' picks",
                    "more from the web", "read next", "more on this story", "popular", "what's hot", "rising",
                    "more news", "in other news", "all news", "topics", "tags", "related topics", "more stories from", "see also", "also read", "must read", "social feed", "explore",
                    "most viewed", "most shared", "related article", "related content", "related links", "more from", "also on", "you might also like", "further reading"])
        add(.footer, ["privacy policy", "terms of use", "terms of service", "cookie policy", "terms & conditions", "contact us", "about us",
                      "cookie preferences", "cookies settings"])
        add(.separator, ["___", "---", "***", "* * *", "—", "...", "…", "-", "•"])
        return table + publisherEntries + appealEntries + buttonEntries + headerButtonEntries + noteEntries
    }()

    /// Line beginnings (lowercased) that mark furniture.
    static let prefixes: [(String, DiscardReason)] = [
        ("sign up for", .newsletter), ("subscribe to", .newsletter), ("get the latest", .newsletter), ("sign up to", .newsletter),
        ("copyright", .copyright), ("©", .copyright), ("(c) ", .copyright), ("this article was originally published", .copyright),
        ("originally published", .copyright), ("all rights reserved", .copyright), ("this material may not be published", .copyright),
        ("this document is subject to copyright", .copyright), ("citation:", .copyright), ("ipso regulated", .copyright),
        ("follow us", .share), ("follow him", .share), ("follow her", .share), ("find us on", .share), ("connect with us", .share),
        ("click here", .promo), ("listen to this article", .promo), ("tags ", .navigation), ("tags:", .navigation), ("more information:", .attribution),
        ("provided by", .attribution), ("source:", .attribution), ("our standards:", .footer),
        ("the views and opinions expressed", .footer), ("the views expressed", .footer), ("this site is protected by recaptcha", .footer),
        ("quotes delayed", .footer), ("we use cookies", .footer), ("this website uses cookies", .footer), ("this site uses cookies", .footer),
        ("by continuing to use", .footer), ("advertisement -", .advertisement), ("advertisement:", .advertisement), ("since you're here", .promo), ("since you’re here", .promo), ("share or comment", .share),
        ("… we have a small favour", .promo), ("... we have a small favour", .promo), ("support the ", .promo), ("want more ", .promo), ("need more ", .promo), ("join our ", .promo), ("(graphic:", .mediaLabel),
        ("image copyright @", .embed), ("more from this author", .promo), ("more by this author", .promo),
        ("this article originally appeared", .copyright), ("this story originally appeared", .copyright),
        ("this article first appeared", .copyright), ("this story first appeared", .copyright), ("a version of this story", .copyright),
        ("a version of this article", .copyright), ("leave a reply", .promo), ("your email address will not be published", .footer),
        ("like us on", .share), ("log in, register", .promo), ("log in or ", .promo), ("log in to ", .promo),
        ("related subjects", .navigation), ("keywords ", .navigation), ("keywords:", .navigation), ("download our app", .promo), ("download the app", .promo), ("reach the reporter", .promo), ("image 1 of", .mediaLabel),
    ] + publisherPrefixes + appealPrefixes + buttonPrefixes + notePrefixes
}
