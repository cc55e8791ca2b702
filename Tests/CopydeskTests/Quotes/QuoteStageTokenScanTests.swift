@testable import Copydesk
import Testing

/// The token scans that read four tokens a step (`TokenList.nextCapitalizedWord`, `nextStop`, `quoteIndices`)
/// give the answers of a plain one-token-at-a-time scan, from every start and to every end.
@Suite("Quotes stage: four-token scans match the plain scans")
struct QuoteStageTokenScanTests {
    /// The first capitalised token in `i..<min(end, count)`, one at a time (`end` when none).
    static func plainCapitalized(_ tokens: TokenList, from i: Int, before end: Int) -> Int {
        var k = i
        while k < min(end, tokens.items.count), !tokens.items[k].capitalized { k += 1 }
        return k < min(end, tokens.items.count) ? k : end
    }

    /// The first `.stop` token at or after `i`, one at a time (`count` when none).
    static func plainStop(_ tokens: TokenList, from i: Int) -> Int {
        var k = i
        while k < min(tokens.count, tokens.items.count), tokens.items[k].kind != .stop { k += 1 }
        return k < min(tokens.count, tokens.items.count) ? k : tokens.count
    }

    @Test("seeded random paragraphs: every start and end")
    func seededParagraphs() {
        let pieces = ["said", "Wang", "the", "Li", ".", ",", "!", "?", "“quoted words”", "(", ")", "a", "NDRC", "U.S.", "x"]
        var random = SeededMix(state: 0x5CA_4401)
        var checked = 0
        for _ in 0..<400 {
            let text = random.text(pieces, upTo: 30, separator: " ")
            let tokens = Tokenizer.tokens(Array(text.utf8), spans: QuoteMarkScanner.spans(in: Array(text.utf8)))
            #expect(Array(tokens.quoteIndices) == (0..<tokens.count).filter { tokens[$0].kind == .quote }, "\(text.debugDescription)")
            for i in 0...(tokens.count + 1) {
                #expect(tokens.nextStop(from: i) == Self.plainStop(tokens, from: i), "stop from \(i) in \(text.debugDescription)")
                for end in i...(tokens.count + 2) {
                    #expect(tokens.nextCapitalizedWord(from: i, before: end) == Self.plainCapitalized(tokens, from: i, before: end),
                            "capitalised from \(i) before \(end) in \(text.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }

    @Test("a reused buffer: stale slots past the count are never read as stops")
    func staleSlots() {
        var items: [Token] = [], spans: [QuoteSpan] = []
        let long = Array("One. Two. Three. Four. Five. Six. Seven.".utf8)
        _ = Tokenizer.tokens(long, findingSpans: &spans, into: &items)
        let short = Array("no stop here at all".utf8)
        let count = Tokenizer.tokens(short, findingSpans: &spans, into: &items)
        let tokens = TokenList(bytes: short, items: items, count: count)
        for i in 0...count { #expect(tokens.nextStop(from: i) == count) }
        // Stale quote tokens past the count are not listed either.
        _ = Tokenizer.tokens(Array("“One” and “two” and “three” then “four”".utf8), findingSpans: &spans, into: &items)
        let shortCount = Tokenizer.tokens(short, findingSpans: &spans, into: &items)
        #expect(Array(TokenList(bytes: short, items: items, count: shortCount).quoteIndices).isEmpty)
        #expect(tokens.nextCapitalizedWord(from: 0, before: items.count) == Self.plainCapitalized(tokens, from: 0, before: items.count))
    }
}

/// `ParagraphText.wordCount(of:)` skips lower-case letters after a letter eight at a time; spans
/// of long words, cut at every length, still count as decoding every scalar counts.
@Suite("Quotes stage: word counts with long lower-case runs")
struct QuoteStageWordCountRunTests {
    @Test("seeded spans of long words, marks, spaces and multi-byte letters")
    func longWords() {
        let pieces = ["abcdefghijklmnopq", "quickly", "Wang", "x", "9", "ab9cd", " ", "  ", "\t", "\u{00A0}", "—", "’", ",", ".", "é",
                      "naïveté", "中", "(x)", "abcdefgh", "abcdefghi"]
        let counted = QuoteStageLaneTests.expectSpanWordCounts(pieces: pieces, seed: 0x10_4C5, upTo: 12)
        #expect(counted > 3000)
    }
}

/// The bracket gate of `EntityTable.addBracketedNames` (libc's byte scan) answers as the
/// sixteen-byte scan it replaced and as a plain search, for every span of seeded paragraphs.
@Suite("Quotes stage: the bracket gate matches the byte scans")
struct QuoteStageBracketGateTests {
    @Test("seeded paragraphs with brackets inside and outside quotes")
    func seededSpans() {
        let pieces = ["(", ")", "[", "Coach", "(Frank)", "Vogel", "“", "”", "\"", " ", "abcdefghijklmnopqrstuvwx", "é", "—", ",", "x"]
        var mix = SeededMix(state: 0xB4AC_4E7)
        var spansSeen = 0
        for _ in 0..<2000 {
            let text = mix.text(pieces, upTo: 40)
            let bytes = Array(text.utf8)
            for span in QuoteMarkScanner.spans(in: bytes) {
                let byLanes = bytes.withUnsafeBufferPointer { ByteClass.contains(0x28, in: $0, span.start..<span.end) }
                #expect(EntityTable.holdsOpenParen(bytes, span) == byLanes, "\(text.debugDescription)")
                #expect(byLanes == bytes[span.start..<span.end].contains(0x28))
                spansSeen += 1
            }
        }
        #expect(spansSeen > 1000)
    }
}
