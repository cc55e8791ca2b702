@testable import Copydesk
import Testing

/// Header, credit and furniture shapes found by the eighth round of probing other publishers' layouts (twenty-first pass).
@Suite("Rules for more publishers' layouts, round 8")
struct LayoutProbeRound8Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// Two body paragraphs under every header these tests build.
    private let body = ["Tenants rallied outside the building on Tuesday to demand repairs that the landlord promised two years ago.",
                        "The city's housing agency said it had opened an inquiry into the complaints, officials said on Wednesday."]

    @Test("a 'Buy Photo' button pasted after a caption's bracketed credit is cut off the line, by both line splitters")
    func pastedBuyPhotoButton() {
        let caption = "Milwaukee County Executive Chris Abele speaks to reporters after the vote Thursday at the Courthouse."
        let line = caption + " (Photo: Mike De Sisti / Milwaukee Journal Sentinel)Buy Photo"
        let article = parse(["County board approves budget that restores three bus routes", "By Jane Doe", "Nov. 19, 2019", body[0], line, body[1]])
        #expect(article.media.map(\.caption) == [caption])
        #expect(article.media.map(\.credit) == ["Mike De Sisti / Milwaukee Journal Sentinel"])
        #expect(article.body.map(\.text) == body)
        let page = "Before\n" + line + "  \n(Photo: X) Buy Photo\nWhy Buy Photo\nA line ending in Buy Photo\n"
        let plain = LineSplitter.lines(of: page).map { String($0.text) }
        #expect(plain == ["Before", caption + " (Photo: Mike De Sisti / Milwaukee Journal Sentinel)", "(Photo: X)", "Why Buy Photo",
                          "A line ending in Buy Photo"])
        var fast: [String] = []
        var text = page
        text.withUTF8 { bytes in
            for found in TextLine.lines(in: bytes) { fast.append(String(decoding: bytes[found.start..<found.end], as: UTF8.self)) }
        }
        #expect(fast == plain)
    }

    @Test("a headline of two sentences ending with a stop, over the writers' names or over its dek, a credit and a name pair")
    func stoppedHeadlines() {
        let names = parse(["LOCAL", "TRANSPORTATION",
                           "Pittsburgh Regional Transit's bus redesign would end service on 11 routes. Riders in the East Hills say they'd be stranded.",
                           "HANNAH WOLCOTT AND DEREK PIRELLI", "Pittsburgh Post-Gazette", "MAR 4, 2024"] + body)
        #expect(names.headline == "Pittsburgh Regional Transit's bus redesign would end service on 11 routes. Riders in the East Hills say they'd be stranded.")
        #expect(names.byline.map(\.name).prefix(2) == ["HANNAH WOLCOTT", "DEREK PIRELLI"])
        #expect(names.section == "TRANSPORTATION")
        let dek = parse(["A Colorado co-op will close its last coal plant 6 years early. The town next door wants a plan.",
                         "Mesa Ridge Electric says solar and batteries will save members money. Workers are asking what happens to them.",
                         "Hyoung Chang / The Denver Post via Getty Images", "Maya Ferrante & Theo Lindgren", "Published", "Mar 04, 2024"] + body)
        #expect(dek.headline == "A Colorado co-op will close its last coal plant 6 years early. The town next door wants a plan.")
        #expect(dek.standfirst.first == "Mesa Ridge Electric says solar and batteries will save members money. Workers are asking what happens to them.")
        #expect(dek.byline.map(\.name) == ["Maya Ferrante", "Theo Lindgren"])
        #expect(dek.section == nil)
        #expect(dek.discarded.contains(DiscardedLine(line: 5, text: "Published", reason: .label)))
        // a plain title with no stop still wins over a sentence above it
        let plain = parse(["Officials say the tender was rigged from the start.", "Court jails former health officials over rigged tender",
                           "By Jane Doe", "March 5, 2024"] + body)
        #expect(plain.headline == "Court jails former health officials over rigged tender")
    }

    @Test("two names joined by 'and' or '&' with no 'By' are the byline; titles and single words are no name pair")
    func namePairs() {
        let pair = parse(["Cincinnati streetcar extension to Uptown would cost $310M, new study says. Who would pay?",
                          "Dani Kessler and Marcus Hale", "Cincinnati Enquirer", "Published 5:02 a.m. ET March 12, 2024"] + body)
        #expect(pair.byline.map(\.name).prefix(2) == ["Dani Kessler", "Marcus Hale"])
        #expect(pair.standfirst.isEmpty)
        for text in ["Dani Kessler and Marcus Hale", "Maya Ferrante & Theo Lindgren", "HANNAH WOLCOTT AND DEREK PIRELLI"] {
            #expect(BylineRule.isNamePair(text[...]), "\(text)")
        }
        for text in ["Pride and Prejudice", "Salt and Pepper Shakers Sold Out", "Jane Doe", "Rates rise and markets fall today",
                     "Trump and Biden", "Staff Writer and Associated Press"] {
            #expect(!BylineRule.isNamePair(text[...]), "\(text)")
        }
    }

    @Test("a writer's block printed a line a part over the date is no menu: name, place, outlet; name, job title, 'Published'")
    func writerBlocks() {
        let place = parse(["Home", "News", "North Macedonia Court Jails Ex-Health Officials Over Rigged Hospital Tender",
                           "A former deputy health minister and two hospital managers were sentenced to prison for rigging a tender.",
                           "Goce Stojanovski", "Skopje", "BIRN", "March 5, 2024"] + body)
        #expect(place.headline == "North Macedonia Court Jails Ex-Health Officials Over Rigged Hospital Tender")
        #expect(place.byline.map(\.name) == ["Goce Stojanovski"])
        #expect(place.standfirst.count == 1)
        #expect(place.section != "Skopje")
        let role = parse(["Economy", "Colorado child care workers got a pandemic-era raise. Now the money is gone.",
                          "The end of a stipend program that paid early educators up to $6,000 a year has providers bracing for another wave of departures from the field.",
                          "Jessica Arroyo", "Economy reporter", "Published", "March 4, 2024, 5:00 a.m. CT"] + body)
        #expect(role.headline == "Colorado child care workers got a pandemic-era raise. Now the money is gone.")
        #expect(role.byline == [BylineEntry(name: "Jessica Arroyo", role: "Economy reporter")])
        #expect(role.published?.text != nil)
        #expect(role.section == "Economy")
    }

    @Test("'By — Name, Outlet' bylines, one writer a line")
    func dashedBylines() {
        let article = parse(["Nation", "As rural hospitals stop delivering babies, some parents face hour-long drives in labor",
                             "By — Dana Whitfield, Associated Press", "By — Marco Esteves, Associated Press", "Oct 7, 2024 5:12 PM EDT"] + body)
        #expect(article.byline == [BylineEntry(name: "Dana Whitfield", role: "Associated Press"),
                                   BylineEntry(name: "Marco Esteves", role: "Associated Press")])
        #expect(article.section == "Nation")
        let two = parse(["Rates rise again as the central bank fights inflation", "By Jane Doe", "By John Roe", "Oct 7, 2024"] + body)
        #expect(two.byline.map(\.name) == ["Jane Doe", "John Roe"])
    }

    @Test("a section label in capitals closing a menu, or over the date over the headline; 'UK', kickers and ad labels are none")
    func capitalSections() {
        let menu = ["Home", "News", "Sports", "Opinion", "Obituaries", "Legals", "Subscribe", "Sign In"]
        let caps = parse(menu + ["EDUCATION", "JCPS will cut 40 bus routes next fall and move some start times. What parents need to know",
                                 "Priya Raman", "Published 4:15 p.m. ET April 18, 2024"] + body)
        #expect(caps.section == "EDUCATION")
        let dated = parse(["Log in", "Subscribe", "nature", "news", "article", "NEWS", "04 March 2024",
                           "Tropical tree seedlings are climbing mountains faster than anyone predicted", "By Freya Lindqvist"] + body)
        #expect(dated.section == "NEWS")
        let abbreviation = parse(menu + ["News", "UK", "Commuters stranded for hours after train breaks down inside tunnel", "Jen Mills",
                                         "Tuesday 19 Nov 2019 8:49 am"] + body)
        #expect(abbreviation.section == nil)
        let allCapsMenu = parse(["HOME", "NEWS", "SPORTS", "OPINION", "EDUCATION", "Council approves the budget after a long debate on Monday",
                                 "By Jane Doe", "March 4, 2024"] + body)
        #expect(allCapsMenu.section == nil)
        #expect(HeaderReader.isCapitals(Array("EDUCATION".utf8).withUnsafeBufferPointer { $0 }))
        #expect(!Array("UK".utf8).withUnsafeBufferPointer(HeaderReader.isCapitals))
        #expect(!Array("News".utf8).withUnsafeBufferPointer(HeaderReader.isCapitals))
    }

    @Test("a time under the date is no video; 'Name/Gleaner Writer' by the date is the byline, a photographer's 'Name/Title' a credit")
    func timesAndSlashBylines() {
        let time = parse(["North Macedonia court jails former health officials over rigged tender", "By Goce Stojanovski",
                          "March 5, 2024", "12:38"] + body)
        #expect(time.media.isEmpty)
        #expect(time.discarded.contains(DiscardedLine(line: 4, text: "12:38", reason: .label)))
        let writer = parse(["News", "Rustlers strike again in St Catherine North as farmers count losses",
                            "Published:Sunday | March 3, 2024 | 12:08 AM", "Shanique Bryan/Gleaner Writer"] + body)
        #expect(writer.byline == [BylineEntry(name: "Shanique Bryan", role: "Gleaner Writer")])
        #expect(writer.media.isEmpty)
        #expect(BylineRule.nameSlashWriter("Jo Roe/Senior Staff Reporter") != nil)
        #expect(BylineRule.nameSlashWriter("Ricardo Makyn/Chief Multimedia Editor") == nil)
        #expect(BylineRule.nameSlashWriter("Jo Roe/Staff Photographer") == nil)
        #expect(BylineRule.nameSlashWriter("Reuters/Writer") == nil)
    }

    @Test("the first tag under 'Filed under:' or 'Topic' near the headline names a section the header lacks")
    func taggedSections() {
        let filed = parse(["Eater Chicago", "Sign Up", "Filed under:", "Chicago Restaurant Openings", "Logan Square", "Tacos",
                           "A Beloved Logan Square Taqueria Is Reopening Inside a Former Bank Vault",
                           "by Lena Ortiz-Brandt Mar 5, 2024, 11:02am CST"] + body)
        #expect(filed.section == "Chicago Restaurant Openings")
        let topic = parse(["A Colorado co-op will close its last coal plant six years early. The town next door wants a plan.",
                           "Maya Ferrante & Theo Lindgren", "Mar 04, 2024", "Topic", "Energy", "Share"] + body)
        #expect(topic.section == "Energy")
        let sentence = parse(["Council approves the budget after a long debate on Monday", "By Jane Doe", "March 4, 2024", "Topics:",
                              "The council met for six hours before the vote."] + body)
        #expect(sentence.section == nil)
        for label in ["Filed under:", "TOPIC", "Categories:"] { #expect(Array(label.utf8).withUnsafeBufferPointer(HeaderReader.isTagLabel)) }
        for label in ["Filed", "Topical", "Tags:"] { #expect(!Array(label.utf8).withUnsafeBufferPointer(HeaderReader.isTagLabel)) }
    }
}
