import Testing
@testable import Copydesk

/// The dateline rule read on bytes (`freeDateline`) against the rule read on Characters.
@Suite("Dateline on bytes")
struct DatelineFreeTests {
    /// Paragraph openings built from dateline-shaped pieces: places in capitals or not, agencies in brackets, every
    /// dash, spaces of each kind, accented capitals, and scalars that join their neighbours.
    static func openings(count: Int, seed: UInt64) -> [String] {
        let pieces = ["HANOI", "Vietnam", ", ", " ", "(AP)", "(CNN)", "(Reuters)", "(ab)", "(A B C D)", "()", "(", ")", " — ", " – ", " - ",
                      "—", "–", "-", "--", "The", "Senate", "x", "LOS ANGELES", "S.D.", ".", ",", "\t", "\u{A0}", "\u{B}", "ÉLAN", "é",
                      "Ł", "ß", "ÀB", "’", "“", "\u{AD}", "e\u{301}", "\r", "😀", "\u{2028}", "\u{3000}", "1", "AFP", "XINHUA", "A",
                      String(repeating: "WORD ", count: 11), String(repeating: "x", count: 30)]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<(1 + next(14))).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test("the byte rule gives the Character rule's dateline, and decides the usual openings itself")
    func freeRuleMatchesCharacterRule() {
        var decided = 0
        let texts = Self.openings(count: 6000, seed: 7) + BuildStageFastPathTests.mixedTexts(count: 2000, seed: 53) + DatelineGateTests.openings
        for text in texts {
            #expect(DatelineRule.dateline(in: text) == DatelineRule.characterDateline(in: text), "\(text.debugDescription)")
            var copy = text
            if copy.withUTF8({ DatelineRule.freeDateline($0) }) != nil { decided += 1 }
        }
        #expect(decided > texts.count / 5)  // the pieces that join their neighbours send the rest to the Character rule
        let known = ["HANOI, Vietnam (AP) — U.S. Defense Secretary": "HANOI, Vietnam", "Washington (CNN)The Senate voted": "Washington",
                     "NEW YORK (Reuters) - Oil rose": "NEW YORK", "SIOUX FALLS, S.D. – People gathered": "SIOUX FALLS, S.D.",
                     "LONDON, \u{A0}— Prices": "LONDON"]
        for (text, place) in known {
            var copy = text
            #expect(copy.withUTF8({ DatelineRule.freeDateline($0) }) == .some(place), "\(text)")
            #expect(DatelineRule.dateline(in: text) == place)
        }
        // the byte cuts are where the Character prefixes end, on ASCII runs with a CR, an accent or a joining mark at every offset
        let ascii = String(repeating: "WASHINGTON (AP) The Senate voted ", count: 4)
        let runs = (0..<90).flatMap { offset in ["\r", "é", "e\u{301}", "—", "\u{A0}"].map { piece in
            String(ascii.prefix(offset)) + piece + String(ascii.dropFirst(offset)) } }
        for text in runs + texts {
            var copy = text
            guard let (cut60, cut80) = copy.withUTF8({ DatelineRule.freeCuts($0) }) else { continue }
            #expect(cut60 == DatelineRule.characterPrefix(text, 60).utf8.count && cut80 == DatelineRule.characterPrefix(text, 80).utf8.count)
        }
        var plain = "The minister said on Monday that talks (which began in May) would go on"
        #expect(plain.withUTF8({ DatelineRule.freeDateline($0) }) == .some(nil))
    }
}
