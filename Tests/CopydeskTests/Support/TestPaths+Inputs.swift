import Foundation

extension TestPaths {
    /// The bytes of every `.txt` fixture and, when `../shared` is present, every dev corpus article
    /// (a note is printed when it is absent): the inputs of the reuse-versus-fresh tests.
    static func fixtureAndCorpusInputs() throws -> [[UInt8]] {
        var inputs: [[UInt8]] = []
        let fixtures = root.appendingPathComponent("Tests/CopydeskTests/Fixtures")
        if let walk = FileManager.default.enumerator(atPath: fixtures.path) {
            for case let path as String in walk where path.hasSuffix(".txt") {
                inputs.append([UInt8](try Data(contentsOf: fixtures.appendingPathComponent(path))))
            }
        }
        if let shared {
            let dev = shared.appendingPathComponent("corpus/dev")
            for name in try FileManager.default.contentsOfDirectory(atPath: dev.path).sorted() where name.hasSuffix(".txt") {
                inputs.append([UInt8](try Data(contentsOf: dev.appendingPathComponent(name))))
            }
        } else {
            print("note: ../shared is absent; this test reads the fixtures only")
        }
        return inputs
    }

    /// Every dev corpus article as (file name, text), in name order; nil (with a printed note)
    /// when `../shared` is absent.
    static func devCorpusTexts() throws -> [(name: String, text: String)]? {
        guard let shared else { print("skipped: ../shared not found"); return nil }
        let dev = shared.appendingPathComponent("corpus/dev")
        return try FileManager.default.contentsOfDirectory(atPath: dev.path).sorted().filter { $0.hasSuffix(".txt") }.map {
            ($0, try String(contentsOf: dev.appendingPathComponent($0), encoding: .utf8))
        }
    }
}
