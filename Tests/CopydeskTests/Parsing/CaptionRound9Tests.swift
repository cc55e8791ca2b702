@testable import Copydesk
import Testing

/// Caption and credit shapes found by the ninth round of probing other publishers' layouts (twenty-second pass, captions).
@Suite("Captions and credits, round 9")
struct CaptionRound9Tests {
    /// The shared test page around a picture (`CaptionTestPage`).
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }
    private let before = CaptionTestPage.before, after = CaptionTestPage.after

    @Test("a 'Name for The Outlet' line under its caption sentence is the credit, a repeat too; a title-case line elsewhere is none")
    func forOutletLines() {
        let caption = "Tamika Rowe keeps a printed call schedule on her refrigerator in Mansfield, Ohio."
        let credit = "Hannah Whitcomb for The Marshall Project"
        let second = "The lobby of the county jail, where a row of video kiosks replaced the visiting booths."
        let article = parse(before + [caption, credit] + after + [second, credit, "A last paragraph of the story with more plain news text in it for the reader."])
        #expect(article.media.map(\.caption) == [caption, second])
        #expect(article.media.map(\.credit) == [credit, credit])
        // no caption sentence above: the line stays where it was
        let plain = parse(before + ["Hope Rises for Flood Victims"] + after)
        #expect(plain.media.isEmpty)
    }

    @Test("a name and an outlet run onto the caption: '. Name for Rest of World', '.Name | NJ Advance Media for NJ.com', 'Visual: Name for Undark'")
    func outletTails() {
        let drivers = "Drivers wait for fares outside a shopping mall in the Westlands district."
        CaptionTestPage.expectCaptioned("\(drivers) Brian Otieno for Rest of World", drivers, "Brian Otieno for Rest of World")
        let bike = "A bill advancing in the state Legislature would require riders to register their bikes with the state."
        CaptionTestPage.expectCaptioned("\(bike)Aristide Economopoulos | NJ Advance Media for NJ.com", bike, "Aristide Economopoulos | NJ Advance Media for NJ.com")
        let bee = "A sweat bee forages on white clover in a Minneapolis park."
        CaptionTestPage.expectCaptioned("\(bee) Visual: Priya Venkataraman for Undark", bee, "Priya Venkataraman for Undark")
        CaptionTestPage.expectCaptioned("\(bee) Visual: Courtesy of Rhea Sandoval", bee, "Courtesy of Rhea Sandoval")
        // a button or function word where the name stands, or a lower-case outlet: no credit
        CaptionTestPage.expectNoCaption(["\(drivers) Read More | The Daily Herald", "\(drivers) Jane Doe for rest of world", "The key is visual: the design speaks for itself."])
    }

    @Test("credit lines naming a picture library or a sports wire: 'ANP/Alamy Stock Photo', 'Dale Marsh-USA TODAY Sports'")
    func libraryCreditLines() {
        for line in ["ANP/Alamy Stock Photo", "Alamy Stock Photo", "Dale Marsh-USA TODAY Sports", "Kirby Lee-Imagn Images"] {
            CaptionTestPage.expectRole(line, .caption(.credit(line, captionAbove: true)))
        }
        CaptionTestPage.expectNoCaption(["Buy Stock Photo", "Jean-Pierre Raffarin", "Mary Smith-Jones", "Coca-Cola Products", "Read More-Top Stories"])
        let caption = "Iowa State guard Keshon Gilbert scored 31 points in a comeback win over Baylor on Tuesday night."
        let article = parse(before + [caption, "Dale Marsh-USA TODAY Sports"] + after)
        #expect(article.media.map(\.caption) == [caption])
        #expect(article.media.map(\.credit) == ["Dale Marsh-USA TODAY Sports"])
    }

    @Test("a credit run onto the caption: 'Name address' whose address holds the surname, ' | Name/Outlet', '. —NAME IN CAPITALS'")
    func runOnCredits() {
        let buses = "Dozens of routes have gone without a regular driver since January."
        CaptionTestPage.expectCaptioned("\(buses) Khadejeh Nikouyeh knikouyeh@charlotteobserver.com", buses, "Khadejeh Nikouyeh knikouyeh@charlotteobserver.com")
        let dhaka = "A DNCC worker sprays larvicide at a construction site in Uttara on Sunday, March 10, 2024"
        CaptionTestPage.expectCaptioned("\(dhaka) | Mehedi Hasan/Dhaka Tribune", dhaka, "Mehedi Hasan/Dhaka Tribune")
        let heat = "HEAT BREAK Pupils cool themselves with handheld fans during a morning class on Tuesday."
        CaptionTestPage.expectCaptioned("\(heat) —JOAN P. VILLANUEVA", heat, "JOAN P. VILLANUEVA")
        // an address that is not the name's, a glued dash before lower-case words: no credit
        CaptionTestPage.expectNoCaption(["\(buses) Khadejeh Nikouyeh news@charlotteobserver.com", "\(heat) —Joan Villanueva"])
    }

    @Test("a 'By NAME [address]' line under a paragraph is the writers' line, never the paragraph's photo credit")
    func byLineIsNoCredit() {
        let quote = "\"We designed the system so that it does not know who you are,\" Kim said."
        let article = parse(before + after + [quote, "BY KIM JU-YEON, SEO JI-EUN [seo.jieun1@joongang.co.kr]", "A closing paragraph of the story with plain news text in it."])
        #expect(article.media.isEmpty)
        #expect(article.body.contains { $0.text == quote })
    }

    @Test("a title-case link under share buttons is no caption of the credit under it")
    func linkUnderButtonsIsNoCaption() {
        let article = parse(["Board votes to approve the housing plan", "By Jane Doe", "Nov. 19, 2019", "Share on Facebook", "Share by email",
                             "Media Contact & Reprint Requests", "(Illustration: Lex Villena)"] + after)
        #expect(!article.media.contains { $0.caption == "Media Contact & Reprint Requests" })
    }
}
