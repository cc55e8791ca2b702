import Foundation
import Testing

@Suite("convert --merge, end to end")
struct BatchMergeTests {
    @Test("--merge json writes JSON Lines in sorted input order; text uses the form-feed separator")
    func merge() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 12, perFolder: 5)
        let jsonl = root.appendingPathComponent("all.jsonl")
        #expect(try ProcessRunner.convert(["--to", "json", "--merge", "--jobs", "3", input.path, jsonl.path]).status == 0)
        let lines = try String(contentsOf: jsonl, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 12)
        let ids = lines.compactMap { BatchFixtures.json(Data($0.utf8))?["id"] as? String }
        #expect(ids == (0..<12).map { String(format: "a%04d", $0) })

        let folder = root.appendingPathComponent("merged")
        #expect(try ProcessRunner.convert(["--to", "json,text", "--merge", input.path, folder.path]).status == 0)
        #expect(BatchFixtures.files(folder).keys.sorted() == ["in.jsonl", "in.txt"])
        let text = try String(contentsOf: folder.appendingPathComponent("in.txt"), encoding: .utf8)
        #expect(text.components(separatedBy: "\n\u{0C}\n").count == 12)
        #expect(!text.hasPrefix("\u{0C}"))
    }

    @Test("--merge with input files (not a folder): one file per format, named 'merged' for several inputs")
    func mergeFiles() throws {
        let root = try TestPaths.temporaryDirectory()
        let a = root.appendingPathComponent("a.txt"), b = root.appendingPathComponent("b.txt")
        try BatchFixtures.write(BatchFixtures.article(1), to: a)
        try BatchFixtures.write(BatchFixtures.article(2), to: b)
        let single = root.appendingPathComponent("one.jsonl")
        #expect(try ProcessRunner.convert(["--to", "json", "--merge", a.path, single.path]).status == 0)
        #expect(try String(contentsOf: single, encoding: .utf8).split(separator: "\n").count == 1)
        let folder = root.appendingPathComponent("both")
        #expect(try ProcessRunner.convert(["--to", "json,text", "--merge", a.path, b.path, folder.path]).status == 0)
        #expect(BatchFixtures.files(folder).keys.sorted() == ["merged.jsonl", "merged.txt"])
    }

    @Test("--merge xml writes one NewsML-G2 newsMessage that validates against the schema")
    func mergeXML() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 5)
        let merged = root.appendingPathComponent("all.xml")
        let result = try ProcessRunner.convert(["--to", "xml", "--merge", input.path, merged.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: merged, encoding: .utf8)
        #expect(text.contains("newsMessage") && text.components(separatedBy: "<newsItem").count - 1 == 5)
        guard let shared = TestPaths.shared, FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") else {
            print("note: schema check skipped (needs ../shared and xmllint)")
            return
        }
        let schema = shared.appendingPathComponent("standards/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd").path
        let check = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/xmllint"), ["--noout", "--nonet", "--schema", schema, merged.path])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test("--merge with several formats needs a folder; one format needs a file; no partial merged file on failure")
    func mergeShapes() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 2)
        let folder = root.appendingPathComponent("folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(try ProcessRunner.convert(["--to", "json", "--merge", input.path, folder.path]).status == 2)
        #expect(try ProcessRunner.convert(["--to", "json", "--merge", "--skip-existing", input.path, root.appendingPathComponent("x.jsonl").path]).status == 2)
        let script = "ulimit -f 1; exec \"$0\" --to json --merge \"$1\" \"$2\""
        let target = root.appendingPathComponent("big.jsonl")
        let full = try ProcessRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-c", script, TestPaths.convert.path, input.path, target.path])
        #expect(full.status == 1, "\(full.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path), "no truncated merged file")
        #expect(BatchFixtures.temporaries(root).isEmpty)
    }

    @Test("an interrupted --merge leaves no merged file (exit 130)")
    func mergeInterrupted() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 3000, perFolder: 500)
        let target = root.appendingPathComponent("all.jsonl")
        let run = try BackgroundConvert(["--to", "json", "--merge", "--jobs", "1", input.path, target.path])
        usleep(400_000)
        #expect(run.stop(with: SIGINT) == 130, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(BatchFixtures.temporaries(root).isEmpty)
        #expect(run.stderr.contains("interrupted"))
    }
}
