@testable import Copydesk
import Testing

/// The ninth pass's fast paths against the plain rules they stand for: all-capitals words in the
/// fused loop and the bracketed-name gate.
@Suite("Quotes stage: capitals words and the bracketed-name gate")
struct QuoteStageNinthPassTests {
    @Test("paragraphs dense in all-capitals words: the fused loop == the plain tokenizer, word lists included")
    func capitalsWords() {
        var random = SeededMix(state: 0xCA_9175)
        let pieces = ["US", "NBA", "UK", "THE", "AJ", "NDRC", "ABCDEFGH", "ABCDEFGHIJ", "U", "A", "US.", "UK,", "USA’s", "UN's",
                      "PG&E", "G7", "COVID-19", "IT-", "ABc", "AbC", "LeBron", "said", "He", "he", "the", "of", "(FBI)", "[UK]",
                      " ", " ", " ", ", ", ".", ". ", "“", "”", "’", "'", "é", "É", "\u{00A0}", "—", ":", ";", "0", "x"]
        var items: [Token] = [], spans: [QuoteSpan] = []
        var capitals = 0
        for _ in 0..<6000 {
            let text = random.text(pieces, upTo: 30)
            QuoteStageFusedScanTests.expectSame(text, items: &items, spans: &spans)
            let bytes = Array(text.utf8)
            let count = Tokenizer.tokens(bytes, findingSpans: &spans, into: &items)
            for k in 0..<count where items[k].kind == .word {
                #expect(items[k].lists == WordLists.shared.probe.bits(items[k].key), "\(text.debugDescription)")
                if items[k].end - items[k].start >= 2, bytes[items[k].start + 1] &- 0x41 < 26 { capitals += 1 }
            }
        }
        #expect(capitals > 5000)
    }

    @Test("the bracketed-name gate never turns away a span where the pattern is found")
    func bracketGate() {
        var random = SeededMix(state: 0xB2AC_E7)
        let pieces = ["(", ")", "[", "]", "Coach", "(Frank)", "(frank)", "(9)", "( Frank )", "Vogel", "vogel", "The", "“", "”",
                      "\"", "'", " ", "  ", "\t", "é", "É", "—", ",", ".", "x", "NBA", "(NDRC)", "is", "(James) is", "\u{00A0}"]
        var turnedAway = 0, kept = 0
        for _ in 0..<6000 {
            let text = "“" + random.text(pieces, upTo: 24) + "”"
            let bytes = Array(text.utf8)
            for span in QuoteMarkScanner.spans(in: bytes) where EntityTable.holdsOpenParen(bytes, span) {
                var from = span.start
                while bytes[from] != 0x28 && bytes[from] != 0x5B { from += 1 }
                let inner = Tokenizer.tokens(Array(bytes[from..<span.end]), spans: [])
                var found = false
                var k = 0
                while k + 3 < inner.count { if EntityTable.isBracketedName(inner, k) { found = true; break }; k += 1 }
                if EntityTable.mayOpenBracketedName(bytes, from, span.end) { kept += 1 } else {
                    turnedAway += 1
                    #expect(!found, "\(text.debugDescription)")
                }
            }
        }
        #expect(turnedAway > 1000)
        #expect(kept > 1000)
    }

    @Test("a token mayCue turns away is one cue(at:) turns away, with and without weak verbs")
    func cuePrecheck() {
        var random = SeededMix(state: 0xC0E_5A1D)
        let pieces = ["said", "says", "told", "added", "according", "to", "According", "Said", "described", "called", "Wang",
                      "the", "he", "she", "reporters", "“It works,”", "“No.”", "’s", "'s", ",", ".", ":", " ", " ", " ", "—", "(", ")"]
        var para = ParagraphText()
        var turnedAway = 0, kept = 0
        for _ in 0..<4000 {
            para.load(random.text(pieces, upTo: 30, separator: " "))
            let reader = AttributionReader(tokens: para.tokens, spanWords: para.spans.map { para.wordCount(of: $0) })
            for k in 0..<para.tokens.count {
                if reader.mayCue(k) { kept += 1; continue }
                turnedAway += 1
                #expect(reader.cue(at: k, allowWeak: true) == nil && reader.cue(at: k, allowWeak: false) == nil)
            }
        }
        #expect(turnedAway > 10000)
        #expect(kept > 2000)
    }
}
