@testable import Copydesk
import Testing

/// The classifier's two-byte gate before the "By" byline rule (`LineClassifier.Openings.bylinePair`) against the
/// openings that rule accepts.
@Suite("Byline two-byte gate")
struct BylinePairGateTests {
    @Test("the gate passes exactly the folded first two bytes of the By openings and of a glued By")
    func pairsEqualOpenings() {
        var pairs: Set<[UInt8]> = [Array("by".utf8)]  // a glued "ByName"
        for prefix in BylineRule.byPrefixes { pairs.insert(Array(prefix.utf8.prefix(2))) }
        for first in UInt8.min...UInt8.max {
            for second in UInt8.min...UInt8.max {
                let folded = [FoldedBytes.fold(first), FoldedBytes.fold(second)]
                #expect(LineClassifier.Openings.bylinePair(first, second) == pairs.contains(folded), "\(first) \(second)")
            }
        }
    }

    @Test("a line the gate rejects gets no byline from the rule")
    func rejectedLinesHaveNoByline() {
        let texts = ["The reporter", "Share this", "Photo by AP", "This story by Jane Doe", "Tweet", "a", "B", "By", "BY JANE DOE",
                     "ByTom Fenwick", "Written by Jane Doe", "Story by Jane Doe", "Posted by Jane Doe", "Author: Jane Doe",
                     "Text by Jane Doe", "Words by Jane Doe", "Published by Jane Doe", "Authors: Jane Doe and John Roe", "Sam Lens"]
        for text in texts {
            var line = textLine(text)
            let passes = LineClassifier.Openings.byline(&line)
            if !passes { #expect(BylineRule.match(line) == nil, "\(text)") }
            if BylineRule.match(line) != nil { #expect(passes, "\(text)") }
        }
    }

    @Test("the agency-line rule finds nothing on a line whose ASCII first byte opens no agency")
    func agencyLineGate() {
        let shapes = LineClassifier.tables.agencyShapes
        for agency in BylineRule.agencies { #expect(shapes.mayOpen(first: FoldedBytes.fold(agency.utf8.first!)), "\(agency)") }
        var mix = SeededMix(state: 0xA6E1)
        let heads = Array(BylineRule.agencies) + ["Reuters", "REUTERS", "Ap", "Staff", "The Times", "Zeit", "1News", "\u{212A}yodo", "Éfe",
                                                  "  ap", "\tReuters", "\u{A0}pti"]  // untrimmed lines: the head is trimmed
        let tails = [" | Nov 20, 2019, 08:00 IST", " - 2019-11-20", " | Updated: Nov 20, 2019", " | 12:05", " - 3 days ago"]
        for _ in 0..<400 {
            var line = textLine(heads[mix.next(heads.count)] + tails[mix.next(tails.count)])
            let first = line.firstLowerByte
            guard first < 0x80, !shapes.mayOpen(first: first), !ByteSearch.isASCIISpace(first) else { continue }
            #expect(BylineRule.matchAgencyLine(inPlace: &line) == nil, "\(line.text)")
        }
        for text in ["Reuters | Nov 20, 2019, 08:00 IST", "  anadolu | 11:05:09 — further reading "] {
            var line = TestLine(number: 1, text: text[...])  // as the oracle builds it: untrimmed
            #expect(BylineRule.matchAgencyLine(inPlace: &line) != nil, "\(text)")
            #expect(LineClassifier.classify(line).isMarker, "\(text)")
        }
    }
}
