@testable import Copydesk
import Testing

/// The fifteenth pass's changes against the plain rules they stand for: a lone span's word count
/// left uncounted (the reader never reads it), and a quote's attribution chosen with each reading
/// made only when the choice needs it.
@Suite("Quotes stage: a lone span's word count and the attribution chosen lazily")
struct QuoteDeciderFifteenthPassTests {
    static let pieces = ["said", "says", "told", "added", "according", "to", "Wang", "Zhigang", "Li", "the", "he", "she",
                         "minister", "an", "official", "“It works,”", "“No.”", "“Yes, we will do it.”", "’s", ",", ".", ":",
                         " ", " ", " ", "—", "(", ")", "Acme", "Corp", "that", "One", "expert"]

    /// Every answer of `reader` for the quote token at `q`, as text.
    static func answers(_ reader: AttributionReader, _ q: Int, previous: Int?) -> String {
        String(describing: (reader.after(q), reader.before(q, previousQuote: previous), reader.accordingTo(q), reader.speakerLabel(q)))
    }

    @Test("a paragraph with one quote: the reader's answers do not depend on the span word counts")
    func loneSpanCountsUnread() {
        var random = SeededMix(state: 0x15_10E)
        var para = ParagraphText()
        var checked = 0
        for _ in 0..<4000 {
            para.load(random.text(Self.pieces, upTo: 30, separator: " "))
            guard para.spans.count == 1 else { continue }
            let counted = AttributionReader(tokens: para.tokens, spanWords: [para.wordCount(of: para.spans[0])])
            let uncounted = AttributionReader(tokens: para.tokens, spanWords: [])
            for q in para.tokens.quoteIndices {
                for previous in [nil, q > 0 ? q - 1 : nil] as [Int?] {
                    #expect(Self.answers(counted, q, previous: previous) == Self.answers(uncounted, q, previous: previous))
                }
                checked += 1
            }
        }
        #expect(checked > 500)
    }

    /// The attribution rule with every reading made first, as the decider made it before.
    static func eagerAttribution(_ reader: AttributionReader, _ q: Int, previous: Int?, lastScalar: UInt32) -> Attribution? {
        let tokens = reader.tokens
        let sentenceEnded = lastScalar == 0x2E && q + 1 < tokens.count && tokens[q + 1].capitalized
        let after = sentenceEnded ? nil : reader.after(q) ?? reader.accordingTo(q)
        let before = reader.before(q, previousQuote: previous)
        let adjacentBefore = before.map { b in (b.cueIndex + 1..<q).allSatisfy { k in
            let t = tokens[k]; return t.kind == .comma || t.kind == .colon || t.key == Keyword.that || t.kind == .other
        } } ?? false
        var attribution: Attribution? = reader.speakerLabel(q)
        if attribution != nil {
        } else if adjacentBefore { attribution = before } else if lastScalar == 0x2C || lastScalar == 0x3F || lastScalar == 0x21 {
            attribution = after ?? before
        } else { attribution = before ?? after }
        return attribution
    }

    @Test("the attribution read lazily == the one chosen after every reading, for every quote ending")
    func lazyAttributionMatchesEager() {
        var random = SeededMix(state: 0x15_A77)
        let more = Self.pieces + ["Wang:", "Smith:", "According", "insisted", "that", "“Fine!”", "“Why?”", "“Go on,” he",
                                  "“Stop.” The", "“x”", "described", "called", "it", "a", "Minister", "Anna", "Lopez,"]
        var para = ParagraphText()
        var checked = 0, found = 0
        for _ in 0..<3000 {
            para.load(random.text(more, upTo: 36, separator: " "))
            guard !para.spans.isEmpty else { continue }
            let reader = AttributionReader(tokens: para.tokens, spanWords: para.spans.map { para.wordCount(of: $0) })
            var previous: Int?
            for q in para.tokens.quoteIndices {
                let own = para.lastScalar(of: para.spans[para.tokens[q].quoteIndex])
                for last in [own, 0x2C, 0x2E, 0x3F, 0x21, 0x41] as [UInt32] {
                    let lazy = QuoteDecider.attribution(reader, q, previousQuote: previous, lastScalar: last)
                    let eager = Self.eagerAttribution(reader, q, previous: previous, lastScalar: last)
                    #expect(String(describing: lazy) == String(describing: eager), "\(para.tokens.count) \(q)")
                    if lazy != nil { found += 1 }
                    checked += 1
                }
                previous = q
            }
        }
        #expect(checked > 3000 && found > 1000)
    }

    @Test("the one-walk readers == the two-walk rules, after and before every quote")
    func oneWalkReaders() {
        var random = SeededMix(state: 0x15_0E1)
        let more = Self.pieces + ["Wang:", "According", "insisted", "that", "“Fine!”", "“x”", "“Go on, then, now,”", "described",
                                  "called", "it", "a", "reporters", "quietly", "adding", "Minister", "Anna", "Lopez,", ";", "!"]
        var para = ParagraphText()
        var checked = 0, found = 0
        for _ in 0..<3000 {
            para.load(random.text(more, upTo: 60, separator: " "))
            let reader = AttributionReader(tokens: para.tokens, spanWords: para.spans.map { para.wordCount(of: $0) })
            var quotes: [Int] = []
            for q in para.tokens.quoteIndices {
                #expect(String(describing: reader.after(q)) == String(describing: reader.afterByRule(q)))
                for previous in [nil, quotes.last, q > 0 ? q - 1 : nil] as [Int?] {
                    let fast = reader.before(q, previousQuote: previous)
                    #expect(String(describing: fast) == String(describing: reader.beforeByRule(q, previousQuote: previous)))
                    if fast != nil { found += 1 }
                }
                quotes.append(q)
                checked += 1
            }
        }
        #expect(checked > 2000 && found > 500)
    }

    @Test("a paragraph the bracket gate turns away has no span holding an opening bracket")
    func paragraphBracketGate() {
        var random = SeededMix(state: 0x15_B4AC)
        let more = Self.pieces + ["“Coach (Frank) Vogel”", "(", "[", "“(x)”", "“a [b] c”", "Coach", "(Frank)", "Vogel"]
        var para = ParagraphText()
        var turnedAway = 0, kept = 0
        for _ in 0..<3000 {
            para.load(random.text(more, upTo: 30, separator: " "))
            guard let first = para.spans.first, let last = para.spans.last else { continue }
            if EntityTable.holdsOpenParen(para.tokens.bytes, from: first.start, to: last.end) { kept += 1; continue }
            turnedAway += 1
            for span in para.spans { #expect(!EntityTable.holdsOpenParen(para.tokens.bytes, span)) }
        }
        #expect(turnedAway > 300 && kept > 300)
    }
}
