@testable import Copydesk
import Testing

/// The eighteenth pass's byte gates against the rules they let lines skip: a gate says "no" only where its rule
/// finds nothing, on every corpus and fixture line and on seeded random lines built from the rules' own words.
@Suite("Layout gates against their rules")
struct LayoutGateTests {
    /// Corpus lines, random lines, and lines of the shapes the rules read.
    static let lines: [TestLine] = {
        let shapes = ["Ingrid Lunden@ingridlunden / 11:36 am EST • November 20, 2019", "Scott K. Johnson - Nov 19, 2019 4:45 pm UTC",
                      "Neha Madaan | TNN | Updated: Nov 20, 2019, 10:34 IST", "Bartley Kives · CBC News · Posted: Nov 19, 2019 4:00 AM CT",
                      "Tom Warren @tom2 / Nov 19, 2019", "Ahmed bin Salman – 20 Nov 2019", "Photo by Tom Warren / The Verge",
                      "REUTERS/Brendan McDermid", "AP / Jane Roe", "photographs by Ann Lee", "The bus travels along the avenue. (Travis Golby/CBC)",
                      "Residents are helped from their homes in Fishlake, South Yorkshire (PA)", "Shares rose on Monday (Nasdaq: ACME)"]
        let random = ClassifierOracleLines.random(count: 6000, seed: 0x18_6A7E) + ClassifierOracleLines.random(count: 2000, seed: 0x18_6A7F)
            .map { "Jane Roe " + $0 }
        return ClassifierOracleLines.corpus + (shapes + random).map { textLine($0) }
    }()

    @Test("a name-then-date line the gate turns away is no byline")
    func nameThenDate() {
        var passed = 0
        for line in Self.lines where line.text.first.map({ $0.isASCII && $0.isLetter }) == true {
            let gate = line.text.withUTF8Bytes { LayoutGates.mayOpenNameThenDate($0) }
            if gate { passed += 1 } else { #expect(BylineRule.matchNameThenDate(line.text) == nil, "\(line.text)") }
        }
        #expect(passed > 100)
    }

    @Test("a credit line the gate turns away is no credit; a bracketed ending the gate turns away is no short credit")
    func credits() {
        var standalone = 0, bracket = 0
        for line in Self.lines {
            if line.text.withUTF8Bytes(LayoutGates.mayBeStandaloneCredit) { standalone += 1 } else {
                #expect(CaptionRule.standaloneCredit(line.text) == nil, "\(line.text)")
            }
            guard line.text.last == ")" else { continue }
            if line.text.withUTF8Bytes(LayoutGates.mayEndWithShortCredit) { bracket += 1 } else {
                #expect(CaptionRule.shortBracketCredit(line.text) == nil, "\(line.text)")
            }
        }
        #expect(standalone > 10 && bracket > 10)
    }
}
