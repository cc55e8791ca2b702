@testable import Copydesk
import Testing

/// Header, caption and quote shapes found by the sixth round of probing other publishers' layouts (twentieth pass).
@Suite("Rules for more publishers' layouts, round 6")
struct LayoutProbeRound6Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    @Test("a two-level label trail over the headline names its deeper level, unless that is a bare 'News' or a series name")
    func deeperTrailLevel() {
        let body = ["Suzanne Breen", "December 16 2019 05:30 PM",
                    "Northern Ireland's political parties have been given a last chance to restore power-sharing, officials said.",
                    "The Secretary of State met the five main parties at Stormont House on Monday to press for a deal."]
        let trail = parse(["News", "Northern Ireland",
                           "Stormont talks: Parties given 'last chance' to restore power-sharing before Christmas"] + body)
        #expect(trail.section == "Northern Ireland")
        #expect(trail.headline == "Stormont talks: Parties given 'last chance' to restore power-sharing before Christmas")
        let bareNews = parse(["Phones", "News", "OnePlus confirms 5G phone for Europe early next year, and it won't be Pro-only"] + body)
        #expect(bareNews.section == "Phones")
        let series = parse(["Environment", "Climate crisis", "Alpine glaciers shed a record share of their ice in one summer",
                            "Researchers say the loss shows how quickly the mountains are warming"] + body)
        #expect(series.section == "Environment")
        let titleCase = parse(["Business", "Economy & Business", "Retailers brace for the shortest holiday season since 2013"] + body)
        #expect(titleCase.section == "Economy & Business")
        #expect(!Array("Arts and Culture".utf8).withUnsafeBufferPointer(HeaderReader.isSentenceCaseLabel))
        #expect(Array("Coronavirus outbreak".utf8).withUnsafeBufferPointer(HeaderReader.isSentenceCaseLabel))
    }

    @Test("a lone job word under the name, a bracketed ticker and 'Place an Ad' name no section")
    func notSections() {
        let reporter = parse(["Regional banks brace for slower loan growth as rates stay low", "Brian Cheung", "Reporter",
                              "December 3, 2019, 11:42 AM EST",
                              "Regional lenders are warning investors that 2020 could bring the slowest loan growth in years.",
                              "Executives said demand from businesses had cooled as trade tensions weighed on investment."])
        #expect(reporter.section == nil)
        let ticker = parse(["Why Shares of Chewy Jumped 12% Today",
                            "The online pet retailer posted a narrower-than-expected loss and raised its sales outlook.",
                            "Rich Duprey", "(CHWY)", "Dec 11, 2019 at 4:17PM",
                            "Shares of online pet supplies retailer Chewy jumped 12% in trading today after the company reported.",
                            "Chewy said net sales rose 40% to $1.28 billion, ahead of what Wall Street had expected."])
        #expect(ticker.section == nil)
        #expect(KnownPhrases.exactLines["place an ad"] == .promo)
    }

}
