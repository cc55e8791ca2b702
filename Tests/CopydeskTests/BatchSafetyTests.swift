import Foundation
import Testing

@Suite("convert batches stay safe: odd files, resume, interrupts, faults")
struct BatchSafetyTests {
    @Test("a FIFO, a dangling link and a symlink loop are skipped with a reason, never a hang")
    func oddFiles() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 2)
        #expect(mkfifo(input.appendingPathComponent("d00/pipe.txt").path, 0o644) == 0)
        #expect(symlink("missing.txt", input.appendingPathComponent("d00/dangling.txt").path) == 0)
        #expect(symlink("..", input.appendingPathComponent("d00/up").path) == 0)
        #expect(symlink("self.txt", input.appendingPathComponent("d00/self.txt").path) == 0)
        #expect(Self.bindSocket(input.appendingPathComponent("d00/socket.txt").path))
        let out = root.appendingPathComponent("out")
        let reportURL = root.appendingPathComponent("r.json")
        let result = try ProcessRunner.convert(["--to", "json", "--report", reportURL.path, input.path, out.path])
        #expect(result.status == 0, "skips are not failures: \(result.stderr)")
        #expect(result.stderr.contains("pipe.txt") && result.stderr.contains("FIFO"))
        #expect(result.stderr.contains("dangling.txt") && result.stderr.contains("dangling"))
        #expect(result.stderr.contains("d00/up") && result.stderr.contains("loop"))
        #expect(result.stderr.contains("self.txt"))
        #expect(result.stderr.contains("socket.txt") && result.stderr.contains("a socket"))
        #expect(BatchFixtures.files(out).keys.sorted() == ["d00/a0000.json", "d00/a0001.json"])
        let inputs = try #require(BatchFixtures.json(try Data(contentsOf: reportURL))?["inputs"] as? [[String: Any]])
        #expect(inputs.filter { $0["status"] as? String == "skipped" }.count == 5)
    }

    /// Creates a listening-less Unix socket file at `path`.
    private static func bindSocket(_ path: String) -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        } == 0
    }

    @Test("--skip-existing resumes: only missing outputs are made, the tree ends complete")
    func resume() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 20, perFolder: 8)
        let out = root.appendingPathComponent("out")
        #expect(try ProcessRunner.convert(["--to", "json,text", input.path, out.path]).status == 0)
        let complete = BatchFixtures.files(out)
        for name in ["d00/a0003.json", "d01/a0009.txt", "d02/a0017.json"] {
            try FileManager.default.removeItem(at: out.appendingPathComponent(name))
        }
        let result = try ProcessRunner.convert(["--to", "json,text", "--skip-existing", input.path, out.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("3 converted") && result.stderr.contains("17 skipped"))
        #expect(BatchFixtures.files(out) == complete)
    }

    @Test("SIGINT and SIGTERM stop a running batch: exit 130, report written, no temporaries")
    func interrupt() throws {
        for signal in [SIGINT, SIGTERM] {
            let root = try TestPaths.temporaryDirectory()
            let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 3000, perFolder: 500)
            let out = root.appendingPathComponent("out"), reportURL = root.appendingPathComponent("report.json")
            let run = try BackgroundConvert(["--to", "json,text", "--jobs", "1", "--report", reportURL.path, input.path, out.path])
            #expect(run.wait { BatchFixtures.files(out).count >= 4 }, "the batch started")
            let status = run.stop(with: signal)
            #expect(status == 130, "signal \(signal): \(run.stderr)")
            #expect(BatchFixtures.temporaries(out).isEmpty && BatchFixtures.temporaries(root).isEmpty)
            let report = try #require(BatchFixtures.json(try Data(contentsOf: reportURL)))
            let summary = try #require(report["summary"] as? [String: Any])
            #expect(summary["interrupted"] as? Bool == true)
            let written = BatchFixtures.files(out)
            #expect(written.count < 6000 && written.count == 2 * (summary["converted"] as? Int ?? -1))
            #expect(written.filter { $0.key.hasSuffix(".json") }.allSatisfy { BatchFixtures.json($0.value) != nil })
        }
    }

    @Test("kill -9 mid-batch leaves no partial output; --skip-existing completes the run")
    func killNine() throws {
        let root = try TestPaths.temporaryDirectory()
        let count = 1500
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: count, perFolder: 300)
        let out = root.appendingPathComponent("out")
        let run = try BackgroundConvert(["--to", "json,text", "--jobs", "2", input.path, out.path])
        #expect(run.wait { BatchFixtures.files(out).count >= 20 })
        #expect(run.stop(with: SIGKILL) == SIGKILL)
        let partial = BatchFixtures.files(out)
        #expect(partial.count < 2 * count, "killed before the end")
        #expect(BatchFixtures.temporaries(out).isEmpty)
        let expectedText = try ProcessRunner.convert(["--to", "text", input.appendingPathComponent("d00/a0000.txt").path]).stdout
        for (name, bytes) in partial {
            if name.hasSuffix(".json") { #expect(BatchFixtures.json(bytes) != nil, "\(name) is complete JSON") }
            if name == "d00/a0000.txt" { #expect([UInt8](bytes) == expectedText) }
            if name.hasSuffix(".txt") { #expect(bytes.last == 0x0A, "\(name) ends with its newline") }
        }
        let resumed = try ProcessRunner.convert(["--to", "json,text", "--skip-existing", input.path, out.path])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(BatchFixtures.files(out).count == 2 * count)
    }

    @Test("an output folder that cannot be created gives per-file errors and exit 1; others still convert")
    func unwritableOutput() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 4, perFolder: 2)
        let blocker = root.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let all = try ProcessRunner.convert(["--to", "json", input.path, blocker.appendingPathComponent("out").path])
        #expect(all.status == 1)
        #expect(all.stderr.components(separatedBy: "output-failed").count - 1 == 4)
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("in the way".utf8).write(to: out.appendingPathComponent("d01"))
        let some = try ProcessRunner.convert(["--to", "json", input.path, out.path])
        #expect(some.status == 1)
        #expect(some.stderr.contains("a0002.txt") && some.stderr.contains("a0003.txt"))
        #expect(BatchFixtures.files(out).keys.sorted() == ["d00/a0000.json", "d00/a0001.json", "d01"])
    }

    @Test("a full disk (ulimit -f) fails the large outputs per file, exit 1, never a truncated file")
    func fullDisk() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 3)
        try FileManager.default.copyItem(at: TestPaths.exampleArticle, to: input.appendingPathComponent("d00/large.txt"))
        let out = root.appendingPathComponent("out")
        let script = "ulimit -f 4; exec \"$0\" --to json,text \"$1\" \"$2\""
        let result = try ProcessRunner.run(URL(fileURLWithPath: "/bin/bash"), ["-c", script, TestPaths.convert.path, input.path, out.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("large.txt") && result.stderr.contains("output-failed"))
        let written = BatchFixtures.files(out)
        #expect(written["d00/large.json"] == nil && written["d00/large.txt"] == nil)
        #expect(written.count == 6 && BatchFixtures.temporaries(out).isEmpty)
        #expect(written.filter { $0.key.hasSuffix(".json") }.allSatisfy { BatchFixtures.json($0.value) != nil })
    }
}
