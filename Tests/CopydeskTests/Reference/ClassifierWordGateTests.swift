@testable import Copydesk
import Testing

/// The classifier's word-count gates skip rules only for lines those rules answer `nil` for, and the out-of-line
/// named-source ending answers as the byte test it wraps.
@Suite("Classifier word-count gates")
struct ClassifierWordGateTests {
    /// One-word lines that come close to each skipped rule: "By" openings without their space, glued names, credit
    /// and print-edition openings run together, and one-word pieces of the seeded random lines.
    private static var oneWordTexts: [String] {
        var texts = ["By:Jane", "by:jane", "BY:JANE", "ByJane", "Bylines", "Written", "WrittenBy", "Words", "Story", "Text", "Posted",
                     "Published", "Author:", "Author:Jane", "Authors:", "Reporting", "ReportingBy", "Writing", "Compiled", "CompiledBy",
                     "This", "Thisarticleappearedin", "Sports", "Technology", "Privacy", "Reuters", "AP", "Agency", "ap", "by", "BY"]
        for text in ClassifierOracleLines.random(count: 6000, seed: 41) {
            texts += text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            texts.append(String(text.filter { !$0.isWhitespace }))
        }
        return texts
    }

    @Test("a one-word line not opening with b is no \"By\" byline; a one-word line is no credit line")
    func oneWordLines() {
        var checked = 0
        for text in Self.oneWordTexts where !text.isEmpty {
            let line = TestLine(number: 1, text: text[...])
            guard line.words == 1 else { continue }
            checked += 1
            if !LineClassifier.Gates.bylineWords(line.firstLowerByte, line.words) {
                #expect(BylineRule.match(line) == nil, "\(text)")
            }
            #expect(BylineRule.creditLine(line) == nil, "\(text)")
            #expect(LineClassifier.classify(line) == RefLineClassifier.classify(line), "\(text)")
        }
        #expect(checked > 5000)
        // the gate keeps every line of two words or more, and one-word lines opening with "b"
        #expect(LineClassifier.Gates.bylineWords(UInt8(ascii: "b"), 1) && LineClassifier.Gates.bylineWords(UInt8(ascii: "w"), 2))
        #expect(!LineClassifier.Gates.bylineWords(UInt8(ascii: "w"), 1))
    }

    @Test("prefix sums equal the running totals the tables were built with")
    func prefixSums() {
        var mix = SeededMix(state: 45)
        for length in [0, 1, 2, 7, 256] {
            let counts = (0..<length).map { _ in mix.next(40) }
            #expect(PrefixSums.offsets(counts) == counts.reduce(into: [0]) { $0.append($0.last! + $1) }, "\(counts)")
        }
    }

    @Test("a line of fewer than four words is no print-edition note")
    func shortPrintEditionLines() {
        let texts = ["This article appeared", "This article appeared in", "This article appearedin the print edition",
                     "Thisarticle appeared in the Times print edition as: X", "This\u{A0}article appeared in"]
        for text in texts + ClassifierOracleLines.random(count: 3000, seed: 42).map({ "This article appeared in" + $0 }) {
            let line = TestLine(number: 1, text: text[...])
            if line.words < 4 { #expect(PrintEditionRule.match(line.text) == nil, "\(text)") }
            #expect(LineClassifier.classify(line) == RefLineClassifier.classify(line), "\(text)")
        }
    }

    @Test("the out-of-line named-source ending equals the byte test")
    func namedSourceEnding() {
        let texts = ClassifierOracleLines.random(count: 3000, seed: 43) + CaptionRule.namedSources.map { "Smoke rises. " + $0 }
        for text in texts where !text.isEmpty {
            var line = TestLine(number: 1, text: text[...])
            #expect(CaptionRule.endsWithNamedSource(&line) == text[...].withUTF8Bytes(CaptionRule.endsWithNamedSource), "\(text)")
        }
    }

    @Test("a role is a word and a tag: wide payloads are boxed")
    func roleLayout() {
        #expect(MemoryLayout<LineRole>.size <= 9)
        let role = LineRole.byline(BylineRule.Match(names: [BylineEntry(name: "Jane Doe")]))
        #expect(role == .byline(BylineRule.Match(names: [BylineEntry(name: "Jane Doe")])))
        #expect(role != .byline(BylineRule.Match(names: [BylineEntry(name: "John Doe")])))
        #expect(role.kind == .byline && LineRole.furniture(.share).kind == .share && LineRole.text.kind == .text)
        #expect(LineRole.caption(.credit("AP", captionAbove: true)).kind == .credit)
    }
}
