@testable import Copydesk
import Testing

/// Rules found on the twelfth round of publisher probes (the held-out round written against the end-of-pass build).
@Suite("Rules from the twelfth round of publisher probes")
struct Round12Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }

    @Test("a site-wide 'Breaking News:' ticker over the header is furniture, never the headline")
    func breakingNewsTicker() {
        let article = parse([
            "Breaking News: Ramadan working hours announced for public sector",
            "Oman",
            "New desalination plant in the south to supply 40,000 residents by 2026",
            "By Salim Al Harthy",
            "March 12, 2024",
            "",
            "A new desalination plant will supply drinking water to about 40,000 residents in the south by 2026, officials said on Tuesday.",
            "The plant, built by a consortium of local and foreign firms, will produce 20,000 cubic metres of water a day.",
        ])
        #expect(article.headline == "New desalination plant in the south to supply 40,000 residents by 2026")
        #expect(article.discarded.contains { $0.text.hasPrefix("Breaking News:") })
        #expect(!article.body.contains { $0.text.hasPrefix("Breaking News:") })
    }

    @Test("'Cr Marisa Doyle said …' then '…,' Cr Doyle said: 'Cr' (councillor) is a title and the full name speaks")
    func councillorAbbreviationIsATitle() {
        let q = QuoteFixtures.quotes([
            "The council voted six to three to end free parking in the town centre.",
            "Cr Marisa Doyle, who voted against it, said traders had not been asked.",
            "\"I'm not against paid parking, but this was rushed,\" Cr Doyle said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Marisa Doyle"])
    }
}
