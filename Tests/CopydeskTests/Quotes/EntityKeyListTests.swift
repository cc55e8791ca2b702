@testable import Copydesk
import Testing

/// A large entity table lists its entities by key (`EntityTable+KeyLists`): matching a surface inside longer names
/// through those lists gives what the scan of every entity gives.
@Suite("Quotes stage: entity key lists")
struct EntityKeyListTests {
    private static let words = ["Wang", "Zhigang", "Li", "Smith", "Anna", "Maria", "Lopez", "Kim", "Jones", "Chen",
                                "Ruiz", "Okafor", "Lena", "Park", "Commission", "Bank", "Reform", "Noem", "Kristi"]

    @Test("longer-name matches through the key lists are the scan's, on large random tables")
    func keyListsMatchScan() {
        var mix = SeededMix(state: 0x4B1)
        var found = 0
        for round in 0..<12 {
            var table = EntityTable()
            for p in 0..<(90 + mix.next(60)) {
                var parts: [String] = []
                for _ in 0..<(2 + mix.next(3)) { parts.append(Self.words[mix.next(Self.words.count)]) }
                if mix.next(2) == 0 { parts.append("Zed\(mix.next(40))") }  // many distinct names
                let tokens = Tokenizer.tokens(Array(("Officials met " + parts.joined(separator: " ") + " on Monday.").utf8), spans: [])
                table.add(tokens: tokens, paragraph: p)
            }
            #expect(table.entities.count >= EntityTable.keyListThreshold && table.entitiesByKey != nil, "round \(round)")
            // mentions in any order (the holders must follow each one), some entities never mentioned
            for _ in 0..<mix.next(3 * table.entities.count / 4) { table.touch(mix.next(table.entities.count)) }
            var scanning = table
            scanning.entitiesByKey = nil
            scanning.holders = nil
            for _ in 0..<200 {
                var surface: [String] = []
                for _ in 0..<(1 + mix.next(3)) { surface.append(mix.next(4) == 0 ? "Zed\(mix.next(40))" : Self.words[mix.next(Self.words.count)]) }
                let tokens = Tokenizer.tokens(Array(("Then " + surface.joined(separator: " ") + " spoke.").utf8), spans: [])
                let run = NameRun(first: 1, last: tokens.count - 2, nameStart: 1, isOrganization: false, possessive: false, isAcronym: false)
                for (recent, paragraph) in [(true, 200), (false, 40), (true, 5)] {
                    let listed = table.resolveInLongerName(run, tokens, recent: recent, paragraph: paragraph)
                    #expect(listed == scanning.resolveInLongerName(run, tokens, recent: recent, paragraph: paragraph), "round \(round): \(surface)")
                    if listed != nil { found += 1 }
                }
            }
        }
        #expect(found > 500)
    }

    @Test("each key's list holds, in order and once, the entities whose name holds the key")
    func listsHoldTheirEntities() {
        var table = EntityTable()
        for p in 0..<120 {
            let tokens = Tokenizer.tokens(Array("Officials met \(Self.words[p % 19]) \(Self.words[(p * 7) % 19]) Zed\(p % 50) on Monday.".utf8), spans: [])
            table.add(tokens: tokens, paragraph: p)
        }
        let lists = table.entitiesByKey ?? [:]
        #expect(!lists.isEmpty)
        for (key, list) in lists {
            let expected = table.entities.indices.filter { i in table.entities[i].keys.contains { table.keyStore[$0] == key } }
            #expect(list == expected)
        }
    }
}
