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
