@testable import Copydesk
import Testing

/// Header shapes found by the tenth round of probing other publishers' layouts (twenty-third pass).
@Suite("Rules for more publishers' layouts, round 10")
struct LayoutProbeRound10Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// Two body paragraphs under every header these tests build.
    private let body = ["Tenants rallied outside the building on Tuesday to demand repairs that the landlord promised two years ago.",
                        "The city's housing agency said it had opened an inquiry into the complaints, officials said on Wednesday."]

    /// A site menu printed one item per line above the header.
    private let menu = ["Skip to main content", "The Valley Ledger", "Search", "Newsletters", "Donate", "Menu", "Topics", "Projects",
                        "Local", "Events", "About"]

    private let headline = "In One Ohio County, Jail Video Calls Didn't Add to Family Visits. They Replaced Them."
    private let byline = ["By Maya Lindqvist", "Published 11.14.2024 6:00 a.m."]

    @Test("the label closing the menu right above the headline is the section")
    func menuEndLabelIsSection() {
        let article = parse(menu + ["Jails", headline] + byline + body)
        #expect(article.headline == headline)
        #expect(article.section == "Jails")
        #expect(article.byline.map(\.name) == ["Maya Lindqvist"])
        #expect(article.body.map(\.text) == body)
        // a menu item naming a kind of content or a page of the site is no section
        for item in ["Videos", "Latest", "Search", "More"] {
            #expect(parse(menu + [item, headline] + byline + body).section == nil, "\(item)")
        }
        // nor a numbered item
        #expect(parse(menu + ["Top 10", headline] + byline + body).section == nil)
    }

    @Test("a slash trail opening with 'Home' gives its last level")
    func homeSlashTrail() {
        #expect(ArticleBuilder.levelAfterHome("Home/College Basketball") == "College Basketball")
        #expect(ArticleBuilder.levelAfterHome("Home / News / World") == "World")
        #expect(ArticleBuilder.levelAfterHome("Israel/Gaza") == nil)
        #expect(ArticleBuilder.levelAfterHome("Homes") == nil)
        #expect(ArticleBuilder.levelAfterHome("Home/") == nil)
        #expect(ArticleBuilder.deepestLevel(of: "Home/College Basketball") == "College Basketball")
        let article = parse(menu + ["Home/College Basketball", "Cyclones Storm Back From 14 Down to Stun No. 9 Baylor"] + byline + body)
        #expect(article.section == "College Basketball")
    }

    @Test("a bare name right over share buttons closes the header as a byline would")
    func bareNameOverShareButtons() {
        let title = "Warehouse Workers Were Promised Relief From the Heat. They're Still Waiting."
        let dek = "California adopted an indoor heat standard last year. In the Inland Empire, workers say almost nobody is enforcing it."
        let article = parse(menu + ["Society / March 5, 2024", title, dek, "Marisol Ortega", "Share", "Copy Link", "Facebook"] + body)
        #expect(article.headline == title)
        #expect(article.standfirst == [dek])
        #expect(article.byline.map(\.name) == ["Marisol Ortega"])
        #expect(article.body.map(\.text) == body)
    }

    @Test("dates in Italian, French, German, Spanish and Portuguese anchor the header")
    func foreignMonthNames() {
        let title = "Venice to charge access fee on 54 days in 2025"
        for date in ["19 novembre 2024", "19 dicembre 2024", "19 oktober 2024", "19 octubre 2024", "19 outubro 2024"] {
            let article = parse(["English", "News", "Politics", "Business", title, "By Marco Bellini", date] + body)
            #expect(article.headline == title, "\(date)")
            #expect(article.published?.text == date)
        }
        #expect(DateText.months["novembre"] == 11 && DateText.months["gennaio"] == 1 && DateText.months["julho"] == 7)
        // words that are names or English words too stay out
        for word in ["mars", "mai", "mayo", "julio"] { #expect(DateText.months[word] == nil, "\(word)") }
    }

    @Test("two writers stacked with their outlets: both are the byline, and the block is no menu")
    func stackedWritersWithOutlets() {
        let title = "IPS board votes to close two east side elementary schools, merge students into Arlington campus"
        let stacked = parse([title, "By Amelia Ruiz", "Indianapolis Star", "By Jared Okafor", "Indianapolis Star",
                             "Published 6:00 a.m. ET Nov. 28, 2023"] + body)
        #expect(stacked.headline == title)
        #expect(stacked.byline.map(\.name) == ["Amelia Ruiz", "Jared Okafor"])
        #expect(stacked.body.map(\.text) == body)
        // bare names over a repeated outlet: the headline stays
        let bare = parse([title, "Amelia Ruiz", "Indianapolis Star", "Jared Okafor", "Indianapolis Star",
                          "Published 6:00 a.m. ET Nov. 28, 2023"] + body)
        #expect(bare.headline == title)
        #expect(bare.byline.first?.name == "Amelia Ruiz")
        // a job title under a byline is no second writer
        let titled = parse([title, "By Amelia Ruiz", "Local Democracy Reporter", "Published 6:00 a.m. ET Nov. 28, 2023"] + body)
        #expect(titled.byline.map(\.name) == ["Amelia Ruiz"])
    }

    @Test("a 'By' line of writers each with a job after 'a' or 'an', up to twenty words")
    func writersWithJobs() {
        let line = "By Irina Volkova, a reporter at Foreign Policy, and Thomas Hale, a senior editor at Foreign Policy."
        let article = parse(["Moldova Braces for a Winter Without Russian Gas", line, "November 19, 2024, 4:25 PM"] + body)
        #expect(article.byline.map(\.name) == ["Irina Volkova", "Thomas Hale"])
        #expect(article.byline.map(\.role) == ["a reporter at Foreign Policy", "a senior editor at Foreign Policy"])
        #expect(article.standfirst.isEmpty)
    }

    @Test("a button word under the headline is no section")
    func buttonIsNoSection() {
        let bytes = Array("Listen".utf8)
        #expect(!bytes.withUnsafeBufferPointer { HeaderReader.mayNameSection($0) })
        let health = Array("Health".utf8)
        #expect(health.withUnsafeBufferPointer { HeaderReader.mayNameSection($0) })
    }

    @Test("a summary box printed with no blank line ends before a paragraph of over thirty words")
    func summaryBoxBeforeLongParagraph() {
        let points = ["Uganda wants Kenya to admit up to 90,000 tonnes of its sugar a year duty-free under the customs union.",
                      "Kenya says it must protect its cane farmers and suspects some sugar is re-exported from outside the region."]
        let lead = "Kenya and Uganda have failed to resolve a long-running dispute over sugar exports after a meeting of trade officials in "
            + "Arusha last week ended without agreement on how much Ugandan sugar Nairobi should allow into its market duty-free."
        let article = parse(["Kenya, Uganda sugar row resurfaces as EAC trade talks stall", "By Allan Olingo", "December 09, 2024",
                             "What you need to know:"] + points + [lead] + body)
        #expect(article.standfirst == points)
        #expect(article.body.first?.text == lead)
    }
}
