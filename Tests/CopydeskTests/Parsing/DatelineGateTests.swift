import Testing
@testable import Copydesk

/// The dateline rule's byte gate and first-word shortcut against the rule without them.
@Suite("Dateline gate")
struct DatelineGateTests {
    /// The rule as it read before the gate: both forms tried on every paragraph, words split into an array.
    static func plainDateline(_ paragraph: String) -> String? {
        if let glued = plainGlued(paragraph) { return glued }
        let head = DatelineRule.characterPrefix(paragraph, 80)
        guard let dash = DatelineRule.firstDash(in: head) else { return nil }
        var place = head[..<dash.lowerBound].trimmedSpace
        if place.fastHasSuffix(")"), let open = place.lastIndex(of: "(") {
            let agency = place[place.index(after: open)..<place.index(before: place.endIndex)]
            guard agency.wordCount <= 3 else { return nil }
            place = place[..<open].trimmedSpace
        }
        guard !place.isEmpty, place.wordCount <= 6 else { return nil }
        guard let firstWord = place.spaceWords.first, firstWord.count >= 2, DatelineRule.hasNoLowercaseLetter(firstWord) else { return nil }
        if place.fastHasSuffix(",") { place = place.dropLast() }
        return String(place)
    }

    private static func plainGlued(_ paragraph: String) -> String? {
        let head = DatelineRule.characterPrefix(paragraph, 60)
        guard let open = head.firstIndex(ofASCII: UInt8(ascii: "(")), let close = head[open...].firstIndex(ofASCII: UInt8(ascii: ")")) else { return nil }
        let agency = head[head.index(after: open)..<close]
        guard DatelineRule.isShortCapitals(agency) else { return nil }
        let place = head[..<open].trimmedSpace
        guard !place.isEmpty, place.wordCount <= 4, place.startsUppercase, !place.fastHasSuffix(".") else { return nil }
        let after = head[head.index(after: close)...]
        guard let next = after.first, next.isUppercase || next == " " || next == "—" || next == "-" || next == "–" else { return nil }
        return String(place.fastHasSuffix(",") ? place.dropLast() : place)
    }

    static let openings = ["HANOI, Vietnam (AP) — U.S. Defense Secretary", "SIOUX FALLS, S.D. – People gathered", "NEW YORK (Reuters) - Oil rose",
                           "Washington (CNN)The Senate voted", "LONDON — Prices", "Paris - the city", "ÉLAN, France — x", "\u{A0}KYIV — y",
                           "AB\u{301}C, Z — w", "NAIROBI\tKenya — v", "X — y", "(AP) — z", "The minister said on Monday that talks would go on",
                           "BEIJING\u{2014}China", "SEOUL, South Korea (Yonhap) -- Talks", "\u{3000}TOKYO — n", "ROME (ANSA) – Italian", "A well-known “figure” said it", "WELL-KNOWN — z", "X–Y range", "ABC–DEF — g", "Q -x", "R—S"]

    @Test("the gated rule gives the plain rule's dateline on every paragraph")
    func gatedRuleMatchesPlainRule() {
        let padded = Self.openings.flatMap { [$0, String(repeating: "word ", count: 15) + $0, $0 + " and more text after it"] }
        for text in BuildStageFastPathTests.mixedTexts(count: 3000, seed: 31) + padded {
            #expect(DatelineRule.dateline(in: text) == Self.plainDateline(text), "\(text.debugDescription)")
        }
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
