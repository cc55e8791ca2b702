@testable import Copydesk
import Testing

/// Header, credit and furniture shapes found by the seventh round of probing other publishers' layouts (twentieth pass).
@Suite("Rules for more publishers' layouts, round 7")
struct LayoutProbeRound7Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// Two body paragraphs under every header these tests build.
    private let body = ["Tenants rallied outside the building on Tuesday to demand repairs that the landlord promised two years ago.",
                        "The city's housing agency said it had opened an inquiry into the complaints, officials said on Wednesday."]

    @Test("a date line after a middle dot, and bylines: a lone 'By' over two names and an outlet bar, a glued reading time, a role after ' / ', a final stop")
    func datesAndBylines() {
        let dotted = parse(["Politics", "Utah lawmakers weigh plan to cut sales tax on food as part of sweeping tax overhaul",
                            "By Bethany Rodgers", "· Published: Nov. 19, 2019, 6:00 a.m. | Updated: Nov. 19, 2019, 10:42 a.m."] + body)
        #expect(dotted.published?.text == "Nov. 19, 2019, 6:00 a.m.")
        #expect(dotted.standfirst.isEmpty)
        let lone = parse(["Tenants in Crown Heights rally against landlord over months without heat", "By",
                          "Thomas Tracy and Rocco Parascandola", "New York Daily News |", "Nov 19, 2019 | 7:12 PM"] + body)
        #expect(lone.byline.map(\.name) == ["Thomas Tracy", "Rocco Parascandola"])
        #expect(lone.section == nil && lone.standfirst.isEmpty)
        let glued = parse(["These shipping containers turn food waste into clean energy for farms", "By Adele Peters3 minute Read",
                           "November 20, 2019"] + body)
        #expect(glued.byline.map(\.name) == ["Adele Peters"])
        #expect(Array("By Jo Roe 5 min read".utf8).withUnsafeBufferPointer(BylineRule.readingTimeStart) == 10)
        #expect(Array("By Jo Roe reads".utf8).withUnsafeBufferPointer(BylineRule.readingTimeStart) == nil)
        let slash = parse(["KMT candidate vows to restore ties with Beijing if elected next year", "By Chen Yu-fu / Staff reporter",
                           "Sun, Nov 17, 2019"] + body)
        #expect(slash.byline == [BylineEntry(name: "Chen Yu-fu", role: "Staff reporter")])
        let stop = parse(["Kyiv court frees activist held for a year without trial", "By Oleg Sukhov.", "Nov. 19, 2019"] + body)
        #expect(stop.byline.map(\.name) == ["Oleg Sukhov"])
        let updated = parse(["Texas will spend $1.2 billion on school safety upgrades across the state",
                             "by Aliyya Swaby Nov. 20, 2019 Updated: 5 PM"] + body)
        #expect(updated.section == nil)
        #expect(updated.byline.map(\.name) == ["Aliyya Swaby"])
    }

    @Test("credits: 'Name for The Outlet' after a caption sentence, 'Foto:' labels, 'Photographed by Name' alone")
    func credits() {
        #expect(CaptionRule.trailingNameCredit("Students leave Santa Fe High School after classes in Santa Fe on May 24, 2018. Michael Stravato for The Texas Tribune")
                == .captioned(text: "Students leave Santa Fe High School after classes in Santa Fe on May 24, 2018.",
                              credit: "Michael Stravato for The Texas Tribune"))
        #expect(CaptionRule.trailingNameCredit("Residents were asked to leave the building, officials said on Tuesday. Officers waited for The Mayor") == nil)
        let foto = parse(["Fernández rules out new IMF disbursements before taking office", "By Staff Reporter", "16-11-2019 11:23",
                          "President-elect Alberto Fernández speaks at the industrial union conference on Friday. | Foto: NA / Juan Vargas"] + body)
        #expect(foto.media.first?.credit == "NA / Juan Vargas")
        #expect(CaptionRule.standaloneCredit("Photographed by Eylul Aslan") == .credit("Eylul Aslan", captionAbove: true))
        // a credit before its caption, and a licence credit of several " / " parts after a "Photo:" label
        #expect(CaptionRule.leadingBracketCredit("(Francisco Kjolseth | The Salt Lake Tribune) Sen. Lyle Hillyard listens during a meeting on Monday.")
                == .captioned(text: "Sen. Lyle Hillyard listens during a meeting on Monday.", credit: "Francisco Kjolseth | The Salt Lake Tribune"))
        #expect(CaptionRule.leadingBracketCredit("(Updated at 5 p.m. | More below) The council voted to approve the plan on Monday.") == nil)
        let licence = parse(["Rail strike to hit trains across France next month", "November 19, 2019", body[0],
                             "Most TGV and TER services are expected to be cancelled on December 5 Photo: Gerard Dupont / Wikimedia Commons / CC BY-SA 4.0",
                             body[1]])
        #expect(licence.media.first?.credit == "Gerard Dupont / Wikimedia Commons / CC BY-SA 4.0")
        #expect(Array("A / B / C".utf8).withUnsafeBufferPointer(CaptionRule.spacedSlashes) == 2)
    }

    @Test("newsletter forms, related headings, view counters and comment notes are furniture")
    func furniture() {
        let expected: [(String, DiscardReason)] = [
            ("Your Email", .newsletter), ("Latest Stories", .list), ("This story has been viewed 2874 times.", .footer),
            ("Thank you for subscribingSee our privacy notice", .promo), ("Comments will be moderated. Keep comments relevant.", .footer),
            ("Read related Tribune coverage", .list), ("Translated by Jake Chung, Staff writer", .attribution),
        ]
        for (text, reason) in expected {
            let article = parse(["Tenants in Crown Heights rally against landlord over months without heat", "November 19, 2019", body[0], text, body[1]])
            #expect(article.discarded.first { $0.text == text }?.reason == reason, "\(text)")
            #expect(article.body.map(\.text) == body, "\(text)")
        }
    }

    @Test("a menu label repeated over the date line over the headline is the section")
    func repeatedLabelOverDate() {
        let menu = ["The Daily Star", "Home", "News", "Business", "Sports", "Opinion", "Star Multimedia"]
        let article = parse(menu + ["Business", "12:00 AM, November 17, 2019 / LAST MODIFIED: 03:12 AM, November 17, 2019",
                                    "Onion prices hit Tk 250 a kg as import delays bite"] + body)
        #expect(article.section == "Business")
        #expect(article.headline == "Onion prices hit Tk 250 a kg as import delays bite")
    }
}
