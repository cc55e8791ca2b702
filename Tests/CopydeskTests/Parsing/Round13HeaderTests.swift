@testable import Copydesk
import Testing

/// Header rules found on the twelfth round of publisher probes (the held-out pages 1401–1420), in the twenty-fifth pass.
@Suite("Header rules from the twelfth round's held-out pages (1401–1420)")
struct Round13HeaderTests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }

    /// Two body paragraphs under every invented header.
    private let body = CaptionTestPage.bodyUnderHeader

    @Test("'Today' closing an outlet's name in a byline is no date; the outlet after the role is no second writer")
    func todayInsideAName() {
        let article = parse(["Health", "Wearable monitors miss most high readings in a clinic study",
                             "by Ana Ruiz, Staff Writer, Harbor Today", "April 2, 2024"] + body)
        #expect(article.published?.text == "April 2, 2024")
        #expect(article.byline.map(\.name) == ["Ana Ruiz"])
        #expect(BylineRule.people(in: "Ana Ruiz, Staff Writer, Harbor Today").map(\.name) == ["Ana Ruiz"])
        #expect(DateRule.match(text: "Updated Today") != nil)
    }

    @Test("a dek opened by an em dash is the standfirst without the dash")
    func dashedStandfirst() {
        let article = parse(["Health", "Wearable monitors miss most high readings in a clinic study",
                             "— Wrist devices read systolic pressure low by 11 points on average", "By Ana Ruiz", "April 2, 2024"] + body)
        #expect(article.standfirst == ["Wrist devices read systolic pressure low by 11 points on average"])
    }

    @Test("'DATE| by NAME' gives the date and the writer")
    func dateThenByName() {
        let article = parse(["News", "Aarhus to test car-free Sundays in the old town this summer",
                             "The city will close streets in the centre to private cars on four Sundays",
                             "May 3rd, 2024 9:15 am| by Søren Bæk-Olsen"] + body)
        #expect(article.byline.map(\.name) == ["Søren Bæk-Olsen"])
        #expect(article.published?.iso == "2024-05-03T09:15:00")
        #expect(article.standfirst == ["The city will close streets in the centre to private cars on four Sundays"])
    }

    @Test("a slash trail ending in the title names the section; 'Name  Place' and a reading note before the date")
    func slashTrailWithTitle() {
        let article = parse(["Home / Markets / News / Two lenders end merger talks over price, say people familiar",
                             "Two lenders end merger talks over price, say people familiar",
                             "The two banks had been in talks since January to form a larger regional lender",
                             "Meera Kapoor  Chennai", "5 min read Last Updated : Apr 2 2024 | 9:15 AM IST"] + body)
        #expect(article.section == "Markets")
        #expect(article.headline == "Two lenders end merger talks over price, say people familiar")
        #expect(article.byline.map(\.name) == ["Meera Kapoor"])
        #expect(article.published?.iso == "2024-04-02T09:15:00+05:30")
        #expect(article.standfirst == ["The two banks had been in talks since January to form a larger regional lender"])
        #expect(ArticleBuilder.deepestLevel(of: "Home / News / World") == "World")
    }

    @Test("a menu item repeated over the headline ends the menu: the lines above it are no headline")
    func repeatedMenuItemOverHeadline() {
        let article = parse(["Skip to content", "Channel 9 News", "News", "Local", "Crime", "Politics", "Weather", "Sports", "Video",
                             "Morning Show", "Contests", "Local", "Neighbours rally to save old oaks from a parking project",
                             "By Tom Reyes, Channel 9 News", "April 2, 2024 at 4:10 pm PDT"] + body)
        #expect(article.headline == "Neighbours rally to save old oaks from a parking project")
        #expect(article.section == "Local")
        #expect(article.standfirst.isEmpty)
    }

    @Test("under a trail of one level a line, a short title over its dek is the headline and the trail's end the section")
    func stackedTrailOverReviewTitle() {
        let article = parse(["Home", "Reviews", "Phones", "Orbit X2 Review",
                             "A light phone with a great battery, held back by a slow camera and a dim screen",
                             "By Lena Ortiz", "April 2, 2024"] + body)
        #expect(article.headline == "Orbit X2 Review")
        #expect(article.section == "Phones")
        #expect(article.standfirst == ["A light phone with a great battery, held back by a slow camera and a dim screen"])
    }

    @Test("a press release's issuer line is no headline; the menu's last item names the section across the date")
    func pressReleaseHeader() {
        let article = parse(["Latest News", "Channels", "Science", "Medicine", "Science News", "Released: 2-Apr-2024 9:00 AM EDT",
                             "Source Newsroom: Northfield Institute of Ocean Research",
                             "Kelp forests regrow faster where sea urchins are fished, study finds"] + body)
        #expect(article.headline == "Kelp forests regrow faster where sea urchins are fished, study finds")
        #expect(article.section == "Science News")
        #expect(article.byline.isEmpty)
        #expect(article.discarded.contains { $0.text.hasPrefix("Source Newsroom:") })
    }

    @Test("a press release's '###' end line closes the body: the boilerplate under it is no article text")
    func releaseEndMark() {
        let article = parse(["Kelp forests regrow faster where sea urchins are fished, study finds", "By Lena Ortiz", "April 2, 2024"] + body + [
            "",
            "The study was funded by a national science agency and a private ocean trust.",
            "###",
            "About the Northfield Institute",
            "The Northfield Institute of Ocean Research is a nonprofit research centre on the northern coast, founded in 1961.",
        ])
        #expect(article.body.last?.text == "The study was funded by a national science agency and a private ocean trust.")
        #expect(!article.body.contains { $0.text == "###" || $0.text.hasPrefix("The Northfield Institute") })
        #expect(article.discarded.contains { $0.text == "###" })
        #expect(Array("# # #".utf8).withUnsafeBufferPointer { BodySpan.isReleaseEnd($0) })
        #expect(!Array("#1".utf8).withUnsafeBufferPointer { BodySpan.isReleaseEnd($0) })
    }
}
