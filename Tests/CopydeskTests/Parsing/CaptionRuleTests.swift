@testable import Copydesk
import Testing

@Suite("Captions and credits")
struct CaptionRuleTests {
    private func match(_ line: String) -> CaptionRule.Match? { CaptionRule.match(textLine(line)) }

    @Test("'Credit...' and 'Credit…' labels need no colon, glued to the caption or not")
    func ellipsisCredits() {
        let cases: [(String, CaptionRule.Match)] = [
            ("A library branch in Queens.Credit...Jane Doe for The New York Times",
             .captioned(text: "A library branch in Queens.", credit: "Jane Doe for The New York Times")),
            ("A library branch in Queens. Credit...Jane Doe", .captioned(text: "A library branch in Queens.", credit: "Jane Doe")),
            ("A library branch.Credit…Jane Doe/Reuters", .captioned(text: "A library branch.", credit: "Jane Doe/Reuters")),
            ("Credit...Jane Doe", .credit("Jane Doe", captionAbove: true)),
        ]
        for (line, match) in cases {
            #expect(CaptionRule.match(textLine(line)) == match, "\(line)")
            #expect(RefCaptionRule.match(textLine(line)) == match, "\(line)")
        }
        #expect(CaptionRule.match(textLine("Prices rose... and then fell")) == nil)
    }

    @Test("'(Outlet: Name)' and '(Name for Outlet)' after a full caption sentence are its credit, kept whole")
    func outletCredits() {
        let cases: [(String, CaptionRule.Match?)] = [
            ("Perth residents sweltered through a fourth day above 40C on Sunday.(ABC News: Andrew O'Connor)",
             .captioned(text: "Perth residents sweltered through a fourth day above 40C on Sunday.", credit: "ABC News: Andrew O'Connor")),
            ("Crowds gathered outside the court in the city centre on Monday. (Reuters: José Pérez)",
             .captioned(text: "Crowds gathered outside the court in the city centre on Monday.", credit: "Reuters: José Pérez")),
            ("Senate Majority Leader John Thune speaks to reporters on Friday. (Tom Brenner for The Washington Post)",
             .captioned(text: "Senate Majority Leader John Thune speaks to reporters on Friday.", credit: "Tom Brenner for The Washington Post")),
            ("He said the plan would work (Treasury: see page 4)", nil),
            ("The council voted on the plan for the harbour on Monday. (Click here for details)", nil),
            ("Crowds gathered on Monday. (ABC News: Andrew O'Connor)", nil),  // too short to be a caption sentence
        ]
        for (line, match) in cases {
            #expect(CaptionRule.match(textLine(line)) == match, "\(line)")
            #expect(RefCaptionRule.match(textLine(line)) == match, "\(line)")
        }
    }

    @Test("labelled and bracketed credits at the end of a caption", arguments: [
        ("A boat in the harbour. Photo: Jane Roe", "A boat in the harbour.", "Jane Roe"),
        ("Crowds gather (Image: GETTY )", "Crowds gather", "GETTY"),
        ("Troops remain in the country [File: Reuters]", "Troops remain in the country", "Reuters"),
        ("A man loads trims outside a store in Hialeah, Fla. (AP Photo/Alan Diaz, File)",
         "A man loads trims outside a store in Hialeah, Fla.", "AP Photo/Alan Diaz, File"),
        ("1of4A shopper looks at cords in Grass Valley. (Elias Funez/The Union via AP)", "A shopper looks at cords in Grass Valley.",
         "Elias Funez/The Union via AP"),
        ("Traders work on the floor in New York, U.S., November 18, 2019. REUTERS/Brendan McDermid",
         "Traders work on the floor in New York, U.S., November 18, 2019.", "REUTERS/Brendan McDermid"),
        ("Rep. Ilhan Omar speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file",
         "Rep. Ilhan Omar speaks at the Capitol on July 25, 2019.", "J. Scott Applewhite / AP file"),
        ("The senator speaks in Washington on Tuesday. AFP via Getty Images", "The senator speaks in Washington on Tuesday.",
         "AFP via Getty Images"),
        ("A module for a crewed Mars mission. Credit: ESA", "A module for a crewed Mars mission.", "ESA"),
        ("Police at the scene (Photo by John Smith/Getty Images)", "Police at the scene", "John Smith/Getty Images"),
        ("Fans queue outside the stadium (AFP via Getty Images)", "Fans queue outside the stadium", "AFP via Getty Images"),
        ("Fans queue outside the stadium (Getty Images)", "Fans queue outside the stadium", "Getty Images"),
    ])
    func captioned(line: String, text: String, credit: String) {
        #expect(match(line) == .captioned(text: text, credit: credit))
    }

    @Test("credit-only lines say whether the caption is above")
    func creditOnly() {
        #expect(match("Photo: Hau Dinh, AP") == .credit("Hau Dinh, AP", captionAbove: true))
        #expect(match("(Image: © NASA/ESA/K. Retherford/SWRI)") == .credit("NASA/ESA/K. Retherford/SWRI", captionAbove: true))
        #expect(match("Image copyright Getty Images") == .credit("Getty Images", captionAbove: false))
        #expect(match("© REUTERS / POOL") == .credit("REUTERS / POOL", captionAbove: false))
        #expect(match("Sam Lens/NPR") == .credit("Sam Lens/NPR", captionAbove: true))
        #expect(match("Image: Commuters wait at a station in London") == .caption("Commuters wait at a station in London"))
        #expect(match("Robots fold shirts in a demo. Courtesy of FoldCo") == .captioned(text: "Robots fold shirts in a demo.", credit: "FoldCo"))
        #expect(match("Image caption Swift's seventh album is hers") == .caption("Swift's seventh album is hers"))
    }

    @Test("gallery links and ordinary sentences are not captions")
    func notCaptions() {
        #expect(match("Photos: Crossgates Mall through the years") == nil)
        #expect(match("He said the picture: a mess, frankly, and getting worse by the day.") == nil)
        #expect(match("Sales rose 24/7 across the board, the company said.") == nil)
    }

    @Test("caption toggles and gallery counters are dropped")
    func toggles() {
        #expect(CaptionRule.droppingToggle("Esper shakes hands in Hanoi. less") == "Esper shakes hands in Hanoi.")
        #expect(CaptionRule.isCollapsedCopy(textLine("Esper shakes hands ... more")))
        #expect(CaptionRule.droppingGalleryCounter("2of4A shopper") == "A shopper")
    }
}
