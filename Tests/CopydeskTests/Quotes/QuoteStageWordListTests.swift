@testable import Copydesk
import Foundation
import Testing

/// The per-token word-list bits (`Token.lists`, set once per block by `WordLists.mark`) give the
/// answers of the `KeySet` look-ups they replace, for every token of every path that makes tokens.
@Suite("Quotes stage: word-list bits match the word lists")
struct QuoteStageWordListTests {
    /// Every token of `tokens`: each bit is set exactly when one of its sets holds the token's key,
    /// and no set holds the key of a token that is not a word (punctuation 0, a quote's span index).
    static func expectBitsMatch(_ tokens: TokenList, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for k in 0..<tokens.count {
            let t = tokens[k]
            for shift in 0..<16 {
                let bit = UInt16(1) << UInt16(shift)
                let bySets = WordLists.sets.contains { $0.bit == bit && $0.set.contains(t.key) }
                guard t.isIn(bit) != bySets else { continue }
                Issue.record("token \(k) (\(tokens.printed(k))) bit \(bit) of \(label.debugDescription)", sourceLocation: sourceLocation)
                return
            }
            if !t.isWord, WordLists.sets.contains(where: { $0.set.contains(t.key) }) {
                Issue.record("non-word token \(k) of \(label.debugDescription) has a listed key", sourceLocation: sourceLocation)
            }
        }
    }

    /// Tokens of `text` from the fused tokenizer, the plain one and the rule-by-rule one.
    static func check(_ text: String, items: inout [Token], spans: inout [QuoteSpan]) {
        let bytes = Array(text.utf8)
        let count = Tokenizer.tokens(bytes, findingSpans: &spans, into: &items)
        expectBitsMatch(TokenList(bytes: bytes, items: items, count: count), text)
        expectBitsMatch(Tokenizer.tokens(bytes, spans: spans), text)
        expectBitsMatch(Tokenizer.tokensByRule(bytes, spans: spans), text)
    }

    @Test("every listed word, in both cases, with possessive endings and next to quotes")
    func listedWords() {
        var items: [Token] = [], spans: [QuoteSpan] = []
        var words: [String] = ["the", "The", "THE", "he", "He", "said", "Said", "of", "and", "&", "Mr.", "Gov.", "co.", "van",
                               "president’s", "officials'", "a", "An", "who", "It", "they", "one", "“quoted”", "\"x\"", ",", "—"]
        // Words of every list, from the lists' own source words through the tokenizer.
        words += ["notwithstanding", "reportedly", "spokesman,", "co-founder", "cllr.", "inc.", "ltd.", "corp.", "sept.", "jan."]
        for text in [words.joined(separator: " "), words.reversed().joined(separator: ", "), words.joined(separator: "“ ”")] {
            Self.check(text, items: &items, spans: &spans)
        }
        // Bits really are set: a reporting verb, a title, a non-name and a joiner.
        let tokens = Tokenizer.tokens(Array("The president said of Van Wang".utf8), spans: [])
        #expect(tokens[0].isIn(WordLists.notName) && tokens[0].isIn(WordLists.article) && tokens[0].isIn(WordLists.definite))
        #expect(tokens[1].isIn(WordLists.title) && tokens[2].isIn(WordLists.verb) && tokens[3].isIn(WordLists.joiner))
        #expect(tokens[4].isIn(WordLists.joiner) && tokens[5].lists == 0)
    }

    @Test("the probe table gives each listed key the bits of exactly the sets holding it, and 0 to others")
    func probeMatchesSets() {
        let probe = WordLists.shared.probe
        var seen = Set<UInt64>()
        for (_, set) in WordLists.sets {
            for key in set.members where seen.insert(key).inserted {
                let expected = WordLists.sets.reduce(UInt16(0)) { $1.set.contains(key) ? $0 | $1.bit : $0 }
                #expect(probe.bits(key) == expected)
            }
        }
        // Keys of unlisted words and seeded random keys (a few thousand, so many share a listed key's slot).
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var others = ["zebra", "quantum", "Wang", "parliament"].map(WordKey.of)
        for _ in 0..<4000 { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; others.append(state | 1) }
        for key in others where !seen.contains(key) { #expect(probe.bits(key) == 0) }
        #expect(probe.bits(0) == 0)
    }

    @Test("the tables a worker fetches once are the byte classes and the probe of the lists")
    func sharedTables() {
        let tables = Tokenizer.Tables.shared
        for c in 0..<256 { #expect(tables.classes[c] == Tokenizer.byteClasses[c]) }
        for (_, set) in WordLists.sets {
            for key in set.members { #expect(tables.lists.bits(key) == WordLists.shared.probe.bits(key)) }
        }
    }

    @Test("no listed key is small enough to be a quote token's span index")
    func keysAreNotSpanIndices() {
        for (_, set) in WordLists.sets { #expect(set.members.allSatisfy { $0 > UInt64(UInt32.max) }) }
        #expect(WordLists.sets.count == 17)
    }

    @Test("seeded random paragraphs of listed words, names, quotes and punctuation")
    func seededParagraphs() {
        let pieces = ["said", "Said", "told", "called", "he", "She", "they", "it", "the", "The", "a", "an", "one", "of", "and", "&",
                      "for", "van", "de", "al", "Wang", "Li", "President", "minister", "Ministry", "police", "also", "has",
                      "who", "that", "which", "in", "at", "from", "this", "its", "his", "Monday", "Mr.", "Dr", "firm", "group",
                      "“", "”", "\"", "’s", "'s", ",", ".", ":", "(", ")", " ", " ", " ", "—", "é", "Ölçü", "NDRC", "U.S.", "x"]
        var random = SeededMix(state: 0x00B1_75E7)
        var items: [Token] = [], spans: [QuoteSpan] = []
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<random.next(50) { text += pieces[random.next(pieces.count)]; if random.next(3) > 0 { text += " " } }
            Self.check(text, items: &items, spans: &spans)
        }
    }

    @Test("the dev corpus: every body block, headline, standfirst and caption (skipped without ../shared)")
    func devCorpus() throws {
        guard let corpus = try TestPaths.devCorpusTexts() else { return }
        var items: [Token] = [], spans: [QuoteSpan] = []
        var checked = 0
        for (name, text) in corpus {
            let article = ArticleParser().parse(text: text, id: name)
            var texts = article.body.map(\.text) + article.standfirst
            if let headline = article.headline { texts.append(headline) }
            for item in article.media { if let caption = item.caption { texts.append(caption) } }
            for text in texts { Self.check(text, items: &items, spans: &spans); checked += 1 }
        }
        #expect(checked > 300)
    }
}
