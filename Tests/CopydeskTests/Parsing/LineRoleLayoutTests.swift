import Testing
@testable import Copydesk

/// The boxed role payloads: roles stay small, and a boxed role keeps its value, equality and kind.
@Suite("Line role layout")
struct LineRoleLayoutTests {
    @Test("a role is at most four words, whatever its case")
    func roleIsSmall() {
        #expect(MemoryLayout<LineRole>.size <= 32)
    }

    @Test("boxed roles compare by value and keep their kinds")
    func boxedRolesKeepValues() {
        let byline = LineRole.byline(BylineRule.Match(names: [BylineEntry(name: "Ann Lee")]))
        let same = LineRole.byline(BylineRule.Match(names: [BylineEntry(name: "Ann Lee")]))
        let other = LineRole.byline(BylineRule.Match(names: [BylineEntry(name: "Bo Li")]))
        #expect(byline == same && byline != other && byline.kind == .byline && byline.isMarker)
        let credit = LineRole.caption(.credit("AP", captionAbove: true))
        #expect(credit == .caption(.credit("AP", captionAbove: true)) && credit != .caption(.credit("AP", captionAbove: false)))
        #expect(credit.kind == .credit && LineRole.caption(.caption("c")).kind == .caption && credit.isMedia)
        let note = LineRole.printEdition(PrintEdition(publication: "Post", headline: nil))
        #expect(note == .printEdition(PrintEdition(publication: "Post", headline: nil)) && note.kind == .printEdition)
        if case .byline(let match) = byline { #expect(match.names.map(\.name) == ["Ann Lee"]) } else { Issue.record("not a byline") }
    }
}
