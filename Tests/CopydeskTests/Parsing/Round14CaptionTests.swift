@testable import Copydesk
import Testing

/// Caption, credit and furniture rules found on the fourteenth round's unseen pages (1601–1620) and older probes.
@Suite("Round 14: captions, credits and furniture in the body")
struct Round14CaptionTests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }

    @Test("an unpunctuated caption closed by '(Name Name / Outlet)' over a paragraph is captioned with that credit")
    func bracketedPhotographerAfterUnpunctuatedCaption() {
        let article = CaptionTestPage.page(["Harbour Minister Jo Tennant at the town hall (Alan Birch / Coast Pix)"])
        #expect(article.media.first?.caption == "Harbour Minister Jo Tennant at the town hall")
        #expect(article.media.first?.credit == "Alan Birch / Coast Pix")
        #expect(article.body.count == 3)
        // alone, the line may be a sentence's fragment: only the paragraph under it makes it a caption
        CaptionTestPage.expectNoCaption(["Harbour Minister Jo Tennant at the town hall (Alan Birch / Coast Pix)"])
        #expect(ContextRules.personOutletBracket("The minister spoke at the hall (on Friday / at noon)") == nil)
    }

    @Test("a dash credit of 'PHOTOGRAPHER / Outlet' after a caption sentence")
    func dashPhotographerSlashOutlet() {
        let line = "Pupils wait in line outside the new library on the first day of term. —MARA T. QUIZON / Harbour Daily Ledger"
        CaptionTestPage.expectCaptioned(line, "Pupils wait in line outside the new library on the first day of term.",
                                        "MARA T. QUIZON / Harbour Daily Ledger")
        // a lower-case photographer glued to the dash is no print-style credit
        #expect(CaptionRule.dashCredit("Pupils wait in line outside the new library today. —mara quizon / Harbour Ledger"[...]) == nil)
    }

    @Test("a slash-glued 'PHOTO/' label is dropped from the credit")
    func slashPhotoLabelDropped() {
        #expect(CaptionRule.droppingSlashLabel("PHOTO/ALAN BIRCH") == "ALAN BIRCH")
        #expect(CaptionRule.droppingSlashLabel("Photo / Alan Birch") == "Alan Birch")
        #expect(CaptionRule.droppingSlashLabel("Photographer Alan Birch") == "Photographer Alan Birch")
        #expect(CaptionRule.droppingSlashLabel(nil) == nil)
    }

    @Test("'Source: X' under an unpunctuated caption is that caption's credit")
    func sourceLineUnderCaption() {
        let article = CaptionTestPage.page(["The airline flies a fleet of nine ageing turboprops", "Source: Aero Pix"])
        #expect(article.media.first?.caption == "The airline flies a fleet of nine ageing turboprops")
        #expect(article.media.first?.credit == "Aero Pix")
        #expect(!article.body.contains { $0.text.hasPrefix("The airline flies") })
    }

    @Test("an upper-case name under a caption that opens the story is the photographer's credit")
    func upperCaseNameUnderOpeningCaption() {
        let article = parse(["Board votes to approve the housing plan", "By Jane Doe", "Nov. 19, 2019",
                             "Crews lay new pipes at the pumping station on Monday.", "MARA QUIZON"] + CaptionTestPage.after)
        #expect(article.media.first?.caption == "Crews lay new pipes at the pumping station on Monday.")
        #expect(article.media.first?.credit == "MARA QUIZON")
        #expect(ContextRules.isUpperCaseName(Array("SIGN UP".utf8).withUnsafeBufferPointer { $0 }) == false)
        #expect(!article.body.contains { $0.text == "MARA QUIZON" })
    }

    @Test("'(With files from Agency)' under the last paragraph is a contribution note, not a picture credit")
    func contributionNoteIsNoCredit() {
        let article = CaptionTestPage.page(["(With files from Reuters)"])
        #expect(article.media.isEmpty)
        #expect(article.body.first?.text == CaptionTestPage.before.last)
        #expect(ContextRules.isContributionNote("With reporting by Jo Roe"))
        #expect(!ContextRules.isContributionNote("Reuters"))
    }

    @Test("a pull quote repeating words of the paragraph above is furniture, not a paragraph")
    func pullQuoteIsDropped() {
        let article = CaptionTestPage.page([
            "\"We cannot keep patching the roof,\" the caretaker said. \"Every winter it leaks again, and the children notice.\"",
            "The school board will vote on the repairs next month.",
            "\"Every winter it leaks again, and the children notice.\"",
        ])
        #expect(article.body.filter { $0.text.hasPrefix("\"Every winter") }.isEmpty)
        #expect(article.discarded.contains { $0.text.hasPrefix("\"Every winter") && $0.reason == .duplicate })
        #expect(ContextRules.quotedSpan(Array("\u{201C}Yes, we will.\u{201D}".utf8).withUnsafeBufferPointer { $0 }) == 3..<15)
    }
}
