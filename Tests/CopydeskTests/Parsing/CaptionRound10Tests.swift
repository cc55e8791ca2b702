@testable import Copydesk
import Testing

/// Caption and credit shapes found by the tenth round of probing other publishers' layouts (twenty-third pass, captions).
@Suite("Captions and credits, round 10")
struct CaptionRound10Tests {
    /// The shared test page around a picture (`CaptionTestPage`).
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }
    private let before = CaptionTestPage.before, after = CaptionTestPage.after

    @Test("a credit on its own line under the caption: 'COURTESY OF X', 'Photo by: X', 'Name | Outlet'")
    func creditLinesUnderCaptions() {
        let caption = "Workers install refractory bricks inside a thermal battery at the Fresno site."
        for credit in ["COURTESY OF KILN ENERGY", "Courtesy of Kiln Energy"] {
            CaptionTestPage.expectRole(credit, .caption(.credit(credit, captionAbove: true)))
            let article = parse(before + [caption, credit] + after)
            #expect(article.media.map(\.caption) == [caption])
            #expect(article.media.map(\.credit) == [credit])
        }
        CaptionTestPage.expectRole("Photo by: Corvan", .caption(.credit("Corvan", captionAbove: true)))
        CaptionTestPage.expectRole("(Photo source: Shutterstock)", .caption(.credit("Shutterstock", captionAbove: true)))
        let farm = "Farmer Dale Brekken walks through a harvested soybean field near Marshall, Minn., on Nov. 16."
        let article = parse(before + [farm, "Kirsten Lund | MPR News"] + after)
        #expect(article.media.map(\.caption) == [farm])
        #expect(article.media.map(\.credit) == ["Kirsten Lund | MPR News"])
        // a sentence opening "Courtesy of", a lower-case source, a button: no credit
        CaptionTestPage.expectNoCaption(["Courtesy of the family.", "Courtesy of the county clerk", "Read More | The Daily Herald"])
    }

    @Test("a credit closing the caption's last sentence: '. Image by Name for Outlet.', '. Source: X', '. NAME (OUTLET)'")
    func closingCredits() {
        let dolphin = "A Bolivian river dolphin surfaces in the Ibare River near Trinidad, in Bolivia’s Beni department."
        CaptionTestPage.expectCaptioned("\(dolphin) Image by Camila Rojas for Mongabay.", dolphin, "Camila Rojas for Mongabay")
        let river = "A Bolivian river dolphin in the Mamoré River."
        CaptionTestPage.expectCaptioned("Banner image: \(river) Image by Omar Quiroga/Faunagua.", "Banner image: \(river)", "Omar Quiroga/Faunagua")
        let radar = "Sentinel-1 radar detections (yellow) inside the 12-nautical-mile zone on January 19, 2024."
        CaptionTestPage.expectCaptioned("\(radar) Source: Copernicus Sentinel data/Bellingcat", radar, "Copernicus Sentinel data/Bellingcat")
        let malaga = "Tourists walk along Calle Larios, in the center of Málaga, on November 12."
        CaptionTestPage.expectCaptioned("\(malaga) GARCÍA-SANTOS (EL PAÍS)", malaga, "GARCÍA-SANTOS (EL PAÍS)")
        // paragraphs that only look so: an image made by a person in a sentence, a source of lower-case words, a
        // bracket that is no credit
        CaptionTestPage.expectNoCaption([
            "The museum shows the collection from May. Image by image, the curators rebuilt the archive of the city.",
            "The agency published the figures on Monday. Source: the ministry said so in a statement",
            "The vote was delayed until after the holidays. READ MORE (LIVE)",
            "The ministry confirmed the figures on Monday. It added more data on Tuesday (PDF)",
        ])
        // the placement and caption labels are dropped from the caption
        let article = parse(before + ["Banner image: \(river) Image by Omar Quiroga/Faunagua."] + after
            + ["Caption: \(dolphin) Credit: Jun Okada for The Markup"])
        #expect(article.media.map(\.caption) == [river, dolphin])
        #expect(article.media.map(\.credit) == ["Omar Quiroga/Faunagua", "Jun Okada for The Markup"])
    }

    @Test("'. Photo by Name, address' closes the caption; a fuller 'Name, Outlet' line under it is the credit")
    func fullerCreditLine() {
        let lots = "Vacant lots line a block of Labadie Avenue in the Greater Ville neighborhood on Monday, Nov. 20, 2023."
        CaptionTestPage.expectCaptioned("\(lots) Photo by Christian Gooden, cgooden@post-dispatch.com", lots, "Christian Gooden")
        var article = parse(before + ["\(lots) Photo by Christian Gooden, cgooden@post-dispatch.com", "Christian Gooden, Post-Dispatch"] + after)
        #expect(article.media.map(\.caption) == [lots])
        #expect(article.media.map(\.credit) == ["Christian Gooden, Post-Dispatch"])
        // another name under the caption stays where it was
        article = parse(before + ["\(lots) Photo by Christian Gooden, cgooden@post-dispatch.com", "Jane Roe, Post-Dispatch"] + after)
        #expect(article.media.map(\.credit) == ["Christian Gooden"])
    }

    @Test("a caption ending ' - ALL RIGHTS RESERVED' over a '©' credit is that credit's caption")
    func reservedCaption() {
        let caption = "Tourists queue at the access-fee checkpoint near Santa Lucia station, Venice"
        let article = parse(before + ["\(caption) - ALL RIGHTS RESERVED", "© ANSA/EPA"] + after + ["ALL RIGHTS RESERVED © Copyright ANSA"])
        #expect(article.media.map(\.caption) == [caption])
        #expect(article.media.map(\.credit) == ["ANSA/EPA"])
        // a notice with no credit under it stays a notice
        let plain = parse(before + after + ["Copyright 2024 The Daily Herald - All rights reserved"])
        #expect(plain.media.isEmpty)
    }
}
