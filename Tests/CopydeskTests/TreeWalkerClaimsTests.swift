@testable import Copydesk
import Foundation
import Testing

@Suite("Output-name claims: each clashing input names every other claimant, in name order")
struct TreeWalkerClaimsTests {
    @Test("a three-way clash on a.json and a cross-format clash on a.ninjs.json: exact messages, the rest converts")
    func clashMessages() throws {
        let root = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in"), out = root.appendingPathComponent("out")
        for (number, name) in ["a.txt", "a.text", "a.md", "a.ninjs.txt", "b.txt"].enumerated() {
            try BatchFixtures.write(BatchFixtures.article(number + 1), to: input.appendingPathComponent(name))
        }
        let result = try ProcessRunner.convert(["--to", "json,ninjs", "--include", "*", input.path, out.path])
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("convert: error:") }.map(String.init).sorted()
        let i = input.path, o = out.path
        #expect(errors == [
            "convert: error: \(i)/a.md: collides with a.text, a.txt: both would write \(o)/a.json [collision]",
            "convert: error: \(i)/a.ninjs.txt: collides with a.md, a.text, a.txt: both would write \(o)/a.ninjs.json [collision]",
            "convert: error: \(i)/a.text: collides with a.md, a.txt: both would write \(o)/a.json [collision]",
            "convert: error: \(i)/a.txt: collides with a.md, a.text: both would write \(o)/a.json [collision]",
        ])
        #expect(BatchFixtures.files(out).keys.sorted() == ["b.json", "b.ninjs.json"])
    }

    @Test("claims kept per stem find the same clashes as claims kept per output name")
    func perStemMatchesPerName() {
        let extensionSets = [["json"], ["xml", "json", "csv", "txt"], ["json", "ninjs.json"], ["json", "json"],
                             ["a.b", "b"], ["txt", "xml"], ["x.json", "ninjs.json"]]
        let parts = ["a", "b", "a.b", "ninjs", "x", "a.ninjs", "b.x", ""]
        var generator = SystemRandomNumberGenerator()
        for extensions in extensionSets {
            for merge in [false, true] {
                for _ in 0..<60 {
                    let stems = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                        (0..<Int.random(in: 1...2, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined(separator: ".")
                    }
                    var fast = OutputClaims(extensions: extensions, merge: merge)
                    var plain = OutputClaims(extensions: extensions, merge: merge, byName: true)
                    for stem in stems { fast.claim(stem); plain.claim(stem) }
                    for stem in stems {
                        #expect(fast.clash(stem) == plain.clash(stem), "\(extensions) \(stems) \(stem)")
                    }
                }
            }
        }
        #expect(!OutputClaims(extensions: ["xml", "json", "csv", "txt"], merge: false).byName)
        #expect(OutputClaims(extensions: ["json", "ninjs.json"], merge: false).byName)
    }

    @Test("a `*` + literal pattern (matched as a byte suffix) matches the names fnmatch matches")
    func globSuffixMatchesFnmatch() {
        let patterns = ["*.txt", "*", "*.TXT", "*txt", "*.tar.gz", "*é.txt", "*.t?t", "*.[tx]xt", "*\\.txt", "a*.txt", "*.*", "**.txt", ""]
        let names = ["a.txt", ".txt", "txt", "a.TXT", "a.txt.bak", "b.tar.gz", "café.txt", "cafe\u{301}.txt", "x.tat", "a.xxt",
                     "a", "archive.txt", ".hidden.txt", "a b.txt", "ü", "a.txtx", "é.txt", "a.t\\xt"]
        for pattern in patterns {
            let glob = GlobPattern(patterns: [pattern])
            let literal = !pattern.dropFirst().contains { "*?[\\".contains($0) }
            #expect((GlobPattern.literalSuffix(pattern) != nil) == (pattern.hasPrefix("*") && literal), "\(pattern)")
            for name in names {
                #expect(glob.matches(name) == (fnmatch(pattern, name, 0) == 0), "\(pattern) \(name)")
            }
        }
        let two = GlobPattern(patterns: ["*.md", "a?.txt"])
        for name in names + ["ab.txt", "x.md"] {
            #expect(two.matches(name) == (fnmatch("*.md", name, 0) == 0 || fnmatch("a?.txt", name, 0) == 0), "\(name)")
        }
    }
}
