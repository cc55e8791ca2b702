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
        // nor a numbered or sentence-like item, nor one without a menu line above it
        #expect(parse(menu + ["Top 10", headline] + byline + body).section == nil)
        #expect(parse(["Jails", headline] + byline + body).section == nil)
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
}
