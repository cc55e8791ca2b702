@testable import Copydesk
import Testing

/// Body furniture, subheadings and lists found by the sixth round of probing other publishers' layouts (twentieth pass).
@Suite("Body furniture, subheadings and lists, round 6")
struct BodyRound6Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// A header the body lines below can stand under.
    private let header = ["Koalas are losing the trees they need to survive the heat", "By Rebecca Lindqvist", "November 20, 2019"]
    /// Three paragraphs.
    private let paragraphs = [
        "Across the Liverpool Plains, the river red gums that koalas rely on for shade are dying faster than researchers expected.",
        "Koalas get almost all their water from leaves, and when leaf moisture drops they have to find water elsewhere or move on.",
        "Local wildlife carers have been overwhelmed, and one shelter in Gunnedah has taken in more than forty animals since October.",
    ]

    /// A fourth paragraph.
    private let closing = "Researchers said the state would need to plant drought-hardy trees along the creeks within the next ten years."

    /// The reason the line `text` was discarded with, or `nil` when it was kept.
    private func reason(_ article: Article, _ text: String) -> DiscardReason? {
        article.discarded.first { $0.text == text }?.reason
    }

    @Test("a sentence-case title of five to eight words alone between paragraphs is a subheading; title-case ones stay links")
    func loneSubheading() {
        let article = parse(header + [paragraphs[0], "When the shade goes, the koalas go", paragraphs[1],
                                      "Read more: Drought is turning Australia's rivers into a chain of stagnant ponds",
                                      "What the study could not show", paragraphs[2]])
        #expect(article.body.filter { $0.kind == .subheading }.map(\.text) == ["When the shade goes, the koalas go", "What the study could not show"])
        #expect(article.related.map(\.title) == ["Drought is turning Australia's rivers into a chain of stagnant ponds"])
        let link = parse(header + [paragraphs[0], "Man Shot at Dallas Gas Station Dies at Hospital", paragraphs[1]])
        #expect(link.related.map(\.title) == ["Man Shot at Dallas Gas Station Dies at Hospital"])
        #expect(!link.body.contains { $0.text == "Man Shot at Dallas Gas Station Dies at Hospital" })
        // a quoted video title and a long headline-like title stay links too
        let quoted = parse(header + [paragraphs[0], "Liverpool 'not thinking about title'", paragraphs[1]])
        #expect(quoted.related.map(\.title) == ["Liverpool 'not thinking about title'"])
        let long = parse(header + [paragraphs[0], "Island nations say rising seas already threaten their homes", paragraphs[1]])
        #expect(long.related.map(\.title) == ["Island nations say rising seas already threaten their homes"])
    }

    @Test("the pitch and form strings of a newsletter box between paragraphs are newsletter furniture")
    func newsletterWidget() {
        let pitch = "Receive the best of The New Yorker, every day, in your in-box, plus occasional alerts when new pieces are published."
        let article = parse(header + [paragraphs[0], paragraphs[1], "Sign up for The Daily.", pitch, "Enter your e-mail address",
                                      "Sign up", "Will be used in accordance with our Privacy Policy.", paragraphs[2], closing])
        #expect(article.body.prefix(2).map(\.text) == Array(paragraphs.prefix(2)))
        #expect(!article.body.contains { $0.text == pitch })
        #expect(reason(article, pitch) == .newsletter)
        #expect(reason(article, "Enter your e-mail address") == .newsletter)
        #expect(KnownPhrases.exactLines["please enter a valid email address."] == .newsletter)
        #expect(KnownPhrases.exactLines["enter your email"] == .newsletter)
    }

    @Test("reader appeals, partnership, affiliate and republishing notes, comment rules and card labels are furniture")
    func boilerplate() {
        let furniture: [(String, DiscardReason)] = [
            ("This article was produced in partnership with the Gulf Coast Ledger, which is a member of a network.", .attribution),
            ("Series: Local Reporting Network", .label),
            ("Do you have a story about medical debt we should know about? Contact Nadia Kessler at nk@example.org.", .promo),
            ("Filed under:", .navigation), ("Do you like the content of this article?", .promo), ("What’s your reaction?", .promo),
            ("For all the latest Delhi News, download Indian Express App.", .promo),
            ("Reminder, this article is now only available to NZ Herald Premium subscribers.", .promo),
            ("Advertise with NZME.", .advertisement),
            ("Our journalism needs your support. Please support local journalism by subscribing to cleveland.com.", .promo),
            ("If you purchase a product or register for an account through one of the links on our site, we may receive compensation.", .promo),
            ("Get unlimited digital access", .promo), ("Explore all your options", .promo), ("About the Author", .label),
            ("Play now", .mediaLabel), ("Save this story for later.", .share), ("Partners", .footer),
            ("University of Sydney provides funding as a member of The Conversation AU.", .footer), ("View all partners", .footer),
            ("CC BY ND", .footer), ("Republish this article", .promo), ("Comments: Our rules", .footer),
            ("Please report any comments that break our rules.", .footer), ("Read the rules here", .footer),
            ("Join the conversation!", .promo), ("Support us today.", .promo), ("Contribute today", .promo), ("Authors:", .label),
            ("Related Tags:", .navigation), ("Read more about:", .list), ("Articles in this story", .list), ("Last Updated:", .label),
            ("- angel@khaleejtimes.com", .attribution),
            ("Kaylee Remington covers breaking news for cleveland.com. Email her at kremington@cleveland.com.", .attribution),
            ("Published in the print edition of the December 2, 2019, issue, with the headline “Foggy Bottom Blues.”", .copyright),
        ]
        for (text, expected) in furniture {
            let article = parse(header + [paragraphs[0], paragraphs[1], text, paragraphs[2]])
            #expect(reason(article, text) == expected, "\(text)")
            #expect(article.body.map(\.text) == paragraphs, "\(text)")
        }
    }

    @Test("'Read: Title' between paragraphs is a related link")
    func readPrefix() {
        let article = parse(header + [paragraphs[0], "Read: Georgia Purged 300,000 Voters. Some of Them Didn't Know.", paragraphs[1]])
        #expect(article.related.map(\.title) == ["Georgia Purged 300,000 Voters. Some of Them Didn't Know."])
        #expect(article.body.map(\.text) == Array(paragraphs.prefix(2)))
    }
}

