@testable import Copydesk
import Testing

/// Caption, credit and furniture rules found on the fifteenth round's unseen pages (1701–1720).
@Suite("Round 15: captions, credits and furniture in the body")
struct Round15CaptionTests {

    @Test("membership, donation and letters plugs, land acknowledgements and funded-reporting notes are furniture")
    func appealAndFooterLines() {
        let furniture: [(String, DiscardReason)] = [
            ("Support local news. Become a member of the Riverbend Courier today.", .promo),
            ("Support student journalism. Donate to The Hilltop Herald today.", .promo),
            ("Support independent journalism. Give what you can.", .promo),
            ("Acknowledgement of Country: Harbour Labs acknowledges the traditional custodians of the land.", .footer),
            ("This story was produced through the Local Journalism Initiative, funded by the Government of Canada.", .attribution),
            ("Have something to say? Write a letter to the editor.", .promo),
        ]
        for (text, expected) in furniture {
            let article = CaptionTestPage.page([text])
            #expect(article.discarded.contains { $0.text == text && $0.reason == expected }, "\(text)")
            #expect(!article.body.contains { $0.text == text }, "\(text)")
        }
        // news text that merely opens with "Support" stays in the body
        let news = "Support for the plan grew after the council published its budget last week."
        #expect(CaptionTestPage.page([news]).body.contains { $0.text == news })
    }

    @Test("an unpunctuated caption closed by '| Outlet / Name Name' or '– Name Name' over a paragraph is captioned")
    func barAndDashCreditsAfterUnpunctuatedCaption() {
        let bar = CaptionTestPage.page(["The new ferry pier at the north harbour of Port Vale | Star / Ali Hassan"])
        #expect(bar.media.first?.caption == "The new ferry pier at the north harbour of Port Vale")
        #expect(bar.media.first?.credit == "Star / Ali Hassan")
        let dash = CaptionTestPage.page(["The coastal footpath along the old marina was closed all spring – Nikos Andreou"])
        #expect(dash.media.first?.caption == "The coastal footpath along the old marina was closed all spring")
        #expect(dash.media.first?.credit == "Nikos Andreou")
        // a dash before lower-case words, or a bar before a plain section name, is no credit
        let lowerTail = Array("The coastal footpath along the old marina was closed – for now".utf8)
        #expect(lowerTail.withUnsafeBufferPointer { ContextRules.barOrDashCredit($0) == nil })
        #expect(CaptionTestPage.page(["The new ferry pier at the north harbour of Port Vale | Local News"]).media.isEmpty)
    }
}
