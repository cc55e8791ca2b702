@testable import Copydesk
import Testing

/// The resolver's shortcuts (the per-entity key bits, the token scans that jump to the next
/// capitalised word or full stop, the in-place acronym test) give the answers of the plain rules.
@Suite("Quotes stage: resolver shortcuts keep the results")
struct QuoteStageFilterTests {

    /// `recency[i]`, or -1 when the entity was never mentioned (0) or there is no clock.
    private static func recency(_ recency: [Int]?, _ i: Int) -> Int {
        guard let recency, i < recency.count, recency[i] > 0 else { return -1 }
        return recency[i]
    }

    /// `EntityTable.resolve` as it read before the key bits: every entity's keys searched.
    private func plainResolve(_ table: EntityTable, _ run: NameRun, _ tokens: TokenList, recency: [Int]?, paragraph: Int) -> Int? {
        let surfaceCount = run.keyCount
        guard surfaceCount > 0 else { return nil }
        let first = tokens[run.nameStart].key
        if surfaceCount == 1 {
            for i in table.entities.indices where table.entities[i].acronym == first { return i }
        }
        if let found = table.index[EntityTable.fold(run, tokens)] { return found }
        var best: Int?, bestScore = Int.min
        for i in table.entities.indices {
            let keys = table.entities[i].keys
            guard keys.count > surfaceCount, table.entities[i].firstParagraph <= paragraph,
                  let at = table.find(run, tokens, in: keys) else { continue }
            let score = (at + surfaceCount == keys.count ? 2 : (at == 0 ? 1 : 0)) * 1_000_000 + Self.recency(recency, i)
            if score > bestScore { bestScore = score; best = i }
        }
        return best
    }

    private static let names = ["Wang", "Zhigang", "Li", "Smith", "Anna", "Maria", "Lopez", "Kim", "Jones", "Chen",
                                "Ruiz", "Okafor", "Lena", "Park", "Commission", "Bank", "Reform", "Noem", "Kristi"]

    @Test("short names resolve to the same entity with and without the key bits, on random tables")
    func resolveMatchesPlainScan() {
        var mix = SeededMix(state: 3)
        var found = 0, viaScan = 0
        for round in 0..<150 {
            var table = EntityTable()
            var recency: [Int] = []
            for p in 0..<(2 + mix.next(6)) {
                var words: [String] = []
                for _ in 0..<(1 + mix.next(4)) { words.append(Self.names[mix.next(Self.names.count)]) }
                let tokens = Tokenizer.tokens(Array(("Officials met " + words.joined(separator: " ") + " on Monday.").utf8), spans: [])
                table.add(tokens: tokens, paragraph: p)
                // mentions in reading order: some entities mentioned (once or again), others never
                if !table.entities.isEmpty { for _ in 0..<mix.next(6) { table.touch(mix.next(table.entities.count)) } }
            }
            recency = table.entities.indices.map { $0 < table.recency.count ? table.recency[$0] : 0 }
            for word in Self.names + ["Wang Zhigang", "Anna Lopez", "Kim Park Chen"] {
                let tokens = Tokenizer.tokens(Array("Then \(word) spoke.".utf8), spans: [])
                let run = NameRun(first: 1, last: tokens.count - 2, nameStart: 1, isOrganization: false, possessive: false, isAcronym: false)
                for paragraph in [0, 3, 9] {
                    let resolved = table.resolve(run, tokens, recent: true, paragraph: paragraph)
                    #expect(table.resolve(run, tokens, recent: false, paragraph: paragraph)
                            == plainResolve(table, run, tokens, recency: nil, paragraph: paragraph), "round \(round): \(word), no clock")
                    #expect(resolved == plainResolve(table, run, tokens, recency: recency, paragraph: paragraph), "round \(round): \(word)")
                    if resolved != nil { found += 1 }
                    if resolved != nil, table.index[EntityTable.fold(run, tokens)] == nil { viaScan += 1 }
                }
            }
        }
        // The rounds reach the scan over longer names, not only exact look-ups.
        #expect(found > 100 && viaScan > 50)
    }

    @Test("the scans to the next capitalised word and to the next full stop stop where a plain loop stops")
    func tokenScans() {
        let texts = ["", "no capitals here at all", "One. two three. Four five", "a b C", "end.", "“Quote.” Then Wang said so.",
                     "x y z. . . A", "U.S. Gov. Noem said. Later"]
        for text in texts {
            let tokens = Tokenizer.tokens(Array(text.utf8), spans: QuoteMarkScanner.spans(in: Array(text.utf8)))
            for i in 0...tokens.count {
                for end in i...tokens.count {
                    var k = i
                    while k < end, !(tokens[k].isWord && tokens[k].capitalized) { k += 1 }
                    #expect(tokens.nextCapitalizedWord(from: i, before: end) == k, "\(text) \(i)..<\(end)")
                }
                var s = i
                while s < tokens.count, tokens[s].kind != .stop { s += 1 }
                #expect(tokens.nextStop(from: i) == s, "\(text) from \(i)")
            }
        }
    }

    @Test("a name stored in one copy when its words stand one space apart is the words joined")
    func storedTextIsJoinedText() {
        let texts = ["Wang Zhigang said", "Chancellor  Olaf Brandt’s plan", "Acme Corp.’s CEO Jane Doe-Smith, 54,",
                     "the parents’ group met", "Ana Ruiz\tspoke  twice", "A B C D’s E"]
        for text in texts {
            let tokens = Tokenizer.tokens(Array(text.utf8), spans: [])
            for lower in 0...tokens.count {
                for upper in lower...tokens.count {
                    for printed in [false, true] {
                        var table = EntityTable()
                        let range = table.storeText(lower..<upper, tokens, printed: printed)
                        #expect(table.text(range) == tokens.joined(lower..<upper, printed: printed), "\(text) \(lower)..<\(upper)")
                    }
                }
            }
        }
    }

    @Test("the in-place acronym test agrees with the byte-collection one")
    func acronymInPlace() {
        let tokens = Tokenizer.tokens(Array("NDRC UK a A FBI’s Nato U.S. 3M X9 ÖBB mP".utf8), spans: [])
        for k in 0..<tokens.count {
            let t = tokens[k]
            #expect(NameRuns.isAcronym(tokens, k) == NameRuns.isAcronym(tokens.bytes[t.start..<t.stemEnd]), "\(tokens.printed(k))")
        }
    }
}