/// List headers and related blocks between paragraphs (round 6).
@Suite("Related blocks between paragraphs, round 6")
struct RelatedBlockRound6Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// A header and two paragraphs, each line set off by a blank line.
    private let opening = ["Frisco approves $3 billion PGA-adjacent development", "", "By Nora Hale", "", "November 20, 2019", "",
                           "Frisco City Council on Tuesday approved a $3 billion mixed-use development next to the PGA headquarters site.", "",
                           "\"I'm not against growth,\" Keating said. \"I'm against growth that gets ahead of the infrastructure.\"", ""]
    /// The paragraphs after the block.
    private let rest = ["", "Under the agreement approved Tuesday, the developer will pay about $18 million toward widening Legacy Drive.", "",
                        "Frisco's director of development services said the city's traffic studies show the project would work."]

    @Test("a 'Related' block closed by a blank line keeps its last title as a link, even one ending 'Here's why.'")
    func relatedBlockLastSentence() {
        let sentence = "Collin County is the fastest-growing county in the Dallas area. Here's why."
        let article = parse(opening + ["Related", "Frisco's PGA headquarters project gets final approval from council", sentence] + rest)
        #expect(article.related.map(\.title) == ["Frisco's PGA headquarters project gets final approval from council", sentence])
        #expect(!article.body.contains { $0.text == sentence })
        #expect(article.body.last?.text == rest[3])
    }

    @Test("'Read more about X:' heads a list whose titles leave the body")
    func readMoreAbout() {
        let article = parse(opening + ["Read more about Scientology and Clearwater:", "Clearwater Marine Aquarium gets federal money for expansion",
                                       "Why Scientology wants more of downtown Clearwater"] + rest)
        // between two paragraphs the header is an inline promo and its titles related links
        #expect(article.discarded.first { $0.text == "Read more about Scientology and Clearwater:" }?.reason == .promo)
        #expect(article.related.map(\.title) == ["Clearwater Marine Aquarium gets federal money for expansion",
                                                 "Why Scientology wants more of downtown Clearwater"])
        #expect(KnownPhrases.prefixes.contains { $0.0 == "read more about " && $0.1 == .list })
        #expect(!article.body.contains { $0.text.hasPrefix("Why Scientology") || $0.text.hasPrefix("Clearwater Marine") })
    }

    @Test("bullets under 'READ MORE:' are related links, not list items of the body")
    func bulletLinks() {
        let article = parse(opening + ["READ MORE:", "• Auckland's driest spring on record: What it means for your garden",
                                       "• Watercare defends $1.2 billion Waikato River pipeline"] + rest)
        #expect(article.related.map(\.title) == ["Auckland's driest spring on record: What it means for your garden",
                                                 "Watercare defends $1.2 billion Waikato River pipeline"])
        #expect(!article.body.contains { $0.kind == .listItem })
        #expect(article.body.last?.text == rest[3])
    }

    @Test("the body reads on under an inline list box of three titles when a paragraph follows it")
    func bodyUnderListBox() {
        let last = "The 2020 Grammy Awards will air live from the Staples Center in Los Angeles on January 26th on CBS, with Alicia Keys as host."
        let article = parse(opening + ["Editor's picks", "The 500 Greatest Albums of All Time", "The 100 Greatest Drummers of All Time",
                                       "The 200 Greatest Singers of All Time", last, "In This Article: Billie Eilish, Grammys, Lizzo",
                                       "Want more Rolling Stone? Sign up for our newsletter.", "Trending"])
        #expect(article.body.last?.text == last)
        #expect(!article.body.contains { $0.text.hasPrefix("The 500 Greatest") })
    }

    @Test("a promo line printed twice is furniture both times, not body then a duplicate")
    func repeatedPromo() {
        let promo = "Don't miss the big stories. Like us on Facebook."
        let article = parse(opening + [promo, ""] + rest + ["", promo])
        #expect(!article.body.contains { $0.text == promo })
        #expect(article.discarded.filter { $0.text == promo }.map(\.reason) == [.share, .share])
    }

    @Test("a name line over a description that opens with the name is an author or publisher card")
    func cards() {
        let bio = "Simon Bradley is a writer and editor at swissinfo.ch, covering science, the environment and society."
        let about = "VentureBeat's mission is to be a digital town square for technical decision-makers to gain knowledge."
        let article = parse(opening + rest + ["", "Simon Bradley", bio, "", "VentureBeat", about])
        #expect(article.body.last?.text == rest[3])
        for text in ["Simon Bradley", bio, "VentureBeat", about] {
            #expect(article.discarded.first { $0.text == text }?.reason == .attribution, "\(text)")
        }
        // a subheading over a paragraph that only shares its first word is no card
        let plain = parse(opening + ["Brexit talks", "Brexit talks resumed in Brussels on Monday after a week of delays, officials said."] + rest)
        #expect(plain.body.contains { $0.text == "Brexit talks" })
    }
}
