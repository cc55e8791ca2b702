import Foundation
import Testing

/// Fault tests on real small file systems (a full tmpfs, a read-only tmpfs). They need permission
/// to mount (root in a privileged container); elsewhere they skip with a printed note.
@Suite("convert batches on a full or read-only file system")
struct BatchMountTests {
    /// Mounts a tmpfs with `options` at a new folder, runs `body`, unmounts. Returns false (after a
    /// note) when mounting is not permitted here.
    private func withTmpfs(_ options: String, _ body: (URL) throws -> Void) throws -> Bool {
        let point = try TestPaths.temporaryDirectory().appendingPathComponent("mnt")
        try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        let mount = try ProcessRunner.run(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", options, "tmpfs", point.path])
        guard mount.status == 0 else {
            print("note: tmpfs test skipped (mount not permitted: \(mount.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return false
        }
        defer { _ = try? ProcessRunner.run(URL(fileURLWithPath: "/bin/umount"), [point.path]) }
        try body(point)
        return true
    }

    @Test("a full disk (a 24 KB tmpfs): per-file 'No space left' errors, exit 1, every written file complete")
    func fullTmpfs() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 12)
        _ = try withTmpfs("size=24k") { point in
            let out = point.appendingPathComponent("out")
            let result = try ProcessRunner.convert(["--to", "json", "--jobs", "2", input.path, out.path])
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.contains("No space left") && result.stderr.contains("output-failed"))
            let written = BatchFixtures.files(out)
            #expect(written.count > 0 && written.count < 12)
            #expect(written.values.allSatisfy { BatchFixtures.json($0) != nil }, "no truncated JSON")
            #expect(BatchFixtures.temporaries(point).isEmpty)
        }
    }

    @Test("a read-only output file system: per-file errors, exit 1, nothing written")
    func readOnly() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 3)
        _ = try withTmpfs("ro,size=64k") { point in
            let result = try ProcessRunner.convert(["--to", "json,text", input.path, point.appendingPathComponent("out").path])
            #expect(result.status == 1)
            #expect(result.stderr.components(separatedBy: "[output-failed]").count - 1 == 3)
            #expect(result.stderr.contains("Read-only file system"))
        }
    }
}
