@testable import Copydesk
import Testing

/// Caption and credit shapes found by the sixth round of probing other publishers' layouts (twentieth pass, captions).
@Suite("Captions and credits, round 6")
struct CaptionRound6Tests {
    /// The shared test page around a picture (`CaptionTestPage`).
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }
    private let before = CaptionTestPage.before, after = CaptionTestPage.after

    /// Expects the classifier and its frozen reference to read `line` as `caption` with `credit`.
    private func expectCaptioned(_ line: String, _ caption: String, _ credit: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let role = LineRole.caption(.captioned(text: caption, credit: credit))
        #expect(LineClassifier.classify(textLine(line)) == role, "\(line)", sourceLocation: sourceLocation)
        #expect(RefLineClassifier.classify(textLine(line)) == role, "\(line)", sourceLocation: sourceLocation)
    }

    @Test("a bracketed credit after a caption sentence: a bar, a web address, a four-word outlet, worded credits, a trailing handle")
    func bracketedCredits() {
        let caption = "Commissioner Jo Smith speaks at the meeting in Las Vegas on Tuesday."
        for credit in ["Jo Doe | Times", "John Kuntz, cleveland.com", "Jo Doe, The Kansas City Star", "Jo Doe, The Dallas Morning News",
                       "Staff photo by Jo Doe", "Express photo by Praveen Khanna", "Courtesy of Clark County", "Courtesy photo", "File photo",
                       "Provided", "Special to the AJC"] {
            expectCaptioned("\(caption) (\(credit))", caption, credit)
        }
        expectCaptioned("The Church of Scientology's Flag Building, center, looms over downtown Clearwater. [ DOUGLAS R. CLIFFORD | Times ]",
                        "The Church of Scientology's Flag Building, center, looms over downtown Clearwater.", "DOUGLAS R. CLIFFORD | Times")
        expectCaptioned("Commissioners approved the plan 7-0 on Tuesday at the Government Center in Las Vegas. (Chase Stevens/Las Vegas Review-Journal) @csstevensphoto",
                        "Commissioners approved the plan 7-0 on Tuesday at the Government Center in Las Vegas.", "Chase Stevens/Las Vegas Review-Journal")
        // notes and short asides in brackets stay text
        for line in ["The council met on Monday to hear the case. (Provided by law)", "The council met on Monday to hear the case. (Read More)",
                     "The council met on Monday to hear the case. (Courtesy)",
                     "The council met on Monday to hear the case. (Updated 2019)"] {
            #expect(LineClassifier.classify(textLine(line)) == .text, "\(line)")
            #expect(RefLineClassifier.classify(textLine(line)) == .text, "\(line)")
        }
        #expect(CaptionRule.isWebAddress("cleveland.com") && CaptionRule.isWebAddress("nola.com") && !CaptionRule.isWebAddress("Cleveland")
                && !CaptionRule.isWebAddress("e.g.") && !CaptionRule.isWebAddress("cleveland."))
    }

    @Test("a credit run onto the caption sentence with no bracket: 'Photo /', 'PHOTO |', a dash, 'Author provided', a glued web address")
    func unbracketedCredits() {
        expectCaptioned("Watercare says Aucklanders may face restrictions by February if the dry spell continues. Photo / Michael Craig",
                        "Watercare says Aucklanders may face restrictions by February if the dry spell continues.", "Michael Craig")
        expectCaptioned("The Hunua Ranges dams near Auckland. Photo / Supplied", "The Hunua Ranges dams near Auckland.", "Supplied")
        expectCaptioned("Majority Leader Aden Duale during a session in Parliament on November 19, 2019. PHOTO | JEFF ANGOTE | NATION MEDIA GROUP",
                        "Majority Leader Aden Duale during a session in Parliament on November 19, 2019.", "JEFF ANGOTE | NATION MEDIA GROUP")
        expectCaptioned("The autonomous taxis will carry two passengers at a time during the trial. - Supplied photo",
                        "The autonomous taxis will carry two passengers at a time during the trial.", "Supplied photo")
        expectCaptioned("RTA officials at the press conference on Wednesday. - Photo by Shihab", "RTA officials at the press conference on Wednesday.", "Shihab")
        let gum = "A dead river red gum on the Mooki River. Trees along creek lines are vital shelter for koalas in hot weather."
        expectCaptioned("\(gum) Rebecca Lindqvist, Author provided", gum, "Rebecca Lindqvist, Author provided")
        expectCaptioned("\(gum) Author provided", gum, "Author provided")
        expectCaptioned("\(gum) Supplied", gum, "Supplied")
        expectCaptioned("Executive Armond Budish speaks during a news conference Tuesday about the county jail.John Kuntz, cleveland.com",
                        "Executive Armond Budish speaks during a news conference Tuesday about the county jail.", "John Kuntz, cleveland.com")
        // a sentence that only ends with such words stays text
        for line in ["The money for the new school was supplied", "The board said the figures were provided", "The full results are posted every week at cleveland.com",
                     "The taxis will carry two passengers at a time. - a new photo", "Officials spoke on Wednesday. - Photo by the river bank"] {
            #expect(LineClassifier.classify(textLine(line)) == .text, "\(line)")
            #expect(RefLineClassifier.classify(textLine(line)) == .text, "\(line)")
        }
    }

    @Test("'caption phrase | Name/AFP via Getty Images' splits at the bar; a page title's '| Reuters' does not")
    func barredAgencyCredit() {
        expectCaptioned("European Council President Donald Tusk arrives at an EU summit in Brussels | Kenzo Tribouillard/AFP via Getty Images",
                        "European Council President Donald Tusk arrives at an EU summit in Brussels", "Kenzo Tribouillard/AFP via Getty Images")
        #expect(CaptionRule.joinedCredit("Oil prices fall as supply fears ease across markets | Reuters") == nil)
        #expect(CaptionRule.joinedCredit("Oil prices fall as supply fears ease across world markets | Business and Economy News") == nil)
    }

    @Test("'Agency / Name Name' alone is a credit line; a section trail or a button pair is not")
    func agencyFirstCredit() {
        #expect(CaptionRule.agencySlashName("Keystone / Jean-christophe Bott") == .credit("Keystone / Jean-christophe Bott", captionAbove: true))
        for line in ["NATIONAL / SOCIAL ISSUES", "Join / Sign In", "News / World", "Sport / Rugby Union / Six Nations"] {
            #expect(CaptionRule.agencySlashName(line[...]) == nil, "\(line)")
        }
        let page = parse(before + ["The Rhone glacier in canton Valais is wrapped in blankets every summer to slow its melting.",
                                   "Keystone / Jean-christophe Bott"] + after)
        #expect(page.media.map(\.caption) == ["The Rhone glacier in canton Valais is wrapped in blankets every summer to slow its melting."])
        #expect(page.media.map(\.credit) == ["Keystone / Jean-christophe Bott"])
    }

    @Test("a 'Credit:' line no other rule reads is a credit of its own, kept out of the body")
    func longCreditLine() {
        let line = "Credit: Amanda Montañez; Source: “Large Loss of CO2 in Winter,” by Susan M. Natali et al., in Nature Climate Change, Vol. 9; November 2019"
        let credit = "Amanda Montañez; Source: “Large Loss of CO2 in Winter,” by Susan M. Natali et al., in Nature Climate Change, Vol. 9; November 2019"
        #expect(LineClassifier.classify(textLine(line)) == .caption(.credit(credit, captionAbove: false)))
        #expect(RefLineClassifier.classify(textLine(line)) == .caption(.credit(credit, captionAbove: false)))
        let page = parse(before + [line] + after)
        #expect(page.media.map(\.credit) == [credit])
        #expect(page.media.map(\.caption) == [nil])
        #expect(!page.body.contains { $0.text.contains("Amanda") })
    }

    @Test("the caption under a 'Share on Pinterest' button; a bookmark tooltip is furniture; 'Above:' leaves the caption")
    func pageShapes() {
        let pinterest = parse(before + ["Share on Pinterest", "New research suggests that prolonged sitting may harm the heart, regardless of exercise."] + after)
        #expect(pinterest.media.map(\.caption) == ["New research suggests that prolonged sitting may harm the heart, regardless of exercise."])
        #expect(pinterest.media.map(\.credit) == [nil])
        #expect(pinterest.discarded.contains { $0.text == "Share on Pinterest" && $0.reason == .share })
        let buttons = parse(before + ["Share on Pinterest", "Share on Facebook"] + after)
        #expect(buttons.media.isEmpty)
        let tooltip = parse(before + ["Save Story", "Save this story for later.", "Photograph by Win McNamee / Getty",
                                      "Former colleagues of Marie Yovanovitch say the State Department itself now feels as if it is on trial."] + after)
        #expect(tooltip.media.map(\.caption) == ["Former colleagues of Marie Yovanovitch say the State Department itself now feels as if it is on trial."])
        #expect(tooltip.media.map(\.credit) == ["Win McNamee / Getty"])
        let above = parse(before + ["Above: A diagram of the Jarvis pipeline.", "Image Credit: Nvidia"] + after)
        #expect(above.media.map(\.caption) == ["A diagram of the Jarvis pipeline."])
        #expect(above.media.map(\.credit) == ["Nvidia"])
        #expect(CaptionRule.droppingPlacementLead("Top: the new stadium") == "Top: the new stadium")
        #expect(CaptionRule.droppingPlacementLead("Pictured: Jo Roe at the launch.") == "Jo Roe at the launch.")
    }

    @Test("a 'Photo: X' line over a caption that ends with the same credit takes no caption: the headline above stays the headline")
    func creditOverItsCaption() {
        let headline = "Atlanta to pay $4 million to family of man who died after police Taser use"
        let caption = "Loretta Rhodes holds a photograph of her son during the Atlanta City Council meeting on Monday, Nov. 18, 2019."
        let page = parse(["News", headline, "", "Photo: ALYSSA POINTER/ALYSSA.POINTER@AJC.COM", "\(caption) ALYSSA POINTER/ALYSSA.POINTER@AJC.COM",
                          "By Jane Doe", "Nov. 19, 2019"] + after)
        #expect(page.headline == headline)
        #expect(page.media.map(\.caption) == [caption])
        #expect(page.media.map(\.credit) == ["ALYSSA POINTER/ALYSSA.POINTER@AJC.COM"])
    }
}
