import Foundation
import Testing

@Suite("convert command line, end to end")
struct CLIEndToEndTests {
    let example = TestPaths.exampleArticle.path

    @Test("--to json FILE prints the canonical JSON on standard output")
    func jsonToStdout() throws {
        let result = try ProcessRunner.convert(["--to", "json", example])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any]
        #expect(object?["id"] as? String == "scmp-xi-science-cooperation")
    }

    @Test("--to json - reads standard input; the id is a content hash")
    func stdin() throws {
        let bytes = [UInt8](try Data(contentsOf: TestPaths.exampleArticle))
        let result = try ProcessRunner.convert(["--to", "json", "-"], stdin: bytes)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        #expect((object["id"] as? String)?.count == 16)
        #expect((object["source"] as? [String: Any])?["path"] is NSNull)
    }

    @Test("--to text FILE OUT.txt writes the file and nothing on standard output")
    func textToFile() throws {
        let directory = try TestPaths.temporaryDirectory()
        let out = directory.appendingPathComponent("out.txt").path
        let result = try ProcessRunner.convert(["--to", "text", example, out])
        #expect(result.status == 0 && result.stdout.isEmpty)
        let golden = try Data(contentsOf: TestPaths.root.appendingPathComponent("examples/expected/scmp-xi-science-cooperation.txt"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == golden)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["out.txt"], "no temporary files left behind")
    }

    @Test("--to json,text FILE OUTDIR/ writes one file per format")
    func severalFormatsToFolder() throws {
        let directory = try TestPaths.temporaryDirectory().appendingPathComponent("out")
        let result = try ProcessRunner.convert(["--to", "json,text", example, directory.path + "/"])
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["scmp-xi-science-cooperation.json", "scmp-xi-science-cooperation.txt"])
    }

    @Test("--list-formats lists every registered writer with its extension")
    func listFormats() throws {
        let result = try ProcessRunner.convert(["--list-formats"])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("json") && result.stdoutText.contains(".txt"))
    }

    @Test("--help shows examples and exits 0")
    func help() throws {
        let result = try ProcessRunner.convert(["--help"])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("Examples:"))
    }

    @Test("an unknown format is a usage error (exit 2) naming the format")
    func unknownFormat() throws {
        let result = try ProcessRunner.convert(["--to", "pdf", example])
        #expect(result.status == 2)
        #expect(result.stderr.contains("pdf") && result.stderr.split(separator: "\n").count <= 2)
    }

    @Test("a missing input fails (exit 1) with one line naming the file")
    func missingInput() throws {
        let result = try ProcessRunner.convert(["--to", "json", "/no/such/article.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/no/such/article.txt") && result.stderr.contains("no such file"))
        #expect(result.stdout.isEmpty)
    }

    @Test("binary input fails (exit 1) with a 'not text' reason")
    func binaryInput() throws {
        let directory = try TestPaths.temporaryDirectory()
        let path = directory.appendingPathComponent("image.txt")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: path)
        let result = try ProcessRunner.convert(["--to", "json", path.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("image.txt") && result.stderr.contains("not text"))
    }

    @Test("missing --to is a usage error (exit 2)")
    func missingFormat() throws {
        let result = try ProcessRunner.convert([example])
        #expect(result.status == 2)
    }
}
