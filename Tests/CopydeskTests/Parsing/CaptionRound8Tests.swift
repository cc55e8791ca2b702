@testable import Copydesk
import Testing

/// Caption and credit shapes found by the eighth round of probing other publishers' layouts (twenty-first pass, captions).
@Suite("Captions and credits, round 8")
struct CaptionRound8Tests {
    /// The shared test page around a picture (`CaptionTestPage`).
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }
    private let before = CaptionTestPage.before, after = CaptionTestPage.after

    @Test("an ASCII bracket or slash next to a non-ASCII character is found on the Characters: '(© Reuters)', '(Name Doé/AFP)'")
    func bracketNextToNonASCII() {
        let tram = "Work on the tram line near the Kirchberg viaduct."
        for line in ["\(tram) (© Reuters)", "\(tram) (Joaquim Doé/AFP)", "Smoke rises over the city on Tuesday. (é)"] {
            let text = line[...]
            #expect(text.lastIndex(ofASCII: UInt8(ascii: "(")) == text.lastIndex(of: "("), "\(line)")
            #expect(text.lastIndex(ofASCII: UInt8(ascii: "/")) == text.lastIndex(of: "/"), "\(line)")
        }
        CaptionTestPage.expectCaptioned("\(tram) (© Reuters)", tram, "Reuters")
        CaptionTestPage.expectCaptioned("\(tram) (Joaquim Doé/AFP)", tram, "Joaquim Doé/AFP")
    }

    @Test("a copyright mark before the credit after a caption sentence: '. © Luxtram', '(© Luxtram)'; a dated notice is none")
    func copyrightCredits() {
        let tram = "Work on the tram line near the Kirchberg viaduct."
        CaptionTestPage.expectCaptioned("\(tram) © Luxtram", tram, "Luxtram")
        CaptionTestPage.expectCaptioned("\(tram) © RTL Archiv", tram, "RTL Archiv")
        CaptionTestPage.expectCaptioned("\(tram) (© Luxtram)", tram, "Luxtram")
        let coast = "Wind turbines line the coast near Ishikari. Hokkaido hopes to attract industries that can use its surplus renewable power."
        CaptionTestPage.expectCaptioned("\(coast) © Kyodo", coast, "Kyodo")
        CaptionTestPage.expectNoCaption(["Terms of use apply to all pages. © 2024 Luxtram", "The tram opens next spring. © all rights reserved",
                         "The tram opens next spring. (© 2024 Luxtram)", "Tram opens. (© Luxtram)"])
    }

    @Test("agencies no table knows in square brackets after a caption sentence: '[InTime News]', '[Kathimerini]'; notes stay text")
    func squareBracketCredits() {
        let athens = "Patients wait on stretchers in the corridor of a hospital emergency department in Athens."
        CaptionTestPage.expectCaptioned("\(athens) [InTime News]", athens, "InTime News")
        CaptionTestPage.expectCaptioned("\(athens) [Kathimerini]", athens, "Kathimerini")
        CaptionTestPage.expectNoCaption(["\(athens) [Applause]", "\(athens) [Laughter]", "\(athens) [Read More]", "\(athens) [Latest News]", "\(athens) (Kathimerini)",
                         "\(athens) [Opinion]", "\(athens) [AB]"])
    }

    @Test("a labelled credit after its caption may hold lower-case words: 'Photo: Birżebbuġa local council/Facebook', 'Photo: courtesy of the family'")
    func looseLabelledCredits() {
        CaptionTestPage.expectCaptioned("Slime at the Kalanka inlet in Birżebbuġa. Photo: Birżebbuġa local council/Facebook", "Slime at the Kalanka inlet in Birżebbuġa.",
                        "Birżebbuġa local council/Facebook")
        CaptionTestPage.expectCaptioned("Slime at the Kalanka inlet. Photo: Marsaxlokk local council/Facebook", "Slime at the Kalanka inlet.", "Marsaxlokk local council/Facebook")
        CaptionTestPage.expectCaptioned("The victim as a student in 2010. Photo: courtesy of the family", "The victim as a student in 2010.", "courtesy of the family")
        CaptionTestPage.expectCaptioned("The post shared on Sunday. Image: screenshot/X", "The post shared on Sunday.", "screenshot/X")
        // no caption before the label, a video label, a sentence or button words after it: no loose credit
        CaptionTestPage.expectNoCaption(["Photo: protesters gather outside the parliament", "The bridge fell on Monday. Video: watch the moment it fell",
                         "The bridge fell on Monday. Photo: click here to see more", "The bridge fell on Monday. Photo: the council said it would be rebuilt soon after"])
    }

    @Test("Malay Mail credits after a dash: '— Picture by Name', '— Bernama pic'; and '(Picture by Name)' in brackets")
    func pictureByCredits() {
        let mayor = "Kuala Lumpur mayor Datuk Seri Kamarulzaman Ismail speaks to reporters in Kuala Lumpur March 18, 2024."
        CaptionTestPage.expectCaptioned("\(mayor) — Picture by Sayuti Zainudin", mayor, "Sayuti Zainudin")
        CaptionTestPage.expectCaptioned("\(mayor) — Bernama pic", mayor, "Bernama")
        CaptionTestPage.expectCaptioned("\(mayor) — Reuters pic", mayor, "Reuters")
        CaptionTestPage.expectCaptioned("\(mayor) (Picture by Sayuti Zainudin)", mayor, "Sayuti Zainudin")
        CaptionTestPage.expectNoCaption(["\(mayor) — a pic", "\(mayor) — Picture by the river bank at dawn today", "The mayor spoke on Monday. — see pic"])
    }

    @Test("'(Name for The 19th)': an outlet word may open with a digit; a photographer lead is dropped from a trailing agency credit")
    func outletAndLeadCredits() {
        let teachers = "Teachers at a Pueblo, Colorado, child care center prepare a classroom before children arrive."
        CaptionTestPage.expectCaptioned("\(teachers) (Teresa Albright for The 19th)", teachers, "Teresa Albright for The 19th")
        CaptionTestPage.expectNoCaption(["\(teachers) (Jo Doe for 2 years)"])
        let nurse = "A nurse checks on a newborn in the maternity unit of a hospital in Lebanon, New Hampshire, on Sept. 12, 2024."
        CaptionTestPage.expectCaptioned("\(nurse) Photo by Reba Saldanha/AP", nurse, "Reba Saldanha/AP")
        CaptionTestPage.expectCaptioned("\(nurse) REUTERS/Brendan McDermid", nurse, "REUTERS/Brendan McDermid")
    }

    @Test("a bracketed credit's closing ', File' is not counted against its word limit")
    func fileNote() {
        let hq = "Boston police headquarters on Tremont Street in Roxbury."
        CaptionTestPage.expectCaptioned("\(hq) (Staff Photo By Chris Arsenault/ MediaNews Group/Boston Herald, File)", hq,
                        "Staff Photo By Chris Arsenault/ MediaNews Group/Boston Herald, File")
        CaptionTestPage.expectCaptioned("\(hq) (Staff Photo By Chris Arsenault/ MediaNews Group/Boston Herald)", hq,
                        "Staff Photo By Chris Arsenault/ MediaNews Group/Boston Herald")
        CaptionTestPage.expectNoCaption(["\(hq) (Staff Photo By Chris Arsenault/ MediaNews Group/Boston Herald and Others, File)"])
    }

    @Test("'Do Not Sell/Share My Personal Information' is a link, no photographer's credit; 'Sam Lens/NPR' still is one")
    func buttonSlashLines() {
        CaptionTestPage.expectNoCaption(["Do Not Sell/Share My Personal Information", "Sign In/Register Now", "Privacy Policy/Terms", "Log In/Subscribe"])
        CaptionTestPage.expectRole("Sam Lens/NPR", .caption(.credit("Sam Lens/NPR", captionAbove: true)))
        CaptionTestPage.expectRole("NASA/JPL-Caltech/University of Arizona", .caption(.credit("NASA/JPL-Caltech/University of Arizona", captionAbove: true)))
        let page = parse(before + ["Do Not Sell/Share My Personal Information"] + after)
        #expect(page.media.isEmpty)
    }

    @Test("'(Top photo: Name / Agency)' under the story credits the lead picture: no caption is taken for it")
    func leadPictureCredit() {
        let line = "(Top photo: Christopher Mast / NHLI via Getty Images)"
        CaptionTestPage.expectRole(line, .caption(.credit("Christopher Mast / NHLI via Getty Images", captionAbove: false)))
        CaptionTestPage.expectRole("[Main image: Jo Roe/Reuters]", .caption(.credit("Jo Roe/Reuters", captionAbove: false)))
        CaptionTestPage.expectNoCaption(["(Top story: the council votes on the plan)", "(Top photo: click here to see more of the pictures)"])
        let page = parse(before + after + [line])
        #expect(page.media.map(\.caption) == [nil])
        #expect(page.media.map(\.credit) == ["Christopher Mast / NHLI via Getty Images"])
        #expect(page.body.count == 3 && page.related.isEmpty)
    }

    @Test("a lone worded credit ('Contributed') heads the caption under it; other single words stay text")
    func loneCreditWord() {
        CaptionTestPage.expectRole("Contributed", .caption(.credit("Contributed", captionAbove: true)))
        CaptionTestPage.expectRole("Supplied", .caption(.credit("Supplied", captionAbove: true)))
        CaptionTestPage.expectNoCaption(["contributed", "Contributors", "Submitted", "Provided", "Handouts", "Supplies"])
        let caption = "Devon Campbell shows the empty pen in Treadways, St Catherine, from which thieves took 14 of his goats last Tuesday night."
        let page = parse(["Rustlers strike again in St Catherine North as farmers count losses", "By Shanique Bryan", "March 3, 2024",
                          "Contributed", caption] + after)
        #expect(page.media.map(\.caption) == [caption])
        #expect(page.media.map(\.credit) == ["Contributed"])
        #expect(!page.body.contains { $0.text == caption })
    }

    @Test("a gallery's counter and gesture hint over a credit: the hint is furniture, the caption is the line under the credit")
    func galleryHint() {
        let first = "A Board of Water Supply crew repairs a broken main along Kapahulu Avenue in 2023. The utility says about a third of its pipes are old."
        let second = "Board of Water Supply Manager Keola Akana speaks during a board meeting Monday at the Beretania Street headquarters."
        let page = parse(["Board of Water Supply proposes rate hikes", "By Kainoa Medeiros", "May 21, 2024", "1/2", "Swipe or click to see more",
                          "CRAIG KAHANANUI / CKAHANANUI@STARADVERTISER.COM", first, "2/2", "Swipe or click to see more",
                          "KEVIN TANABE / KTANABE@STARADVERTISER.COM", second] + after)
        #expect(page.media.map(\.caption) == [first, second])
        #expect(page.media.map(\.credit) == ["CRAIG KAHANANUI / CKAHANANUI@STARADVERTISER.COM", "KEVIN TANABE / KTANABE@STARADVERTISER.COM"])
        #expect(page.discarded.contains { $0.text == "Swipe or click to see more" && $0.reason == .mediaLabel })
        #expect(!page.body.contains { $0.text == first })
        for (text, hint) in [("Swipe or click to see more", true), ("Tap to enlarge", true), ("Swiped cards are refunded", false), ("Click", false)] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { ContextRules.isGestureHint($0) } == hint, "\(text)")
        }
    }
}
