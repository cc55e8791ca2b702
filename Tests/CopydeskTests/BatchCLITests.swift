import Foundation
import Testing

@Suite("convert on folders and many inputs, end to end")
struct BatchCLITests {
    @Test("a folder is walked recursively and mirrored, one output per format, exit 0")
    func mirrorsTree() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 6, perFolder: 4)
        try BatchFixtures.write(BatchFixtures.article(99), to: input.appendingPathComponent("x/y/z/deep.txt"))
        let out = root.appendingPathComponent("out")
        let result = try ProcessRunner.convert(["--to", "json,text", input.path, out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = BatchFixtures.files(out).keys.sorted()
        #expect(names.count == 14)
        #expect(names.contains("d00/a0000.json") && names.contains("d01/a0005.txt") && names.contains("x/y/z/deep.json"))
        let article = try #require(BatchFixtures.json(BatchFixtures.files(out)["x/y/z/deep.json"]!))
        #expect(article["id"] as? String == "deep")
        #expect(result.stderr.contains("7 articles") && result.stderr.contains("7 converted"))
    }

    @Test("--include picks files by name pattern; the default is *.txt; hidden files are ignored")
    func includeGlob() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = root.appendingPathComponent("in")
        for name in ["a.txt", "b.md", "c.text", "sub/d.md", ".hidden.txt"] {
            try BatchFixtures.write(BatchFixtures.article(1), to: input.appendingPathComponent(name))
        }
        let byDefault = root.appendingPathComponent("o1"), markdown = root.appendingPathComponent("o2")
        #expect(try ProcessRunner.convert(["--to", "json", input.path, byDefault.path]).status == 0)
        #expect(BatchFixtures.files(byDefault).keys.sorted() == ["a.json"])
        #expect(try ProcessRunner.convert(["--to", "json", "--include", "*.md", "--include", "*.text", input.path, markdown.path]).status == 0)
        #expect(BatchFixtures.files(markdown).keys.sorted() == ["b.json", "c.json", "sub/d.json"])
    }

    @Test("several input files go into one folder")
    func severalFiles() throws {
        let root = try TestPaths.temporaryDirectory()
        let a = root.appendingPathComponent("a.txt"), b = root.appendingPathComponent("more/b.txt")
        try BatchFixtures.write(BatchFixtures.article(1), to: a)
        try BatchFixtures.write(BatchFixtures.article(2), to: b)
        let out = root.appendingPathComponent("out")
        let result = try ProcessRunner.convert(["--to", "json,text", a.path, b.path, out.path + "/"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(BatchFixtures.files(out).keys.sorted() == ["a.json", "a.txt", "b.json", "b.txt"])
        let reportURL = root.appendingPathComponent("one.json")
        let one = try ProcessRunner.convert(["--to", "json", "--skip-existing", "--report", reportURL.path, a.path, out.path + "/"])
        #expect(one.status == 0 && one.stderr.contains("1 skipped"))
        #expect(BatchFixtures.json(try Data(contentsOf: reportURL))?["inputs"] != nil)
        #expect(try ProcessRunner.convert(["--to", "json", "--report", reportURL.path, a.path]).status == 2)
    }

    @Test("two inputs that map to one output are both errors (exit 1); nothing is overwritten")
    func collisions() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = root.appendingPathComponent("in")
        try BatchFixtures.write(BatchFixtures.article(1), to: input.appendingPathComponent("a.txt"))
        try BatchFixtures.write(BatchFixtures.article(2), to: input.appendingPathComponent("a.text"))
        try BatchFixtures.write(BatchFixtures.article(3), to: input.appendingPathComponent("b.txt"))
        let out = root.appendingPathComponent("out")
        let result = try ProcessRunner.convert(["--to", "json", "--include", "*", input.path, out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("a.text") && result.stderr.contains("collides"))
        #expect(BatchFixtures.files(out).keys.sorted() == ["b.json"])
    }

    @Test("OUTPUT inside INPUT is a usage error (exit 2) and nothing is written")
    func outputInsideInput() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 2)
        let result = try ProcessRunner.convert(["--to", "json", input.path, input.appendingPathComponent("out").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("inside"))
        #expect(!FileManager.default.fileExists(atPath: input.appendingPathComponent("out").path))
        #expect(try ProcessRunner.convert(["--to", "json", input.path, input.path]).status == 2)
    }

    @Test("exit status: 0 all converted, 1 some failed (the rest converted), 2 usage")
    func exitStatuses() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 3)
        #expect(try ProcessRunner.convert(["--to", "json", input.path, root.appendingPathComponent("o0").path]).status == 0)
        try Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: input.appendingPathComponent("d00/binary.txt"))
        let out = root.appendingPathComponent("o1")
        let failed = try ProcessRunner.convert(["--to", "json", input.path, out.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("binary.txt") && failed.stderr.contains("not-text"))
        #expect(BatchFixtures.files(out).count == 3)
        #expect(try ProcessRunner.convert(["--to", "json", "--jobs", "0", input.path, out.path]).status == 2)
        #expect(try ProcessRunner.convert(["--to", "json", input.path]).status == 2)
        #expect(try ProcessRunner.convert(["--to", "nope", input.path, out.path]).status == 2)
    }

    @Test("--report records every input with status, outputs, error, bytes and ms")
    func report() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 3)
        try Data(repeating: 0x41, count: 5000).write(to: input.appendingPathComponent("d00/big.txt"))
        let reportURL = root.appendingPathComponent("report.json")
        let result = try ProcessRunner.convert(["--to", "json", "--max-bytes", "4096", "--report", reportURL.path,
                                                input.path, root.appendingPathComponent("out").path])
        #expect(result.status == 1)
        let report = try #require(BatchFixtures.json(try Data(contentsOf: reportURL)))
        let inputs = try #require(report["inputs"] as? [[String: Any]])
        #expect(inputs.count == 4)
        let big = try #require(inputs.first { ($0["input"] as? String)?.hasSuffix("big.txt") == true })
        #expect(big["status"] as? String == "failed")
        #expect((big["error"] as? [String: Any])?["code"] as? String == "too-large")
        let ok = try #require(inputs.first { $0["status"] as? String == "ok" })
        #expect((ok["outputs"] as? [String])?.count == 1 && (ok["bytes"] as? Int ?? 0) > 0 && ok["ms"] is Double)
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["converted"] as? Int == 3 && summary["failed"] as? Int == 1 && summary["interrupted"] as? Bool == false)
    }

    @Test("outputs are byte-identical whatever --jobs is; a rerun replaces them")
    func deterministic() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 40, perFolder: 7)
        let one = root.appendingPathComponent("one"), four = root.appendingPathComponent("four")
        #expect(try ProcessRunner.convert(["--to", "json,text", "--jobs", "1", input.path, one.path]).status == 0)
        #expect(try ProcessRunner.convert(["--to", "json,text", "--jobs", "4", input.path, four.path]).status == 0)
        let first = BatchFixtures.files(one)
        #expect(first.count == 80 && first == BatchFixtures.files(four))
        try Data("stale".utf8).write(to: four.appendingPathComponent("d00/a0000.json"))
        #expect(try ProcessRunner.convert(["--to", "json,text", "--jobs", "4", input.path, four.path]).status == 0)
        #expect(BatchFixtures.files(four) == first)
        let mergedOne = root.appendingPathComponent("m1.jsonl"), mergedFour = root.appendingPathComponent("m4.jsonl")
        #expect(try ProcessRunner.convert(["--to", "json", "--merge", "--jobs", "1", input.path, mergedOne.path]).status == 0)
        #expect(try ProcessRunner.convert(["--to", "json", "--merge", "--jobs", "4", input.path, mergedFour.path]).status == 0)
        #expect(try Data(contentsOf: mergedOne) == Data(contentsOf: mergedFour))
    }
}
