@testable import Copydesk
import Testing

/// Header, caption and quote shapes found by the sixth round of probing other publishers' layouts (twentieth pass).
@Suite("Rules for more publishers' layouts, round 6")
struct LayoutProbeRound6Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    @Test("a two-level label trail over the headline names its deeper level, unless that is a bare 'News' or a series name")
    func deeperTrailLevel() {
        let body = ["Suzanne Breen", "December 16 2019 05:30 PM",
                    "Northern Ireland's political parties have been given a last chance to restore power-sharing, officials said.",
                    "The Secretary of State met the five main parties at Stormont House on Monday to press for a deal."]
        let trail = parse(["News", "Northern Ireland",
                           "Stormont talks: Parties given 'last chance' to restore power-sharing before Christmas"] + body)
        #expect(trail.section == "Northern Ireland")
        #expect(trail.headline == "Stormont talks: Parties given 'last chance' to restore power-sharing before Christmas")
        let bareNews = parse(["Phones", "News", "OnePlus confirms 5G phone for Europe early next year, and it won't be Pro-only"] + body)
        #expect(bareNews.section == "Phones")
        let series = parse(["Environment", "Climate crisis", "Alpine glaciers shed a record share of their ice in one summer",
                            "Researchers say the loss shows how quickly the mountains are warming"] + body)
        #expect(series.section == "Environment")
        let titleCase = parse(["Business", "Economy & Business", "Retailers brace for the shortest holiday season since 2013"] + body)
        #expect(titleCase.section == "Economy & Business")
        #expect(!Array("Arts and Culture".utf8).withUnsafeBufferPointer(HeaderReader.isSentenceCaseLabel))
        #expect(Array("Coronavirus outbreak".utf8).withUnsafeBufferPointer(HeaderReader.isSentenceCaseLabel))
    }

    @Test("a lone job word under the name, a bracketed ticker and 'Place an Ad' name no section")
    func notSections() {
        let reporter = parse(["Regional banks brace for slower loan growth as rates stay low", "Brian Cheung", "Reporter",
                              "December 3, 2019, 11:42 AM EST",
                              "Regional lenders are warning investors that 2020 could bring the slowest loan growth in years.",
                              "Executives said demand from businesses had cooled as trade tensions weighed on investment."])
        #expect(reporter.section == nil)
        let ticker = parse(["Why Shares of Chewy Jumped 12% Today",
                            "The online pet retailer posted a narrower-than-expected loss and raised its sales outlook.",
                            "Rich Duprey", "(CHWY)", "Dec 11, 2019 at 4:17PM",
                            "Shares of online pet supplies retailer Chewy jumped 12% in trading today after the company reported.",
                            "Chewy said net sales rose 40% to $1.28 billion, ahead of what Wall Street had expected."])
        #expect(ticker.section == nil)
        #expect(KnownPhrases.exactLines["place an ad"] == .promo)
    }

    /// Two body paragraphs under every header these tests build.
    private let body = ["The Glacier Monitoring Switzerland network said on Tuesday that the glaciers had lost 800 million cubic metres of ice.",
                        "That is roughly the amount of water the country's households use in a year, researchers said."]

    @Test("a date after a lead-in sentence, and 'Updated …; Posted …' read as update and publication")
    func dateLeadInsAndPostedCuts() {
        let leadIn = parse(["Swiss glaciers lost 2% of their volume this year",
                            "This content was published on November 19, 2019 11:30 AM Nov 19, 2019 - 11:30", "Simon Bradley"] + body)
        #expect(leadIn.published?.iso == "2019-11-19T11:30:00")
        #expect(leadIn.byline.map(\.name) == ["Simon Bradley"])
        let article = parse(["Swiss glaciers lost 2% of their volume this year", "This article was published on November 19, 2019"] + body)
        #expect(article.published?.text == "November 19, 2019")
        let posted = parse(["Portland City Council approves new rules for sidewalk camping cleanups",
                            "Updated Nov 21, 2019; Posted Nov 20, 2019"] + body)
        #expect(posted.published?.iso == "2019-11-20")
        #expect(posted.updated?.iso == "2019-11-21")
        #expect(DateRule.mayOpenLabel(UInt8(ascii: "t")) && DateRule.labelStarts.contains(UInt8(ascii: "t")))
    }

    @Test("bylines: a surname that is a language, labelled writers, a glued handle before the date, affiliations, repeats")
    func bylineShapes() {
        let english = parse(["Cork's Event Centre site to be sold as developer walks away from project", "By Eoin English",
                             "Tuesday, November 19, 2019 - 06:45 AM"] + body)
        #expect(english.byline.map(\.name) == ["Eoin English"])
        #expect(BylineRule.isRole("Al Arabiya English") && !BylineRule.isRole("Eoin English"))
        let writers = parse(["Govt to extend emergency flood fund to 12 provinces", "PUBLISHED : 20 Nov 2019 at 17:42",
                             "WRITER: Aekarach Sattaburuth and Mongkol Bangprapa"] + body)
        #expect(writers.byline.map(\.name) == ["Aekarach Sattaburuth", "Mongkol Bangprapa"])
        let handle = parse(["Nvidia's new Jarvis toolkit aims to make conversational AI work in real time",
                            "Kyle Wiggers@Kyle_L_Wiggers November 19, 2019 6:00 AM"] + body)
        #expect(handle.byline.map(\.name) == ["Kyle Wiggers"])
        #expect(handle.published?.text == "November 19, 2019 6:00 AM")
        let paired = BylineRule.people(in: "Nadia Kessler, ProPublica Illinois, and Owen Traylor, Gulf Coast Ledger")
        #expect(paired == [BylineEntry(name: "Nadia Kessler", role: "ProPublica Illinois"),
                           BylineEntry(name: "Owen Traylor", role: "Gulf Coast Ledger")])
        #expect(BylineRule.people(in: "Jane Roe, John Doe, Ann Lee, and Bob Smith").map(\.name) == ["Jane Roe", "John Doe", "Ann Lee", "Bob Smith"])
        let card = parse(["Lizzo, Billie Eilish Lead 2020 Grammy Nominations", "By", "Jon Blistein", "Jon Blistein",
                          "November 20, 2019 9:14AM ET"] + body)
        #expect(card.byline.map(\.name) == ["Jon Blistein"])
    }

    @Test("a 'By' line under share buttons is the byline; a summary label is no name; a one-line trail gives its last level")
    func bylineAfterButtonsAndSummaries() {
        let shares = parse(["Cuyahoga County to close downtown jail annex, move inmates to main jail", "Updated Nov 19, 2019; Posted Nov 19, 2019",
                            "Facebook Share", "Twitter Share", "By Kaylee Remington, cleveland.com"] + body)
        #expect(shares.byline.map(\.name) == ["Kaylee Remington"])
        #expect(shares.discarded.first { $0.text == "Facebook Share" }?.reason == .share)
        let summary = parse(["News", "MPs reject bid to scrap cap on interest rates", "Wednesday November 20 2019", "In Summary",
                             "The lawmakers voted 142 to 96 to retain the cap, defying a memo from the President.",
                             "Treasury says the law has choked credit to small businesses.", "By DAVID MWERE"] + body)
        #expect(summary.byline.map(\.name) == ["DAVID MWERE"])
        let trail = parse(["Thailand > Politics", "Govt to extend emergency flood fund to 12 provinces", "20 Nov 2019 at 17:42"] + body)
        #expect(trail.section == "Politics")
        #expect(ArticleBuilder.deepestLevel(of: "Home › News › World") == "World")
        #expect(ArticleBuilder.deepestLevel(of: "Q&A > ") == "Q&A > ")
    }

    @Test("a byline cut off from the headline by a share count still leaves the header at the date above it")
    func headerAtEarlierCluster() {
        let article = parse(["Place an Ad", "Politics", "Portland City Council approves new rules for sidewalk camping cleanups",
                             "Updated Nov 21, 2019; Posted Nov 20, 2019", "Facebook Share", "Twitter Share", "Email Share", "45", "shares",
                             "By Everton Bailey Jr. | The Oregonian/OregonLive"] + body)
        #expect(article.headline == "Portland City Council approves new rules for sidewalk camping cleanups")
        #expect(article.byline.map(\.name) == ["Everton Bailey Jr."])
        #expect(article.published?.iso == "2019-11-20")
    }

    @Test("a reading-time note, 'Contact X on Twitter' and glued share counts are furniture; a dek over share buttons is the standfirst")
    func readingTimeContactsAndDeks() {
        for line in ["4 minutes to read", " 4 minutes to read", "5 min read", "3-minute read", "Reading time: 4 minutes"] {
            #expect(Array(line.utf8).withUnsafeBufferPointer(LayoutGates.isReadingTime), "\(line)")
        }
        for line in ["4 minutes of rain fell", "Read 5 stories", "12 minutes"] {
            #expect(!Array(line.utf8).withUnsafeBufferPointer(LayoutGates.isReadingTime), "\(line)")
        }
        #expect(Array("Contact Jon Blistein on Twitter".utf8).withUnsafeBufferPointer(LayoutGates.isContactOrSignOff))
        let station = parse(["Watch FOX 5 DC Live", "Metro leaders propose fare cuts for weekend riders", "Published November 19, 2019"] + body)
        #expect(station.headline == "Metro leaders propose fare cuts for weekend riders")
        #expect(station.discarded.first?.reason == .promo)
        let reading = parse(["Home / New Zealand", "Auckland water restrictions 'likely' as dams drop below 60 per cent",
                             "20 Nov, 2019 5:00am", " 4 minutes to read"] + body)
        #expect(reading.section == nil)  // the reading-time note under the date is no section
        #expect(reading.discarded.first { $0.text.contains("minutes to read") }?.reason == .label)
        let dek = parse(["Dubai RTA to launch driverless taxi trials on Jumeirah Beach Road", "Angel Tesorero",
                         "Filed on November 20, 2019 | Last updated on November 20, 2019 at 06.59 pm",
                         "The first phase will cover a 4km stretch between Dubai Marina and Umm Suqeim.", "Facebook", "Twitter", "Email"] + body)
        #expect(dek.standfirst == ["The first phase will cover a 4km stretch between Dubai Marina and Umm Suqeim."])
        let underDates = parse(["education", "Sweden to give teachers right to confiscate pupils' mobile phones",
                                "Published: 19 November 2019 11:42 CET", "Updated: 19 November 2019 14:05 CET",
                                "Swedish teachers will be given the legal right to collect pupils' mobile phones during lessons.",
                                "File photo of a pupil using a mobile phone in a Swedish classroom. Photo: Jessica Gow/TT", "Emma Löfgren",
                                "Share this article"] + body)
        #expect(underDates.standfirst == ["Swedish teachers will be given the legal right to collect pupils' mobile phones during lessons."])
        let tagline = parse(["Shale Drillers Are Cutting Budgets Again", "Nov 20, 2019, 08:00am EST",
                             "I cover oil and gas, energy technology and the billionaires behind them.", "Facebook", "Twitter"] + body)
        #expect(tagline.standfirst.isEmpty)
    }

    @Test("a repeated menu label right above the headline is the section, under an upper-level label above it")
    func repeatedLabelUnderUpperLevel() {
        let menu = ["Home", "News", "Politics", "Sport", "Opinion", "Scotland's Voice", "Newsletters"]
        let article = parse(menu + ["Shop", "News", "Nicola Sturgeon says indyref2 request will go to Westminster before Christmas",
                                    "By Andrew Learmonth", "19 Nov 2019"] + body)
        #expect(article.section == "News")
        #expect(article.headline == "Nicola Sturgeon says indyref2 request will go to Westminster before Christmas")
    }
}
