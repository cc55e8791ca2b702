@testable import Copydesk
import Testing

/// Header rules found on the fifteenth round of publisher pages (1701–1720), in the twenty-sixth pass.
@Suite("Header rules from round 15's pages (1701–1720)")
struct Round15HeaderTests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }

    /// Two body paragraphs under every invented header.
    private let body = CaptionTestPage.bodyUnderHeader

    @Test("a one-line trail with '›', '>' or '»' between its levels is no headline; its last level is the section")
    func angleTrail() {
        for mark in ["›", ">", "»"] {
            let article = parse(["Sport \(mark) Norway \(mark) Bergen", "Bergen to build a covered ski slope beside the old harbour",
                                 "Ola Nordmann", "12.03.2024 09:10"] + body)
            #expect(article.headline == "Bergen to build a covered ski slope beside the old harbour")
            #expect(article.section == "Bergen")
            #expect(article.standfirst.isEmpty)
        }
        let separator = Array("Sport › Norway › Bergen".utf8).withUnsafeBufferPointer { HeaderReader.trailSeparator($0) }
        #expect(separator == UInt8(ascii: ">"))
    }

    @Test("a name of four words or more held together by a particle stays whole in the byline")
    func particleNameKeptWhole() {
        let article = parse(["News", "Harbour ferries to switch to electric engines in a phased plan",
                             "The city wants every ferry running on batteries by 2028", "Ana da Silva Lopes", "April 2, 2024"] + body)
        #expect(article.byline.map(\.name) == ["Ana da Silva Lopes"])
        #expect(BylineRule.people(in: "Marie van der Berg").map(\.name) == ["Marie van der Berg"])
        #expect(BylineRule.trimName("Trevor J. Mitchell Sioux Falls Argus Leader") == "Trevor J. Mitchell")
    }

    @Test("a dek with no stop under the date, over a photo's caption, is the standfirst")
    func unstoppedDekOverCaption() {
        let article = parse(["Newsroom", "Harbour ferries to switch to electric engines in a phased plan", "Published 15 January 2025",
                             "The city wants every ferry in the harbour running on batteries by 2028",
                             "A ferry leaves the north pier on a grey morning. Photo: Ana Ruiz/City Port"] + body)
        #expect(article.standfirst == ["The city wants every ferry in the harbour running on batteries by 2028"])
        #expect(article.headline == "Harbour ferries to switch to electric engines in a phased plan")
    }

    @Test("a press office's name under the headline is the byline, not the section")
    func pressOfficeByline() {
        let article = parse(["Club News", "12.05.2024", "Harbour rowing club wins the national coastal title for the third time",
                             "Rowing Club Press Office"] + body)
        #expect(article.byline.map(\.name) == ["Rowing Club Press Office"])
        #expect(article.section == "Club News")
        #expect(Array("Regional Media Team".utf8).withUnsafeBufferPointer { BylineRule.pressOffice($0) } != nil)
        #expect(Array("Meet the press office".utf8).withUnsafeBufferPointer { BylineRule.pressOffice($0) } == nil)
    }

    @Test("'Name · Role' under the headline is the byline with its role, not a standfirst")
    func dottedNameThenRole() {
        let article = parse(["News", "Harbour ferries to switch to electric engines in a phased plan",
                             "Ana Ruiz · Local Journalism Initiative Reporter", "Posted: Nov. 12, 2024 6:03 p.m."] + body)
        #expect(article.byline.map(\.name) == ["Ana Ruiz"])
        #expect(article.byline.first?.role == "Local Journalism Initiative Reporter")
        #expect(article.standfirst.isEmpty)
        #expect(BylineRule.dottedNameThenRole("Harbour News · Weather") == nil)
    }
}
