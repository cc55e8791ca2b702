@testable import Copydesk
import Testing

/// Header shapes found by the eleventh round of probing.
@Suite("Header rules, round 11")
struct Round11HeaderTests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }

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

    @Test("a place label over a headline opening with its possessive is no author card; the date right under the headline wins over a clock line above")
    func possessiveHeadlineUnderLabel() {
        let article = parse(["Home", "World", "Opinion", "Friday, June 7th 2024 - 18:10 UTC", "Norway",
                             "Norway's wealth fund sells its last coal holdings as new climate rules bite",
                             "Friday, June 7th 2024 - 08:30 UTC"] + body)
        #expect(article.headline == "Norway's wealth fund sells its last coal holdings as new climate rules bite")
        #expect(article.section == "Norway")
        #expect(article.published?.iso == "2024-06-07T08:30:00Z")
    }

    @Test("'Authored by' over a name line is a byline; 'Article body copy' is furniture")
    func authoredByOverName() {
        let article = parse(["Feature", "The Slow Return of the Sea Otters", "Decades after the fur trade, otters are back along the outer coast and kelp follows them.",
                             "Authored by", "Mara Quillfeather", "Article body copy", "June 7, 2024"] + body)
        #expect(article.headline == "The Slow Return of the Sea Otters")
        #expect(article.byline.map(\.name) == ["Mara Quillfeather"])
        #expect(article.standfirst == ["Decades after the fur trade, otters are back along the outer coast and kelp follows them."])
    }

    @Test("a name, a spaced comma and the date on one line is a byline with its date")
    func nameSpacedCommaDate() {
        let article = parse(["Harbour authority raises fees for cruise ships calling at the old port", "Rana Haddad , Tuesday 4 Jun 2024"] + body)
        #expect(article.byline.map(\.name) == ["Rana Haddad"])
        #expect(article.published?.iso == "2024-06-04")
    }

    @Test("a day-month-year date with hyphens stops before a relative age after it")
    func hyphenatedDateWithAge() {
        let found = DateText.find(in: "10-Mar-2025 • 4 hrs ago"[...])
        #expect(found?.iso == "2025-03-10")
        #expect(found.map { String($0.text) } == "10-Mar-2025")
    }

    @Test("a Home trail repeating menu items names its last level; a place in capitals over the date is a dateline, no section")
    func homeTrailAndDateline() {
        let menu = ["Subscribe", "News", "Harbour & Coast", "Inland Towns", "Business", "Sport"]
        let article = parse(menu + ["Home", "News", "Harbour & Coast", "Ferry operator cancels winter crossings after losing its second vessel",
                                    "By Jane Doe", "June 7, 2024"] + body)
        #expect(article.section == "Harbour & Coast")
        let dateline = parse(["Ferry operator cancels winter crossings after losing its second vessel",
                              "The company says repairs will take until spring and passengers will get refunds for all bookings",
                              "ABERDEEN", "June 7 2024 14:22:00"] + body)
        #expect(dateline.section == nil)
        #expect(dateline.headline == "Ferry operator cancels winter crossings after losing its second vessel")
    }

    @Test("outlet initials in brackets after a byline name are no part of it; 'By Name/ Staff Writer' over the date is the byline")
    func bracketedOutletAndSlashedRole() {
        let outlet = parse(["Ferry operator cancels winter crossings after losing its second vessel", "By Jane Dovetail (KQX)",
                            "June 7, 2024"] + body)
        #expect(outlet.byline.map(\.name) == ["Jane Dovetail"])
        let slashed = parse(["NATION", "Ferry operator cancels winter crossings after losing its second vessel",
                             "By JANE DOVETAIL/ Staff Writer", "June 7, 2024 at 07:30 JST"] + body)
        #expect(slashed.headline == "Ferry operator cancels winter crossings after losing its second vessel")
        #expect(slashed.byline.map(\.name) == ["JANE DOVETAIL"])
        #expect(slashed.media.isEmpty)
    }

    @Test("'Source: Name, Contributor' under the date is the byline; a bracketed writers' note at the end adds its writers")
    func sourceNameAndWriterNotes() {
        let source = parse(["Ferry operator cancels winter crossings after losing its second vessel", "Tuesday, 12 March 2024",
                            "Source: Kofi Mensah-Addo, Contributor"] + body)
        #expect(source.byline.map(\.name) == ["Kofi Mensah-Addo"])
        let note = parse(["Ferry operator cancels winter crossings after losing its second vessel", "By Jane Dovetail", "June 7, 2024"]
                         + body + ["(This article was written by Jane Dovetail and Tomas Quill, Senior Staff Writer.)"])
        #expect(note.byline.map(\.name) == ["Jane Dovetail", "Tomas Quill"])
        #expect(note.body.map(\.text) == body)
        let translated = parse(["Ferry operator cancels winter crossings after losing its second vessel", "June 7, 2024"]
                               + body + ["(Japanese original by Hana Mori, Kobe Bureau)"])
        #expect(translated.byline.map(\.name) == ["Hana Mori"])
        #expect(BylineRule.isWriterNote("The original by-law was passed in 1990") == false)
    }
}
