import Copydesk
import Foundation
import Testing

/// Hostile inputs through the built `convert`: exit status, one-line errors, valid output.
@Suite("Torture through the CLI", .timeLimit(.minutes(2)))
struct TortureCLITests {
    func write(_ bytes: [UInt8], named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test("a PNG is a one-line not-text error naming the file, exit 1, nothing on stdout")
    func png() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = TortureCatalogue.binary.first { $0.name == "png-image" }!
        let path = try write(png.bytes, named: "photo.txt", in: folder)
        let result = try ProcessRunner.convert(["--to", "json", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "convert: error: \(path): not text (PNG image, \(png.bytes.count) bytes)\n")
    }

    @Test("random bytes on stdin: not-text error for '-', exit 1")
    func randomStdin() throws {
        var random = TortureRandom(seed: 99)
        let result = try ProcessRunner.convert(["--to", "text", "-"], stdin: random.bytes(3_000))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("convert: error: -: not text ("))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }

    @Test("UTF-16, Windows-1252, NULs and an empty file convert with exit 0 and the encoding recorded", arguments: [
        ("utf16le-bom", "utf-16le"), ("windows-1252-smart-quotes", "windows-1252"), ("nul-bytes", "utf-8"), ("empty", "utf-8"),
    ])
    func encodings(name: String, encoding: String) throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try #require(TortureCatalogue.all.first { $0.name == name })
        let path = try write(input.bytes, named: "\(name).txt", in: folder)
        let result = try ProcessRunner.convert(["--to", "json", path])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["encoding"] as? String == encoding)
        #expect(!result.stdout.contains(0))
    }

    @Test("every registered format from hostile markup text, into a folder, exit 0")
    func allFormats() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try #require(TortureCatalogue.all.first { $0.name == "markup-like-text" })
        let path = try write(input.bytes, named: "markup.txt", in: folder)
        let formats = WriterRegistry.formats.map(\.name)
        let out = folder.appendingPathComponent("out").path + "/"
        let result = try ProcessRunner.convert(["--to", formats.joined(separator: ","), path, out])
        #expect(result.status == 0, "\(result.stderr)")
        let produced = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(produced.count == formats.count)
    }
}

/// `--max-bytes` on the single-article calls (the batch runner's own tests cover folders).
@Suite("--max-bytes for one file and standard input")
struct MaxBytesCLITests {
    @Test("a file above --max-bytes is a one-line too-large error, exit 1; at the limit it converts")
    func file() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("big.txt")
        let bytes = Array(TortureText.article().utf8)
        try Data(bytes).write(to: url)
        let refused = try ProcessRunner.convert(["--to", "json", "--max-bytes", "100", url.path])
        #expect(refused.status == 1 && refused.stdout.isEmpty)
        #expect(refused.stderr.hasPrefix("convert: error: \(url.path): too large: \(bytes.count) bytes, the limit is 100"))
        #expect(refused.stderr.filter { $0 == "\n" }.count == 1)
        #expect(try ProcessRunner.convert(["--to", "json", "--max-bytes", "\(bytes.count)", url.path]).status == 0)
    }

    @Test("standard input above --max-bytes is refused; below it, a 1 MB pipe is read whole")
    func stdin() throws {
        let big = Array(TortureText.repeated("A sentence for the pipe, said the test. ", 26_000).utf8)
        // 10 KB: it fits the pipe buffer, so the write completes although convert stops reading
        // (a bigger write would raise SIGPIPE in the test process).
        let refused = try ProcessRunner.convert(["--to", "text", "--max-bytes", "4096", "-"], stdin: Array(big.prefix(10_000)))
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("convert: error: -: too large: more than 4096 bytes"))
        let whole = try ProcessRunner.convert(["--to", "json", "-"], stdin: big)
        #expect(whole.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(whole.stdout)) as? [String: Any]
        #expect((object?["source"] as? [String: Any])?["bytes"] as? Int == big.count)
    }
}

/// The batch report warns about inputs that were not UTF-8, and only about those.
@Suite("Encoding warnings in the batch report")
struct EncodingReportTests {
    @Test("Windows-1252 and UTF-16 inputs get a warning, UTF-8 with or without BOM none; binary fails as not-text")
    func warnings() throws {
        let root = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let article = Array(TortureText.article().utf8)
        let files: [String: [UInt8]] = [
            "plain.txt": article, "bom.txt": [0xEF, 0xBB, 0xBF] + article,
            "latin.txt": article + [0xE9], "wide.txt": TortureText.utf16(TortureText.article(), bigEndian: false, bom: true),
            "image.txt": TortureCatalogue.binary[0].bytes,
        ]
        for (name, bytes) in files { try Data(bytes).write(to: input.appendingPathComponent(name)) }
        let reportURL = root.appendingPathComponent("report.json")
        let result = try ProcessRunner.convert(["--to", "json", "--quiet", "--report", reportURL.path, input.path, root.appendingPathComponent("out").path])
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: reportURL)) as? [String: Any])
        let inputs = try #require(report["inputs"] as? [[String: Any]])
        func entry(_ name: String) -> [String: Any]? { inputs.first { ($0["input"] as? String)?.hasSuffix("/" + name) == true } }
        #expect((entry("plain.txt")?["warnings"] as? [String])?.isEmpty == true)
        #expect((entry("bom.txt")?["warnings"] as? [String])?.isEmpty == true)
        #expect((entry("latin.txt")?["warnings"] as? [String])?.first?.contains("windows-1252") == true)
        #expect((entry("wide.txt")?["warnings"] as? [String])?.first?.contains("utf-16le") == true)
        #expect(entry("image.txt")?["status"] as? String == "failed")
        #expect((entry("image.txt")?["error"] as? [String: Any])?["code"] as? String == "not-text")
    }
}
