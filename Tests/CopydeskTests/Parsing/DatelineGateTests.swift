import Testing
@testable import Copydesk

/// The dateline rule's byte gate against the rule without it, and its first-word shortcut against the split words.
@Suite("Dateline gate")
struct DatelineGateTests {
    static let openings = ["HANOI, Vietnam (AP) — U.S. Defense Secretary", "SIOUX FALLS, S.D. – People gathered", "NEW YORK (Reuters) - Oil rose",
                           "Washington (CNN)The Senate voted", "LONDON — Prices", "Paris - the city", "ÉLAN, France — x", "\u{A0}KYIV — y",
                           "AB\u{301}C, Z — w", "NAIROBI\tKenya — v", "X — y", "(AP) — z", "The minister said on Monday that talks would go on",
                           "BEIJING\u{2014}China", "SEOUL, South Korea (Yonhap) -- Talks", "\u{3000}TOKYO — n", "ROME (ANSA) – Italian",
                           "A well-known “figure” said it", "WELL-KNOWN — z", "X–Y range", "ABC–DEF — g", "Q -x", "R—S"]

    @Test("the gated rule gives the ungated rule's dateline on every paragraph")
    func gatedRuleMatchesPlainRule() {
        let padded = Self.openings.flatMap { [$0, String(repeating: "word ", count: 15) + $0, $0 + " and more text after it"] }
        for text in BuildStageFastPathTests.mixedTexts(count: 3000, seed: 31) + padded {
            #expect(DatelineRule.dateline(in: text) == DatelineRule.ungatedDateline(in: text, head: DatelineRule.characterPrefix(text, 80)), "\(text.debugDescription)")
        }
        // the openings hold datelines of both forms, and lines the gate rules out
        #expect(DatelineRule.dateline(in: "HANOI, Vietnam (AP) — U.S. Defense Secretary") == "HANOI, Vietnam")
        #expect(DatelineRule.dateline(in: "Washington (CNN)The Senate voted") == "Washington")
        #expect(!DatelineRule.mayHoldDateline("A well-known “figure” said it"[...]))
    }

    @Test("the first word is the first of the split words")
    func firstWordMatchesSplit() {
        let extra = ["", " ", "  A", "AB CD", "A\tB", "é B", "AB é", "\u{A0}AB", "AB\u{A0}C D", "e\u{301} x", "X\u{301}", "  \u{3000}Z"]
        for text in BuildStageFastPathTests.mixedTexts(count: 2000, seed: 41) + extra + Self.openings {
            let word = DatelineRule.firstSpaceWord(text[...])
            let plain = text[...].spaceWords.first
            #expect(word.map { Array($0.utf8) } == plain.map { Array($0.utf8) }, "\(text.debugDescription)")
            #expect(word?.startIndex == plain?.startIndex, "\(text.debugDescription)")
        }
    }
}
