import Foundation
import Testing
@testable import Copydesk

@Suite("Output folder: writes relative to the kept folder equal AtomicFile.write")
struct OutputFolderTests {
    /// Every regular file below `root` (relative path → bytes, mode), hidden ones included.
    func tree(_ root: URL) throws -> [String: ([UInt8], Int)] {
        var files: [String: ([UInt8], Int)] = [:]
        let names = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        for name in names {
            let url = root.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let mode = (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? -1
            files[name] = (try AtomicFile.read(url.path), mode)
        }
        return files
    }

    @Test("new files, alternating folders and replaced files: the same tree as AtomicFile.write, no temporaries")
    func sameTreeAsPlainWrites() throws {
        let root = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for side in ["plain", "kept"] {
            for folder in ["a", "b", "a/deeper"] {
                try FileManager.default.createDirectory(at: root.appendingPathComponent("\(side)/\(folder)"),
                                                        withIntermediateDirectories: true)
            }
        }
        var folder = OutputFolder()
        let writes: [(String, [UInt8])] = [
            ("a/one.xml", Array("<x/>\n".utf8)), ("a/two.json", Array("{}\n".utf8)), ("b/one.xml", []),
            ("a/deeper/three.txt", Array(repeating: 0x41, count: 70_000)), ("a/one.xml", Array("replaced\n".utf8)),
            ("b/one.xml", Array("again\n".utf8)), ("a/two.json", Array("{\"k\": 1}\n".utf8)),
        ]
        for (name, bytes) in writes {
            try AtomicFile.write(bytes, to: root.path + "/plain/" + name)
            try folder.write(bytes, to: root.path + "/kept/" + name)
        }
        let plain = try tree(root.appendingPathComponent("plain")), kept = try tree(root.appendingPathComponent("kept"))
        #expect(plain.keys.sorted() == ["a/deeper/three.txt", "a/one.xml", "a/two.json", "b/one.xml"])
        #expect(kept.keys.sorted() == plain.keys.sorted())
        for (name, file) in plain {
            #expect(kept[name]?.0 == file.0, "bytes of \(name)")
            #expect(kept[name]?.1 == file.1, "mode of \(name)")
        }
    }

    @Test("a kept folder removed and made again between writes: the file lands in the new folder")
    func folderReplacedMeanwhile() throws {
        let root = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        var folder = OutputFolder()
        try folder.write(Array("first\n".utf8), to: out.path + "/one.txt")
        try FileManager.default.removeItem(at: out)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try folder.write(Array("second\n".utf8), to: out.path + "/two.txt")
        #expect(try AtomicFile.read(out.path + "/two.txt") == Array("second\n".utf8))
        #expect(try tree(out).keys.sorted() == ["two.txt"])
    }

    @Test("a missing folder fails with AtomicFile.write's error, naming the output path")
    func missingFolderSameError() throws {
        let root = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.path + "/missing/one.txt"
        var plainError: CopydeskError?, keptError: CopydeskError?
        do { try AtomicFile.write([0x41], to: target) } catch let error as CopydeskError { plainError = error }
        var folder = OutputFolder()
        do { try folder.write([0x41], to: target) } catch let error as CopydeskError { keptError = error }
        #expect(plainError != nil)
        #expect(keptError == plainError)
    }

    @Test("outputs named from folder, stem and extensions: the same files and errors as AtomicFile.write to the joined paths")
    func namedOutputsSameAsJoinedPaths() throws {
        let root = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for side in ["plain", "kept"] {
            for sub in ["a", "b", "caf\u{E9}"] {
                try FileManager.default.createDirectory(at: root.appendingPathComponent("\(side)/\(sub)"), withIntermediateDirectories: true)
            }
        }
        let extensions = ["xml", "json", "quotes.csv", "txt", "ninjs.json"]
        var folder = OutputFolder()
        let writes: [(String, String, Int)] = [("a", "one", 5), ("a", "two", 3), ("b", "one", 5), ("a", "one", 5),
                                               ("caf\u{E9}", "\u{1F600}x", 2), ("b", "a.b", 4), ("a", "two", 0)]
        for (round, (sub, stem, count)) in writes.enumerated() {
            let outputs = (0..<count).map { Array("\(round) \(stem) \($0)\n".utf8) }
            for k in 0..<count {
                try AtomicFile.write(outputs[k], to: BatchPaths.join(root.path + "/plain/" + sub, stem, ext: extensions[k]))
            }
            // a folder String made anew each time as well as the same one again
            let kept = round % 2 == 0 ? root.path + "/kept/" + sub : String(decoding: Array((root.path + "/kept/" + sub).utf8), as: UTF8.self)
            try folder.write(outputs, folder: kept, stem: stem, suffixes: OutputSuffixes(extensions))
        }
        let plain = try tree(root.appendingPathComponent("plain")), kept = try tree(root.appendingPathComponent("kept"))
        #expect(plain.count == 19)
        #expect(kept.keys.sorted() == plain.keys.sorted())
        for (name, file) in plain {
            #expect(kept[name]?.0 == file.0, "bytes of \(name)")
            #expect(kept[name]?.1 == file.1, "mode of \(name)")
        }
        // a missing folder: the first output's error, as AtomicFile.write gives it, and nothing written
        var plainError: CopydeskError?, keptError: CopydeskError?
        do { try AtomicFile.write([0x41], to: root.path + "/missing/one.xml") } catch let error as CopydeskError { plainError = error }
        do { try folder.write([[0x41], [0x42]], folder: root.path + "/missing", stem: "one", suffixes: OutputSuffixes(extensions)) } catch let error as CopydeskError { keptError = error }
        #expect(plainError != nil)
        #expect(keptError == plainError)
        // fewer extensions than outputs: only those with an extension are written
        try folder.write([[0x41], [0x42]], folder: root.path + "/kept/b", stem: "short", suffixes: OutputSuffixes(["txt"]))
        // the fallback path is the joined path
        #expect(OutputFolder.path("/o/d", "a.b", OutputSuffixes(["ninjs.json"]).bytes[0]) == BatchPaths.join("/o/d", "a.b", ext: "ninjs.json"))
        #expect(try AtomicFile.read(root.path + "/kept/b/short.txt") == [0x41])
        #expect(!FileManager.default.fileExists(atPath: root.path + "/kept/b/short."))
    }

    #if os(Linux)
    @Test("the file name's offset: the byte scan agrees with the String.Index rule, bridged strings too")
    func nameOffsetMatchesIndexRule() {
        func plain(_ path: String) -> Int? {
            let utf8 = path.utf8
            guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")), slash != utf8.startIndex,
                  utf8.index(after: slash) != utf8.endIndex else { return nil }
            return utf8.distance(from: utf8.startIndex, to: slash) + 1
        }
        let paths = ["", "/", "a", "/a", "a/", "a/b", "//b", "/a/b/c.txt", "dir/", "/dev/shm/out/d000/a000001.ninjs.json",
                     "caf\u{E9}/\u{1F600}.xml", "x/y/", "./a", "../b/c"]
        for path in paths {
            #expect(OutputFolder.nameOffset(path) == plain(path), "\(path.debugDescription)")
            let bridged = NSString(string: path) as String  // may be a non-contiguous string
            #expect(OutputFolder.nameOffset(bridged) == plain(path), "bridged \(path.debugDescription)")
        }
    }
    #endif
}
