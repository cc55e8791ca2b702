@testable import Copydesk
import Testing

/// Header rules found on the fourteenth round of publisher probes (the pages 1601–1620, unseen until this pass), in the twenty-sixth pass.
@Suite("Header rules from round 14 (the unseen pages 1601–1620)")
struct Round14HeaderTests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }

    /// Two body paragraphs under every invented header.
    private let body = CaptionTestPage.bodyUnderHeader

    @Test("a label glued to the section by a colon ('Topic:Bridges') is no part of the section")
    func gluedTopicLabel() {
        let article = parse(["Home", "News", "Topic:Bridges", "Council shuts the old river bridge for a year of repairs",
                             "By Ana Ruiz", "April 2, 2024"] + body)
        #expect(article.section == "Bridges")
        #expect(ArticleBuilder.deepestLevel(of: "Section: Health") == "Health")
        #expect(ArticleBuilder.deepestLevel(of: "Israel/Gaza") == "Israel/Gaza")
        #expect(ArticleBuilder.deepestLevel(of: "Exclusive: Inside the deal") == "Exclusive: Inside the deal")
        #expect(ArticleBuilder.valueAfterLabel("10:30") == nil)
    }

    @Test("a summary box whose sentences run on into the body ends before a line half as long again as its first")
    func summaryRunningIntoBody() {
        let article = parse(["Council shuts the old river bridge for a year of repairs", "By Ana Ruiz", "April 2, 2024",
                             "What you need to know:",
                             "The bridge carries about 20,000 cars a day across the river.",
                             "The council voted on Tuesday to close the old bridge for a year of repairs, officials said after the long meeting.",
                             "Work on the bearings will start in May and is expected to cost about four million dollars, the city said.",
                             "Drivers will be sent over the ring road while the work goes on, and buses will run every ten minutes instead of fifteen during the whole closure, the transport office said in a statement on Wednesday.",
                             "A ferry will also run in the mornings."])
        #expect(article.standfirst == ["The bridge carries about 20,000 cars a day across the river."])
        #expect(article.body.first?.text.hasPrefix("The council voted on Tuesday") == true)
    }

    @Test("a summary box ended by a blank line keeps all its lines")
    func summaryEndedByBlank() {
        let article = parse(["Council shuts the old river bridge for a year of repairs", "By Ana Ruiz", "April 2, 2024",
                             "Key points:",
                             "The bridge carries about 20,000 cars a day across the river.",
                             "Work on the bearings will start in May."] + body)
        #expect(article.standfirst == ["The bridge carries about 20,000 cars a day across the river.", "Work on the bearings will start in May."])
    }

    @Test("a short sentence right under the headline, the date above it, over a lead half as long again: the dek")
    func dekOverLongerLead() {
        let lead = "The council voted on Tuesday to close the old bridge for a year of repairs after engineers found cracks in two of its bearings during a routine inspection in March, officials said after the meeting at the town hall."
        let article = parse(["Local", "Tuesday, 2/4/2024 | 10:12 GMT+7", "Council shuts the old river bridge for a year of repairs",
                             "Drivers will be sent over the ring road while the work goes on.", lead,
                             "Work on the bearings will start in May and is expected to cost about four million dollars, the city said."])
        #expect(article.standfirst == ["Drivers will be sent over the ring road while the work goes on."])
        #expect(article.body.first?.text == lead)
    }

    @Test("a lead under the headline with no longer paragraph under it stays in the body")
    func leadOverShorterParagraph() {
        let article = parse(["Local", "Tuesday, 2/4/2024 | 10:12 GMT+7", "Council shuts the old river bridge for a year of repairs",
                             "Drivers will be sent over the ring road while the work goes on.",
                             "Work on the bearings will start in May and is expected to cost about four million dollars, the city said."])
        #expect(article.standfirst.isEmpty)
        #expect(article.body.first?.text == "Drivers will be sent over the ring road while the work goes on.")
    }

    @Test("an outlet's name before a spaced comma and the date is the byline; a section or a dateline there is not")
    func outletThenDate() {
        let article = parse(["Local", "Council shuts the old river bridge for a year of repairs", "Harbor Online , Tuesday 2 Apr 2024"] + body)
        #expect(article.byline.map(\.name) == ["Harbor Online"])
        #expect(article.published?.iso == "2024-04-02")
        #expect(BylineRule.matchNameThenDate("Reuters , Tuesday 2 Apr 2024")?.names.map(\.name) == ["Reuters"])
        #expect(BylineRule.matchNameThenDate("Middle East , Tuesday 2 Apr 2024") == nil)
        #expect(BylineRule.matchNameThenDate("HARBOR , Tuesday 2 Apr 2024") == nil)
    }

    @Test("a trail of repeated menu items whose levels the menu lists one under the other names its deepest level")
    func menuTreeTrail() {
        let menu = ["Harbor Herald", "Home", "News", "Coast", "Business", "Sport", "Opinion", "Life"]
        let article = parse(menu + ["News", "Coast", "Council shuts the old river bridge for a year of repairs", "By Ana Ruiz", "April 2, 2024"] + body)
        #expect(article.section == "Coast")
        #expect(article.headline == "Council shuts the old river bridge for a year of repairs")
    }

    @Test("repeated menu items far apart in the menu are no trail: no section")
    func repeatsFarApartInMenu() {
        let menu = ["Harbor Herald", "Home", "News", "Business", "Sport", "Opinion", "Life", "Travel", "Coast"]
        let article = parse(menu + ["News", "Coast", "Council shuts the old river bridge for a year of repairs", "By Ana Ruiz", "April 2, 2024"] + body)
        #expect(article.section == nil)
        #expect(article.headline == "Council shuts the old river bridge for a year of repairs")
        // the menu's head copied whole ("Home", "News", "Coast" as the menu opens) is no trail
        let head = parse(["Home", "News", "Coast", "Sport", "Search", "Home", "News", "Coast",
                          "Council shuts the old river bridge for a year of repairs", "By Ana Ruiz", "April 2, 2024"] + body)
        #expect(head.section == nil)
    }

    @Test("a place in capitals over the headline that the dateline under it repeats names the section")
    func datelinePlaceSection() {
        let menu = ["HARBOR HERALD", "NEWS", "BUSINESS", "SPORTS", "OPINION"]
        let article = parse(menu + ["PORTVILLE", "Council shuts the old river bridge for a year of repairs", "by Ana Ruiz",
                                    "PORTVILLE Apr 02, 2024 - 11:24 am GMT+3"] + body)
        #expect(article.section?.uppercased() == "PORTVILLE")
        let other = parse(menu + ["PORTVILLE", "Council shuts the old river bridge for a year of repairs", "by Ana Ruiz",
                                  "Apr 02, 2024 - 11:24 am GMT+3"] + body)
        #expect(other.section == nil)
    }

    @Test("a writer's name, job, e-mail and a 'Published:' label over the date are no menu: the headline above them stands")
    func writerBlockOverLabelledDate() {
        let menu = ["Harbor Herald", "Home", "News", "Local News", "Business", "Sport", "Letters", "Local News"]
        let article = parse(menu + ["Council shuts the old river bridge for a year of repairs", "Ana Ruiz", "Senior Reporter",
                                    "ana.ruiz@harbor.example", "Published:", "Tuesday, April 2, 2024"] + body)
        #expect(article.headline == "Council shuts the old river bridge for a year of repairs")
        #expect(article.byline.map(\.name) == ["Ana Ruiz"])
        #expect(article.section == "Local News")
    }

    @Test("the outlet after a writer's job, before 'and' and the next writer, is no writer")
    func outletBeforeNextWriter() {
        let line = "Ana Ruiz, Senior Staff Writer, Harbor Today and Tom Lee, Enterprise & Investigative Writer, Harbor Today"
        #expect(BylineRule.people(in: Substring(line)).map(\.name) == ["Ana Ruiz", "Tom Lee"])
        #expect(BylineRule.plainPeople(in: Substring(line)).map(\.name) == ["Ana Ruiz", "Tom Lee"])
        #expect(BylineRule.people(in: "Ana Ruiz and Tom Lee, Staff Writers").map(\.name) == ["Ana Ruiz", "Tom Lee"])
    }

    @Test("'NAME / date' under a dek is the byline, not a photo credit; a menu's last show ('… Podcast') names no section")
    func nameSlashDateByline() {
        let article = parse(["Harbor News", "Subscribe", "Top Stories", "Law", "Politics", "Opinion", "Morning Podcast",
                             "Judge doubts delivery app's bid to force drivers into arbitration",
                             "A federal judge appeared unconvinced that the drivers had agreed to the terms of the app.",
                             "ANA RUIZ / April 2, 2024"] + body)
        #expect(article.byline.map(\.name) == ["ANA RUIZ"])
        #expect(article.published?.iso == "2024-04-02")
        #expect(article.headline == "Judge doubts delivery app's bid to force drivers into arbitration")
        #expect(article.standfirst == ["A federal judge appeared unconvinced that the drivers had agreed to the terms of the app."])
        #expect(article.media.isEmpty)
        #expect(article.section == nil)
        CaptionTestPage.expectRole("Ana Ruiz / April 2, 2024", .byline(BylineRule.matchNameThenDate("Ana Ruiz / April 2, 2024")!))
    }

    @Test("a short subheading under a list of related titles, over a paragraph, ends the list and stays in the body")
    func subheadingAfterRelatedTitles() {
        let article = parse(["Council shuts the old river bridge for a year of repairs", "By Ana Ruiz", "April 2, 2024"] + body + [
            "Related Content",
            "Harbor's ferry service to add late boats on weekends this summer",
            "What the new port plan means for the town's fishing fleet",
            "Costs could rise",
            "The council said the final bill could grow if engineers find more damage once the deck is lifted in the autumn.",
            "Engineers will report to the council in September on the state of the deck and the cost of the work still to do.",
        ])
        #expect(article.body.contains { $0.text == "Costs could rise" })
        #expect(article.body.last?.text.hasPrefix("Engineers will report") == true)
        #expect(!article.body.contains { $0.text.hasPrefix("Harbor's ferry service") })
    }
}
