@testable import Copydesk
import Testing

/// The faster line classifier against the rules it replaces (`RefLineClassifier`, main 27fe582): the same role,
/// payload included, for every corpus and fixture line and for seeded random lines built from the rules' tables.
///
/// `Reference/` is a frozen copy of those rules, kept only as this speed work's oracle: it pins the classifier
/// to their behaviour. The word and phrase tables they read are the live ones (data, not logic). A change
/// that means to classify lines differently (a quality fix) retires the copy and these tests in the same commit;
/// the scorer, the golden outputs and the rule tests then carry the behaviour.
@Suite("Classifier against the reference rules")
struct ClassifierOracleTests {
    @Test("every corpus and fixture line gets the reference role")
    func corpusLines() {
        let lines = ClassifierOracleLines.corpus
        // The fixtures alone hold a few hundred lines; the dev corpus (beside the checkout) adds thousands.
        if TestPaths.shared == nil { print("note: ../shared is absent; the oracle reads the fixtures' lines only") }
        #expect(lines.count > (TestPaths.shared == nil ? 300 : 1000))
        var differing = 0
        for line in lines where LineClassifier.classify(line) != RefLineClassifier.classify(line) {
            differing += 1
            if differing <= 20 { Issue.record("\(line.text): \(LineClassifier.classify(line)) vs \(RefLineClassifier.classify(line))") }
        }
        #expect(differing == 0)
    }

    @Test("seeded random lines from the rules' tables get the reference role", arguments: [1, 2, 3, 4] as [UInt64])
    func randomLines(seed: UInt64) {
        var differing = 0
        var roles = Set<String>()
        for text in ClassifierOracleLines.random(count: 15_000, seed: seed) {
            let line = TestLine(number: 1, text: text[...])
            let role = LineClassifier.classify(line)
            roles.insert(String(describing: role).prefix(while: { $0 != "(" }).description)
            if role != RefLineClassifier.classify(line) {
                differing += 1
                if differing <= 20 { Issue.record("\(text): \(role) vs \(RefLineClassifier.classify(line))") }
            }
        }
        #expect(differing == 0)
        #expect(roles.count >= 8, "the random lines reach many rules: \(roles.sorted())")
    }

    @Test("dates found in every corpus line and random line equal the reference", arguments: [5, 6] as [UInt64])
    func dateText(seed: UInt64) {
        let texts = ClassifierOracleLines.corpus.map(\.text) + ClassifierOracleLines.random(count: 15_000, seed: seed).map { $0[...] }
        var found = 0
        for text in texts {
            let new = DateText.find(in: text), old = RefDateText.find(in: text)
            #expect(new?.range == old?.range && new?.text == old?.text && new?.iso == old?.iso && new?.otherWords == old?.otherWords,
                    "\(text)")
            if new != nil { found += 1 }
            let line = TestLine(number: 1, text: text)
            #expect(DateRule.match(line) == RefDateRule.match(line), "\(text)")
        }
        #expect(found > 500)
    }
}

/// The classifier's inline opening gates stand for the rules' tables: the same bytes, no more, no fewer.
@Suite("Classifier inline gates")
struct ClassifierGateTests {
    @Test("each inline first-byte gate passes exactly the first bytes of its table")
    func gatesEqualTables() {
        let related = ByteSet(firstBytesOf: LineClassifier.relatedPrefixes)
        for byte in UInt8.min...UInt8.max {
            #expect(LineClassifier.Gates.related(byte) == related.contains(byte), "related \(byte)")
            #expect(LineClassifier.Gates.creditLine(byte) == BylineRule.creditLineStarts.contains(byte), "credit line \(byte)")
            #expect(LineClassifier.Gates.byline(byte) == (BylineRule.byPrefixStarts.contains(byte) || byte == UInt8(ascii: "b")), "byline \(byte)")
            #expect(CaptionRule.mayEndNamedSource(byte) == CaptionRule.namedSourceEnds.contains(byte), "named source end \(byte)")
        }
        // so the byline gate passes exactly the "By" openings' first bytes (`BylineRule.byPrefixLength` relies on it)
        #expect(BylineRule.byPrefixStarts.contains(UInt8(ascii: "b")))
    }
}

/// The caption rule's byte gates against the paths they skip.
@Suite("Caption byte gates")
struct CaptionByteGateTests {
    @Test("a bracket the gate rejects is no credit for the reference rule", arguments: [7, 8] as [UInt64])
    func bracketGate(seed: UInt64) {
        var rejected = 0
        // texts without brackets of their own, so the bracket added around each is the one the rule reads
        for text in ClassifierOracleLines.random(count: 8000, seed: seed) where !text.contains(where: { "()[]".contains($0) }) {
            let inside = text[...]
            for line in ["A man walks by on Tuesday. (" + text + ")", "(" + text + ")", "[" + text + "]"] {
                guard !CaptionRule.bracketMayHoldCredit(inside.trimmedSpace) else { continue }
                rejected += 1
                #expect(RefCaptionRule.parenthesisedCredit(line[...]) == nil, "\(line)")
            }
        }
        #expect(rejected > 500)
    }

    @Test("the named-source ending equals a suffix test with each source")
    func namedSourceEnding() {
        let texts = ClassifierOracleLines.random(count: 5000, seed: 9) + CaptionRule.namedSources.map { "Smoke rises. " + $0 }
        for text in texts {
            let expected = CaptionRule.namedSources.contains { text[...].fastHasSuffix($0) }
            #expect(text[...].withUTF8Bytes(CaptionRule.endsWithNamedSource) == expected, "\(text)")
        }
    }

    @Test("the credit-lead capitals constant equals the bits worked out from the leads")
    func leadCapitals() {
        #expect(CaptionRule.leadCapitals == CaptionRule.plainLeadCapitals)
    }

    @Test("gallery counters dropped with the digit gate answer as the reference rule")
    func galleryCounters() {
        var texts = ["1of4Grass", "12of40 A shopper", "123of4x", "1234of4 x", "1of", "1o", "1", "2019", "2019 was", "1of4", "3 of 4",
                     "1of\u{301}4 x", "1\u{301}of4 x", "1\r\nof4", "1\nof4 x", "10f4", "1ofx", "1Of4 x", "1of٤ x", "٣of4 x", "½of4 x", "01of02 A"]
        for piece in ClassifierOracleLines.random(count: 3000, seed: 36) {
            texts += ["1of4" + piece, "2" + piece, "12of" + piece, "1234" + piece, "7of" + piece.prefix(3)]
        }
        var dropped = 0
        for text in texts {
            let new = CaptionRule.droppingGalleryCounter(text[...])
            #expect(new == RefCaptionRule.droppingGalleryCounter(text[...]), "\(text)")
            if new != text[...] { dropped += 1 }
        }
        #expect(dropped > 1000)
    }
}
