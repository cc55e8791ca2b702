@testable import Copydesk
import Testing

/// Header shapes found by the eleventh round of probing: one-line trails and tag rows, staff roles after a name.
@Suite("Header rules, round 11")
struct Round11HeaderTests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// Two body paragraphs under every header these tests build.
    private let body = ["Tenants rallied outside the building on Tuesday to demand repairs that the landlord promised two years ago.",
                        "The city's housing agency said it had opened an inquiry into the complaints, officials said on Wednesday."]

    @Test("a tag row of labels joined by bars is no headline: its first label is the section")
    func tagRowOverHeadline() {
        let article = parse(["Housing | Cities | Local | News", "Tenants in the Eastgate towers win a rent freeze after a year of protests",
                             "By Jane Doe", "March 7, 2024"] + body)
        #expect(article.headline == "Tenants in the Eastgate towers win a rent freeze after a year of protests")
        #expect(article.section == "Housing")
        #expect(article.standfirst.isEmpty)
        let labelled = parse(["City Desk", "Housing | Cities | Northern Region", "Tenants in the Eastgate towers win a rent freeze",
                              "By Jane Doe", "March 7, 2024"] + body)
        #expect(labelled.headline == "Tenants in the Eastgate towers win a rent freeze")
        #expect(labelled.section == "City Desk")
    }

    @Test("a dashed trail opening with Home gives its last level; levels run together after Home give the last")
    func dashedAndRunTogetherTrails() {
        let article = parse(["Home - News - Metro News", "Tenants in the Eastgate towers win a rent freeze after a year of protests",
                             "By Jane Doe", "March 7, 2024"] + body)
        #expect(article.headline == "Tenants in the Eastgate towers win a rent freeze after a year of protests")
        #expect(article.section == "Metro News")
        #expect(ArticleBuilder.trailLevel(of: "HomeNew YorkHousing") == "Housing")
        #expect(ArticleBuilder.trailLevel(of: "Homelessness") == nil)
        let separator = Array("Talks stall - again - in Geneva, 2024".utf8).withUnsafeBufferPointer { HeaderReader.trailSeparator($0) }
        #expect(separator == 0)
    }

    @Test("a staff role closing a byline name with no comma is cut off the name")
    func staffRoleWithoutComma() {
        let article = parse(["Tenants in the Eastgate towers win a rent freeze after a year of protests", "By Jane Dovetail Staff Reporter",
                             "March 7, 2024"] + body)
        #expect(article.byline.map(\.name) == ["Jane Dovetail"])
    }
}
