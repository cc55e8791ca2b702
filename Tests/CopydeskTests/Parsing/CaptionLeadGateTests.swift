@testable import Copydesk
import Testing

/// The caption gate that counts a ". " only before a credit lead's capital (`CaptionRule.mayHoldCaptionPastOpenings`)
/// against the rule it lets a line skip.
@Suite("Caption lead gate")
struct CaptionLeadGateTests {
    @Test("a line the gate rejects gets no caption from matchGated")
    func rejectedLinesHaveNoCaption() {
        var mix = SeededMix(state: 0xCA97)
        let pieces = ["The mayor spoke", ". ", ". Courtesy of NASA", ". Photo by Jane Doe", ". Image by AP", ". Picture by X", "Reuters",
                      "Getty Images", ". Then", ". It rained", ". Police said", "Shutterstock", "AP", "2019", "1 of 4", "é", "…",
                      " ", "news", "Courtesy of", "Photo by Sam Lens", "EPA", "Alamy", "Bloomberg", ".", "It rained.", "Inside."]
        var rejected = 0
        for round in 0..<6000 {
            var line = textLine(mix.text(pieces, upTo: 7))
            guard !CaptionRule.mayHoldCaptionPastOpenings(&line) else { continue }
            rejected += 1
            #expect(CaptionRule.matchGated(&line) == nil, "round \(round): \(line.text)")
        }
        #expect(rejected > 1000)
        let sentence = CaptionRule.sentenceCreditLeads.reduce(UInt32(0)) { $0 | CaptionRule.leadCapital($1) }
        #expect(CaptionRule.sentenceLeadCapitals == sentence)
        #expect(CaptionRule.leadCapitals == CaptionRule.plainLeadCapitals)
        var courtesy = textLine("The comet over the desert. Courtesy of NASA")
        #expect(CaptionRule.mayHoldCaptionPastOpenings(&courtesy) && CaptionRule.matchGated(&courtesy) != nil)
    }
}
