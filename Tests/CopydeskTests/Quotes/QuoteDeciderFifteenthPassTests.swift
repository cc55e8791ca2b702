@testable import Copydesk
import Testing

/// The fifteenth pass's changes against the plain rules they stand for: a lone span's word count
/// left uncounted (the reader never reads it).
@Suite("Quotes stage: a lone span's word count")
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
}
