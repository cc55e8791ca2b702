@testable import Copydesk
import Testing

/// Caption, credit and furniture rules found on the twelfth round's held-out pages (the thirteenth fix round).
@Suite("Round 13: captions, credits and furniture in and under the body")
struct Round13CaptionTests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }

    @Test("'Ads by X' between paragraphs is an advertisement slot, not body text")
    func adsByLine() {
        let article = CaptionTestPage.page(["Ads by Harbour Daily"])
        #expect(article.discarded.contains { $0.text == "Ads by Harbour Daily" && $0.reason == .advertisement })
        #expect(!article.body.contains { $0.text.hasPrefix("Ads by") })
        #expect(article.body.count == 3)
    }

    @Test("a caption sentence closed by a bracketed newsroom name ending in 'News' is captioned with that credit")
    func bracketedNewsCredit() {
        let article = CaptionTestPage.page(["Volunteers plant saplings along the river bank on Saturday morning. (WXYZ 4 News)"])
        #expect(article.media.first?.caption == "Volunteers plant saplings along the river bank on Saturday morning.")
        #expect(article.media.first?.credit == "WXYZ 4 News")
        // a button word before "News" is no newsroom
        #expect(CaptionRule.isNewsOutletName(["Latest", "News"]) == false)
        #expect(CaptionRule.isNewsOutletName(["Valley", "News"]))
    }

    @Test("a lower-case 'photo by' lead is no part of the credit")
    func lowerCasePhotoBy() {
        let article = CaptionTestPage.page(["A view of the restored gallery on its reopening day, 2021 (photo by Ana Ruiz/Harbour Daily)"])
        #expect(article.media.first?.credit == "Ana Ruiz/Harbour Daily")
        #expect(CaptionRule.droppingCreditLead("photo by Ana Ruiz") == "Ana Ruiz")
    }

    @Test("'. Photo - Outlet' closing a caption sentence is its credit")
    func photoDashCredit() {
        let article = CaptionTestPage.page(["Crews lay pipes at the site of the new pumping station, due to open next year. Photo - Harbour Daily"])
        #expect(article.media.first?.caption == "Crews lay pipes at the site of the new pumping station, due to open next year.")
        #expect(article.media.first?.credit == "Harbour Daily")
        #expect(!article.body.contains { $0.text.contains("Photo - ") })
    }

    @Test("'<Outlet>'s file photo' under a caption line is its credit")
    func filePhotoCredit() {
        let article = CaptionTestPage.page(["The clinic on Main Street opened in 2009.", "Gazette's file photo"])
        #expect(article.media.first?.caption == "The clinic on Main Street opened in 2009.")
        #expect(article.media.first?.credit == "Gazette's file photo")
        #expect(article.body.count == 3)
        #expect(textLine("Council staff shared a file photo").read { CaptionRule.filePhotoCredit($0, $1) } == nil)  // six words
        #expect(textLine("AP file photo").read { CaptionRule.filePhotoCredit($0, $1) } != nil)
    }

    @Test("a 'Primary Source' citation box under the body is furniture")
    func primarySourceBox() {
        let article = parse(CaptionTestPage.before + CaptionTestPage.after + [
            "", "Primary Source", "Journal of Invented Results",
            "Source Reference: Roe J, et al \"A study of things\" J Invented Res 2024; DOI: 10.0000/jir.2024.01.",
        ])
        #expect(article.discarded.contains { $0.text == "Primary Source" })
        #expect(article.discarded.contains { $0.text.hasPrefix("Source Reference:") })
        #expect(article.body.count == 3)
    }

    @Test("'About <byline name>', the role under it and 'First-name has …' close the body as an author box")
    func aboutAuthorBox() {
        let article = parse(CaptionTestPage.before + CaptionTestPage.after + [
            "About Jane Doe", "Analyst, Housing", "Jane has covered city hall for the paper since 2015.",
        ])
        #expect(article.body.count == 3)
        #expect(article.discarded.contains { $0.text == "About Jane Doe" && $0.reason == .attribution })
        #expect(article.discarded.contains { $0.text.hasPrefix("Jane has covered") && $0.reason == .attribution })
    }

    @Test("a donation appeal among the last paragraphs is promo furniture; a news line about donations stays")
    func closingDonationAppeal() {
        let appeal = "The Harbour Daily is raising $50,000 by June 30 to fund its election coverage. Please donate today to help us reach our goal."
        let article = parse(CaptionTestPage.before + CaptionTestPage.after + ["", appeal])
        #expect(article.discarded.contains { $0.text == appeal && $0.reason == .promo })
        let news = "Residents donated more than 400 blankets to the shelter last winter, the charity said in its report."
        #expect(parse(CaptionTestPage.before + CaptionTestPage.after + ["", news]).body.contains { $0.text == news })
    }

    @Test("'Credit: X' over 'Caption: Y': the labelled line is the caption, the paragraph above stays body")
    func labelledCaptionUnderCredit() {
        let article = CaptionTestPage.page(["Credit: Institute of Invented Studies", "Caption: A heron wades through the shallows of the marsh at dawn."])
        #expect(article.media.first?.caption == "A heron wades through the shallows of the marsh at dawn.")
        #expect(article.media.first?.credit == "Institute of Invented Studies")
        #expect(article.body.first?.text == CaptionTestPage.before[3])
        #expect(article.body.count == 3)
    }

    @Test("a press release's '###' ends the body: the boilerplate under it is no body text")
    func releaseEndMark() {
        let article = parse(CaptionTestPage.before + CaptionTestPage.after + [
            "###", "About the Institute of Invented Studies",
            "The Institute of Invented Studies is a nonprofit research centre dedicated to understanding invented things.",
        ])
        #expect(article.body.count == 3)
        #expect(article.discarded.contains { $0.text == "###" })
        #expect(!article.body.contains { $0.text.hasPrefix("The Institute of Invented Studies") })
    }

    @Test("a sentence-case subheading naming a two-word place, over an advertisement slot, is a subheading, not a link")
    func subheadingWithPlaceOverAd() {
        let article = parse(CaptionTestPage.before + ["", "A new home in Port Elms", "", "Advertisement", ""] + CaptionTestPage.after)
        #expect(article.body.contains { $0.kind == .subheading && $0.text == "A new home in Port Elms" })
        #expect(article.related.isEmpty)
        // a title-case story title stays a related link
        let link = parse(CaptionTestPage.before + ["", "Harbour Board Signs Deal For New Pier", ""] + CaptionTestPage.after)
        #expect(!link.body.contains { $0.text == "Harbour Board Signs Deal For New Pier" })
    }

    @Test("'Label: phrase' subheadings: a short phrase after a one-word label, and more of them once one is read")
    func labelledSubheadings() {
        let article = parse(CaptionTestPage.before + [
            "Design: Light as a feather", CaptionTestPage.after[0], "Display: The weak spot", CaptionTestPage.after[1],
            "Verdict: A Road Warrior's Friend", "A closing paragraph sums up the review of the laptop for readers who want one.",
        ])
        let headings = article.body.filter { $0.kind == .subheading }.map(\.text)
        #expect(headings == ["Design: Light as a feather", "Display: The weak spot", "Verdict: A Road Warrior's Friend"])
        #expect(article.related.isEmpty)
    }
}
