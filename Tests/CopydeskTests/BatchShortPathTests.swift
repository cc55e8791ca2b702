import Foundation
import Testing
@testable import Copydesk

/// One-character relative paths: Foundation's `deletingLastPathComponent` traps on them ("o"), so the runner splits
/// paths itself. These runs crashed with "Illegal instruction" before.
struct BatchShortPathTests {
    @Test func parentOfPaths() {
        let cases: [(String, String)] = [("o", ""), ("o/", ""), ("ab", ""), ("a/b", "a"), ("a/b/", "a"), ("/a", "/"),
                                         ("/", ""), ("a//b", "a"), ("/x/y/z", "/x/y"), ("./o", "."), ("ü/ö", "ü")]
        for (path, parent) in cases { #expect(BatchPaths.parent(of: path) == parent, "parent of \(path)") }
        #expect(BatchConverter.resolved("o").hasSuffix("/o"))
        #expect(BatchConverter.resolved("o").hasPrefix("/"))
    }

    @Test func oneCharacterFoldersConvertEndToEnd() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-short-\(UUID().uuidString)")
        let input = root.appendingPathComponent("i")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("Headline here\n\nA first paragraph of the article, long enough to be body text.\n".utf8)
            .write(to: input.appendingPathComponent("a.txt"))
        // folder to folder, and a merged run, each into a one-character output folder that does not exist yet
        let tree = try ProcessRunner.convert(["--to", "json", "--quiet", "i", "o"], cwd: root)
        #expect(tree.status == 0, "\(tree.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("o/a.json").path))
        let merged = try ProcessRunner.convert(["--to", "csv-quotes", "--merge", "--quiet", "i", "m"], cwd: root)
        #expect(merged.status == 0, "\(merged.stderr)")
        // one format merged: OUTPUT is the table itself, header line first
        let table = try String(contentsOf: root.appendingPathComponent("m"), encoding: .utf8)
        #expect(table.hasPrefix("article_id,"))
    }
}
