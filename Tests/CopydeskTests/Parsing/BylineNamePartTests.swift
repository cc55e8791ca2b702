@testable import Copydesk
import Testing

/// The byline name text that needs no cutting (`BylineRule.soleNamePart`) against the comma and "and" cuts it skips
/// (`BylineRule.cutParts`).
@Suite("Byline sole name part")
struct BylineNamePartTests {
    @Test("a sole part is exactly what the comma and and-cuts leave, with no outlet")
    func solePartMatchesCuts() {
        var mix = SeededMix(state: 0xB71E)
        let pieces = ["Phil", "Helsel", " ", "  ", ",", " and ", "and ", " And ", " AND ", " & ", "&", "Sandy", "Andrews", "\u{A0}",
                      "é", "de la", "Staff Writer", "Reuters", "Candy", " andy ", "\u{2003}", "J.", "Brand and"]
        var checked = 0
        for round in 0..<4000 {
            let text = mix.text(pieces, upTo: 7)
            let sub = Substring(text)
            let (parts, outlet) = BylineRule.cutParts(sub)
            guard let sole = BylineRule.soleNamePart(sub) else { continue }  // cut as before
            checked += 1
            let kept = parts.filter { !$0.isEmpty }
            #expect(kept == (sole.isEmpty ? [] : [sole]), "round \(round): \(text)")
            #expect(kept.first.map { $0.startIndex == sole.startIndex && $0.endIndex == sole.endIndex } ?? true, "round \(round)")
            #expect(outlet == nil, "round \(round): \(text)")
        }
        #expect(checked > 500)
    }

    @Test("people on sole-part bylines")
    func people() {
        #expect(BylineRule.people(in: "Phil Helsel") == [BylineEntry(name: "Phil Helsel")])
        #expect(BylineRule.people(in: "  Laura Mowat ") == [BylineEntry(name: "Laura Mowat")])
        #expect(BylineRule.people(in: "Phil Helsel and Laura Mowat").map(\.name) == ["Phil Helsel", "Laura Mowat"])
        #expect(BylineRule.people(in: "Reuters") == [BylineEntry(name: "Reuters")])
    }
}
