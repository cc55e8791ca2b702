@testable import Copydesk
import Testing

@Suite("Body span and header")
struct PageLayoutTests {
    @Test("menus above and link lists below fall outside the body")
    func bodySpan() throws {
        let text = """
        Home
        World
        Business
        Sport
        A headline about the harbour
        The first paragraph of the article is long enough to be a real sentence of the body.
        A short one.
        The last paragraph closes the story with a sentence of reasonable length and weight.
        Most Popular
        Another story about something else
        Yet another story about other things
        """
        let lines = TestLine.lines(of: text)
        var found = lines.map(LineClassifier.classify)
        ContextRules.apply(&found, lines: lines)
        let span = try #require(BodySpan.find(lines: lines, roles: found))
        #expect(span == 5...7)
    }

    @Test("body weights read in place are the per-role weights of the plain rule")
    func bodyWeights() {
        let lines = TestLine.lines(of: "One two three four five six seven eight nine ten.\nShort one here.\nMenu\nfive words in this line\n"
            + String(repeating: "word ", count: 70) + "\nsix words but no full stop")
        let reasons: Set<DiscardReason> = [.advertisement, .mediaLabel, .separator, .promo, .share, .label, .furniture]
        func plain(_ line: TestLine, _ role: LineRole) -> Double {
            switch role {
            case .text:
                if line.isParagraphLike { return 2 + Double(min(line.words, 60)) / 20 }
                return line.isShortSentence ? 1 : line.words <= 4 ? -0.5 : -1
            case .bullet: return 0.5
            case .caption, .captionText, .video, .videoTitle, .videoText, .duplicate: return -0.25
            case .related, .embed, .credits: return -0.5
            case .furniture(let reason): return reasons.contains(reason) ? -0.5 : -2
            case .listItem, .byline, .date, .printEdition: return -1
            }
        }
        let roles: [LineRole] = [.text, .bullet("b"), .captionText, .video(nil), .video("03:15"), .videoTitle, .videoText, .duplicate,
                                 .related("r"), .embed, .credits([]), .listItem] + DiscardReason.allCases.map { .furniture($0) }
        for line in lines {
            for role in roles { #expect(BodySpan.weight(line, role) == plain(line, role), "\(line.text) \(role)") }
        }
        let body = BodySpan.find(lines: lines, roles: [.furniture(.navigation), .text, .text, .text, .text, .text])
        #expect(body == 4...4)  // 1, -0.5, -1 sum below zero before the long paragraph
    }

    @Test("section, headline, standfirst, byline and date around the header")
    func header() {
        let article = ArticleParser().parse(text: """
        Earnings
        Published 1 day ago
        Home Depot sales miss, shares plunge
        The home-improvement retailer earned $2.8 billion in the third quarter.
        Facebook
        Twitter
        By Jonathan GarberFOXBusiness
        Dow component Home Depot reported third-quarter earnings that topped estimates as revenue fell short.
        The home-improvement retailer earned $2.8 billion, or $2.53 per diluted share, in the quarter.
        """, id: "header")
        #expect(article.section == "Earnings")
        #expect(article.headline == "Home Depot sales miss, shares plunge")
        #expect(article.standfirst == ["The home-improvement retailer earned $2.8 billion in the third quarter."])
        #expect(article.byline.map(\.name) == ["Jonathan Garber"])
        #expect(article.published == DateStamp(text: "1 day ago", iso: nil))
        #expect(article.body.count == 2)
    }

    @Test("a short headline above a full-sentence dek is the headline, not a section label")
    func shortHeadline() {
        let article = ArticleParser().parse(text: """
        Royal Arrogance Revisited
        What was the prince thinking when he agreed to a long television interview about his friends?
        By Finian Roe
        The prince has reportedly told friends that the interview was a success, which few people believe.
        """, id: "s")
        #expect(article.headline == "Royal Arrogance Revisited")
        #expect(article.section == nil)
        #expect(article.standfirst.count == 1)
    }

    @Test("without a byline or date the headline is the title line above the body; no headline when there is none")
    func headerWithoutMarkers() {
        let withHeadline = ArticleParser().parse(text: """
        US-China tech war
        Xi Jinping promises China will be more open to scientific cooperation
        • President tells forum that the country is willing to work with scientists
        Chinese President Xi Jinping said on Friday that the country will pursue a more open strategy.
        """, id: "h")
        #expect(withHeadline.section == "US-China tech war")
        #expect(withHeadline.headline == "Xi Jinping promises China will be more open to scientific cooperation")
        #expect(withHeadline.standfirst == ["President tells forum that the country is willing to work with scientists"])
        let withoutHeadline = ArticleParser().parse(text: """
        VIDEO03:45
        Estee Lauder the defensive stock buy of the cosmetics industry: Pro
        Beauty company Coty is breaking out — in a good way, and the stock added more than 2% on Monday.
        """, id: "v")
        #expect(withoutHeadline.headline == nil)
        #expect(withoutHeadline.media.first?.duration == "03:45")
    }

    @Test("body text: subheadings, related headlines, datelines, author bios")
    func bodyText() {
        let article = ArticleParser().parse(text: """
        By Phil Roe
        LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal, and never have been for him.
        They are only a side effect of the consistent play he has been dishing out for many seasons.
        Lakers rally to beat the Thunder in overtime thriller
        The Thunder will not have to wait long for a rematch: these teams meet again in three days.
        UP NEXT
        Thunder: Host the Lakers on Friday.
        Phil Roe is a sports reporter for the Associated Press.
        """, id: "b")
        #expect(article.dateline == "LOS ANGELES")
        #expect(article.body.first?.text.hasPrefix("LOS ANGELES (AP) —") == true)
        #expect(article.related.map(\.title) == ["Lakers rally to beat the Thunder in overtime thriller"])
        #expect(article.body.contains(BodyBlock(kind: .subheading, text: "UP NEXT")))
        #expect(article.discarded.contains { $0.reason == .attribution && $0.text.hasPrefix("Phil Roe is") })
    }
}

@Suite("Cross-document furniture")
struct FurnitureEvidenceTests {
    @Test("lines repeated across a batch are discarded as furniture; a single file keeps them")
    func batchEvidence() {
        let promo = "Our newest podcast asks the big questions"
        let docs = (1...3).map { n in
            "A headline number \(n) about the harbour\n\(promo)\nThe story number \(n) is told in a paragraph that is long enough to be a real sentence."
        }
        var evidence = FurnitureEvidence()
        for doc in docs { evidence.add(doc) }
        #expect(evidence.furniture(minimumDocuments: 3) == [promo])
        let alone = ArticleParser().parse(text: docs[0], id: "a")
        #expect(!alone.discarded.contains { $0.text == promo })
        let batch = ArticleParser(options: ParserOptions(knownFurniture: evidence.furniture())).parse(text: docs[0], id: "a")
        #expect(batch.discarded.contains { $0.text == promo && $0.reason == .furniture })
        #expect(batch.headline == "A headline number 1 about the harbour")
    }
}
