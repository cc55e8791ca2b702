import Testing
@testable import Copydesk

/// The listing helpers of `TreeWalker` and `BatchPaths.stem` against the plain rules they replace.
struct TreeWalkerListingTests {
    static let pieces = ["a", "b", "a.b", "x", ".", "..", "-", " ", "0", "é", "e\u{301}", "\u{212A}", "K", "txt", "名"]

    static func randomName(_ generator: inout SystemRandomNumberGenerator) -> String {
        (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// The plain rule: the name up to its last "." (not at the start), else the name.
    static func plainStem(_ name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return name }
        return String(name[..<dot])
    }

    @Test("stem(of:) equals the String.Index rule, bytes included")
    func stemMatchesPlainRule() {
        var generator = SystemRandomNumberGenerator()
        var names = ["", ".", "..", ".a", "a.", "a", "a.b.c", "caf\u{E9}.txt", "\u{1F600}.x", "a000001.txt"]
        for _ in 0..<2_000 { names.append(Self.randomName(&generator)) }
        for name in names {
            #expect(BatchPaths.stem(of: name) == Self.plainStem(name), "\(name.debugDescription)")
            #expect(Array(BatchPaths.stem(of: name).utf8) == Array(Self.plainStem(name).utf8))
        }
    }

    @Test("sorting by key then bytes gives the byte order of the names")
    func sortKeyKeepsByteOrder() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let names = (0..<Int.random(in: 1...40, using: &generator)).map { _ in Self.randomName(&generator) }
            var entries: [TreeWalker.Entry] = names.map { ($0, 0, TreeWalker.sortKey($0)) }
            entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            let plain = names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            #expect(entries.map { Array($0.name.utf8) } == plain.map { Array($0.utf8) })
        }
    }

    @Test("repeated stems in a sorted listing: the same clashes as counting the claims, or nil")
    func repeatedStemsMatchCounts() {
        var generator = SystemRandomNumberGenerator()
        var decided = 0, clashes = 0
        for round in 0..<3_000 {
            // mostly ASCII listings with shared stems; some with non-ASCII or extension-less names
            let pool = round % 3 == 0 ? Self.pieces : ["a", "b", "a.b", "x", ".", "-", "0", "txt"]
            var names = Set<String>()
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                var name = (0..<Int.random(in: 1...4, using: &generator)).map { _ in pool.randomElement(using: &generator)! }.joined()
                if Int.random(in: 0..<20, using: &generator) > 0 { name += "." + ["txt", "md", "x", "b"].randomElement(using: &generator)! }
                if !name.hasPrefix(".") { names.insert(name) }
            }
            var entries: [TreeWalker.Entry] = names.map { ($0, 0, TreeWalker.sortKey($0)) }
            entries.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            // some entries are not matching files (no stem)
            let stems = entries.map { Int.random(in: 0..<5, using: &generator) == 0 ? "" : BatchPaths.stem(of: $0.name) }
            var claims = OutputClaims(extensions: ["xml", "json"], merge: false)
            for stem in stems where !stem.isEmpty { claims.claim(stem) }
            guard let repeated = TreeWalker.repeatedStems(entries, stems) else { continue }
            decided += 1
            clashes += repeated.filter { $0 }.count
            for k in entries.indices where !stems[k].isEmpty {
                #expect(repeated[k] == (claims.clash(stems[k]) != nil), "\(entries.map(\.name)) at \(k)")
            }
        }
        #expect(decided > 500)
        #expect(clashes > 100)
    }
}
