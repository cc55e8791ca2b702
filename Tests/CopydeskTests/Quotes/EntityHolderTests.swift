@testable import Copydesk
import Testing

/// A large entity table keeps, per word and place, the first holder and the one mentioned last
/// (`EntityTable+Holders`): one-word surfaces and role nouns resolve through them exactly as the
/// scan of every entity resolves them.
@Suite("Quotes stage: entity holders")
struct EntityHolderTests {
    private static let surnames = ["Wang", "Li", "Smith", "Garcia", "Kim", "Chen", "Lopez", "Park"]
    private static let roles = ["a spokesman for Acme", "a professor at Renmin University", "the governor of Utah",
                                "an analyst at Bank", "a doctor in Leeds"]
    private static let nouns = ["spokesman", "professor", "governor", "analyst", "doctor", "minister", "gov.", "dr."]

    /// The same table answering by scan only.
    private func scanning(_ table: EntityTable) -> EntityTable {
        var copy = table
        copy.entitiesByKey = nil
        copy.holders = nil
        return copy
    }

    /// A one-word run over the only name token of "Then WORD spoke.".
    private func surface(_ word: String) -> (NameRun, TokenList) {
        let tokens = Tokenizer.tokens(Array("Then \(word) spoke.".utf8), spans: [])
        return (NameRun(first: 1, last: tokens.count - 2, nameStart: 1, isOrganization: false, possessive: false, isAcronym: false), tokens)
    }

    @Test("one-word surfaces resolve through the holders as through the scan, read in order with mentions")
    func surnamesMatchScan() {
        var mix = SeededMix(state: 0x401D)
        var viaSlots = 0, found = 0
        for round in 0..<6 {
            var table = EntityTable()
            for p in 0..<(150 + mix.next(100)) {
                // a new name, often sharing a surname or a given name with many others, first or last
                let shared = Self.surnames[mix.next(Self.surnames.count)], own = "Zed\(mix.next(400))"
                let name = mix.next(3) == 0 ? "\(shared) \(own)" : (mix.next(4) == 0 ? "\(own) \(shared) Jr" : "\(own) \(shared)")
                let tokens = Tokenizer.tokens(Array("Officials met \(name) on Monday.".utf8), spans: [])
                table.add(tokens: tokens, paragraph: p)
                if let last = table.entities.indices.last, mix.next(2) == 0 { table.touch(last) }
                for word in [Self.surnames[mix.next(Self.surnames.count)], "Zed\(mix.next(400))", "Jr", "Nobody"] {
                    let (run, words) = surface(word)
                    for recent in [true, false] {
                        var plain = scanning(table)
                        let answer = table.resolveInLongerName(run, words, recent: recent, paragraph: p)
                        #expect(answer == plain.resolveInLongerName(run, words, recent: recent, paragraph: p), "round \(round), paragraph \(p): \(word)")
                        if table.holders != nil, table.slotWinner(words[1].key, recent: recent, paragraph: p) != nil { viaSlots += 1 }
                        if answer != nil { found += 1 }
                    }
                    // the reader marks the speaker it resolved as mentioned
                    if let i = table.resolveInLongerName(run, words, recent: true, paragraph: p), mix.next(2) == 0 { table.touch(i) }
                }
            }
        }
        // most look-ups of a large table are answered by the holders, and most find a name
        #expect(viaSlots > 3_000 && found > 3_000)
    }

