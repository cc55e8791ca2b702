@testable import Copydesk
import Testing

/// `PhraseTable`'s Horspool scan (phrases of four bytes or more) finds exactly the earliest-listed
/// phrase a loop of `contains` checks in list order finds, folded or not, wherever the phrases stand.
@Suite("Phrase table: the skipping scan keeps the results")
struct PhraseTableSkipTests {
    /// Lines of random filler with phrases, their capitalised forms and near misses put anywhere.
    private func lines(_ phrases: [String], count: Int, seed: UInt64) -> [Substring] {
        var mix = SeededMix(state: seed)
        let filler = ["a", " ", "x", "é", "’", "news", "app", "in", "your", "click", "here", "terms", "of", "service", "\u{301}", "😀"]
        let variants = phrases.flatMap { [$0, $0.uppercased(), String($0.dropLast()), String($0.dropFirst())] }
        return (0..<count).map { _ in
            Substring((0..<(1 + mix.next(9))).map { _ in mix.next(3) == 0 ? variants[mix.next(variants.count)] : filler[mix.next(filler.count)] }.joined())
        }
    }

    @Test("the fragment table against contains checks, folded and lower-cased, at every window end")
    func fragments() {
        let phrases = KnownPhrases.fragments.map(\.0)
        let table = PhraseTable(phrases)
        for text in lines(phrases, count: 4000, seed: 21) + phrases.map({ Substring($0) }) + phrases.map({ Substring("x" + $0.uppercased()) }) {
            let lower = TextLine.asciiLowercased(text)
            let plain = phrases.firstIndex { lower.fastContains($0) }
            #expect(table.firstListed(folding: text) == plain, "\(text)")
            #expect(table.firstListed(in: lower) == plain, "\(text)")
        }
    }

    @Test("phrases sharing their endings and a phrase at the very end of the line")
    func sharedEndings() {
        let phrases = ["abcd", "zbcd", "bcdx", "cdcdcd", "dddd"]
        let table = PhraseTable(phrases)
        for text in lines(phrases, count: 4000, seed: 5) + ["xxabcd", "abcdd", "dddd", "cdcdcdd", "zzzzbcdx"] {
            let lower = TextLine.asciiLowercased(text)
            #expect(table.firstListed(folding: text) == phrases.firstIndex { lower.fastContains($0) }, "\(text)")
        }
    }
}
