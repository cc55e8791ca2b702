@testable import Copydesk
import Testing

/// Header rules found on the thirteenth round of publisher probes (wave 2): bylines after an outlet, a date keyword or a
/// date, summary-box labels, and slash trails swallowed by a menu.
@Suite("Header rules from the thirteenth round of publisher probes (1501–1520)")
struct Round13bHeaderTests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }

    /// A body of two plain paragraphs under the header lines.
    private let body = [
        "",
        "The county council voted on Tuesday to rebuild the old footbridge over the river before the spring floods.",
        "Work on the new bridge is expected to start in March and to take about eight months, officials said.",
    ]

    @Test("'OUTLET | By NAME' is the byline, the outlet the role, never the standfirst")
    func outletBarByName() {
        let article = parse([
            "Rivers",
            "Valley towns agree to share water through a dry winter",
            "WXYZ | By Mara Velden-Cruz",
            "Published March 12, 2024 at 4:18 PM MST",
        ] + body)
        #expect(article.byline.map(\.name) == ["Mara Velden-Cruz"])
        #expect(article.byline.first?.role == "WXYZ")
        #expect(article.standfirst.isEmpty)
    }

    @Test("'Posted on DATE by NAME' (no comma before 'by') gives both the date and the byline")
    func postedOnDateByName() {
        let article = parse([
            "Local News",
            "Town council approves a lakeshore wetland protection bylaw",
            "Posted on March 12, 2024 by Jonas Abernethy-Pike",
        ] + body)
        #expect(article.byline.map(\.name) == ["Jonas Abernethy-Pike"])
        #expect(article.published?.text.contains("March 12, 2024") == true)
        #expect(article.standfirst.isEmpty)
    }

    @Test("'DATE - NAME' (a spaced dash, the name last) is the byline and its date")
    func dateDashName() {
        let article = parse([
            "Regulators Should Stop Letting Vendors Grade Their Own Homework",
            "Tue, Mar 12th 2024 09:23am - Corin Walsh-Ito",
        ] + body)
        #expect(article.byline.map(\.name) == ["Corin Walsh-Ito"])
        #expect(article.published != nil)
    }

    @Test("'DATE - NAME' wants a date before the dash and two to five name words after it")
    func dateDashNameNeedsBoth() {
        #expect(BylineRule.dateDashName(head: "March 12, 2024", names: "Sports Desk Live Now Updates Every Hour") == nil)
        #expect(BylineRule.dateDashName(head: "Our Reporters", names: "Corin Walsh") == nil)
    }

    @Test("a summary box's label under the headline names no section: the repeated menu item above it does")
    func summaryLabelIsNoSection() {
        let article = parse([
            "News",
            "Counties",
            "Business",
            "Sports",
            "Sign in",
            "Counties",
            "Market traders relocated as the county begins a long upgrade",
            "Traders will operate from a temporary site for at least fourteen months",
            "In Summary",
            "• About 2,000 traders have been given until Friday to move to the temporary site.",
            "• The county says the new market will have cold rooms and a loading bay for lorries.",
            "by JANE WANJIRU",
            "12 March 2024 - 08:10",
        ] + body)
        #expect(article.section != "In Summary")
        #expect(article.section == "Counties")
    }

    @Test("'Home/ A/ B/' (each slash closing its level) is a trail naming the section, even inside the menu's list run")
    func closedSlashTrail() {
        #expect(Array("Home/ Industry/ Banking/".utf8).withUnsafeBufferPointer { HeaderReader.isHomeSlashTrail($0) })
        #expect(!Array("Homework/ and more".utf8).withUnsafeBufferPointer { HeaderReader.isHomeSlashTrail($0) })
        let article = parse([
            "Explore",
            "Markets",
            "News",
            "Companies",
            "Industry",
            "Opinion",
            "Home/ Industry/ Banking/",
            "Premium",
            "Central bank plans tighter checks on co-lending as loan books swell",
            "Asha Menon, Vikram Rao",
            "3 min read . Updated: 12 Mar 2024, 07:41 PM IST",
        ] + body)
        #expect(article.section == "Banking")
        #expect(article.headline == "Central bank plans tighter checks on co-lending as loan books swell")
    }

    @Test("a video's title over its duration ('02:31') under the headline is no standfirst")
    func videoTitleOverDurationIsNoDek() {
        let article = parse([
            "City breaks ground on a $48M stormwater project for flood-prone neighborhoods",
            "City leaders break ground on the west side stormwater project",
            "02:31",
            "By Lena Marsh-Odum",
            "Published: Mar. 12, 2024 at 5:42 PM CST",
        ] + body)
        #expect(article.headline == "City breaks ground on a $48M stormwater project for flood-prone neighborhoods")
        #expect(article.standfirst.isEmpty)
        #expect(article.byline.map(\.name) == ["Lena Marsh-Odum"])
    }

    @Test("'Reporter: A, B' under the body names the writers when the header has none")
    func reporterLabelUnderTheBody() {
        let article = parse([
            "Business",
            "Government to require a higher biodiesel blend for heavy transport",
            "Tuesday, 12 March 2024 19:05 WIB",
        ] + body + [
            "Reporter: Sari Wulandari Putri, Bima Santoso",
            "Editor: Agus Hartono",
        ])
        #expect(article.byline.map(\.name) == ["Sari Wulandari Putri", "Bima Santoso"])
        #expect(!article.body.contains { $0.text.hasPrefix("Reporter:") })
    }
}