    @Test("role nouns find the holder mentioned last, as the scan does, with roles given at a later mention")
    func rolesMatchScan() {
        var mix = SeededMix(state: 0x20E5)
        var found = 0
        for round in 0..<6 {
            var table = EntityTable()
            for p in 0..<(120 + mix.next(80)) {
                let name = "Zed\(mix.next(150)) \(Self.surnames[mix.next(Self.surnames.count)])"
                let text: String
                switch mix.next(4) {
                case 0: text = "Officials met \(name) on Monday."  // no role; maybe one later
                case 1: text = "Gov. \(name) said so."
                case 2: text = "Dr. \(name) said so."
                default: text = "\(name), \(Self.roles[mix.next(Self.roles.count)]), said so."
                }
                let tokens = Tokenizer.tokens(Array(text.utf8), spans: [])
                var at = 0
                while let run = NameRuns.nextRun(tokens, from: &at, before: tokens.count) {
                    if let i = table.add(run: run, tokens: tokens, paragraph: p, recent: true), mix.next(3) != 0 { table.touch(i) }
                }
                if p % 7 == 0 {
                    for noun in Self.nouns {
                        var plain = scanning(table)
                        let key = WordKey.of(noun)
                        let answer = table.latestWithRole(key)
                        #expect(answer == plain.latestWithRole(key), "round \(round), paragraph \(p): \(noun)")
                        if answer != nil { found += 1 }
                    }
                }
            }
            #expect(table.holders != nil, "round \(round)")
        }
        #expect(found > 200)
    }

    @Test("acronyms resolve through the look-up as through the scan, with acronyms given at a later mention")
    func acronymsMatchScan() {
        var mix = SeededMix(state: 0xAC20)
        var found = 0
        for round in 0..<4 {
            var table = EntityTable()
            for p in 0..<(120 + mix.next(80)) {
                // organisations get their initials as an acronym; people only an explicit one
                let shared = Self.surnames[mix.next(Self.surnames.count)], own = "Zed\(mix.next(40))"
                let name = mix.next(2) == 0 ? "Agency of \(shared) \(own) Things" : "\(shared) \(own)"
                let acronym = "AZ\(mix.next(90))"
                // an acronym at the first mention, at a later one, or never
                let text = mix.next(3) == 0 ? "The \(name) met." : "The \(name) (\(acronym)) met."
                let tokens = Tokenizer.tokens(Array(text.utf8), spans: [])
                var at = 0
                while let run = NameRuns.nextRun(tokens, from: &at, before: tokens.count) {
                    table.add(run: run, tokens: tokens, paragraph: p, recent: true)
                }
                if p % 5 == 0 {
                    var plain = scanning(table)
                    plain.firstByAcronym = nil
                    for k in 0..<90 {
                        let key = WordKey.of("AZ\(k)")
                        #expect(table.entity(withAcronym: key) == plain.entity(withAcronym: key), "round \(round), paragraph \(p): AZ\(k)")
                        let (run, words) = surface("AZ\(k)")
                        let answer = table.resolve(run, words, recent: true, paragraph: p)
                        #expect(answer == plain.resolve(run, words, recent: true, paragraph: p), "round \(round), paragraph \(p): AZ\(k)")
                        if answer != nil { found += 1 }
                    }
                }
            }
            #expect(table.firstByAcronym != nil, "round \(round)")
        }
        #expect(found > 1_000)
    }

    @Test("a long name notes each of its words once, in the place of its first occurrence")
    func longNameSlots() {
        var table = EntityTable()
        let words = (0..<40).map { "Zed\($0 % 30)" }  // words 30...39 repeat 0...9; the last word repeats word 9
        let tokens = Tokenizer.tokens(Array(("Officials met " + words.joined(separator: " ") + " on Monday.").utf8), spans: [])
        table.add(tokens: tokens, paragraph: 0)
        for p in 1...70 {
            table.add(tokens: Tokenizer.tokens(Array("Officials met Ann Zed\(p + 100) on Monday.".utf8), spans: []), paragraph: p)
        }
        #expect(table.holders != nil)
        var slots: [EntityTable.Slot] = []
        EntityTable.forEachSlot(of: table.entities[0], table.keyStore) { slots.append($0) }
        #expect(slots.count == 30 && Set(slots).count == 30)
        #expect(slots.first == EntityTable.Slot(key: WordKey.of("Zed0"), place: .first))
        #expect(!slots.contains { $0.place == .last })  // "Zed9" first occurs in the middle
        var plain = scanning(table)
        for k in [0, 9, 29] {
            let (run, words) = surface("Zed\(k)")
            #expect(table.resolveInLongerName(run, words, recent: true, paragraph: 70) == plain.resolveInLongerName(run, words, recent: true, paragraph: 70))
        }
    }
}
