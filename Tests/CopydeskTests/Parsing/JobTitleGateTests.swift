@testable import Copydesk
import Testing

/// The name-then-role rule's one-walk last-word test (`BylineRule.lastWordMayBeJobTitle`) against the two tests it
/// stands for.
@Suite("Job title last-word gate")
struct JobTitleGateTests {
    @Test("one walk back answers as lastWordMayBeJob and lastWordMayBeJobWord together")
    func oneWalkEqualsBoth() {
        var mix = SeededMix(state: 0x70B5)
        let pieces = ["Harriet", "Vane", "Social", "affairs", "correspondent", "Correspondents", "WRITER", "writers", "editor", "é",
                      "reporter", "Staff", "staffs", "critic", "intern", "x", "  ", " ", "\t", "Écrivain", "photographer", "journalist."]
        var passed = 0
        for round in 0..<5000 {
            let text = mix.text(pieces, upTo: 6, separator: mix.next(4) == 0 ? "" : " ")
            let sub = Substring(text)
            let plain = BylineRule.lastWordMayBeJob(sub) && BylineRule.lastWordMayBeJobWord(sub)
            let fast = sub.withUTF8Bytes(BylineRule.lastWordMayBeJobTitle)
            #expect(fast == plain, "round \(round): \(text.debugDescription)")
            if fast { passed += 1 }
        }
        #expect(passed > 30)  // job titles at the end are reached, not only rejections
    }
}
