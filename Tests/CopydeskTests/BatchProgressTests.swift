import Foundation
import Testing

@Suite("convert batch progress and summary on standard error")
struct BatchProgressTests {
    @Test("not a terminal: no progress bar, just the one-line summary; --quiet: nothing")
    func noTerminal() throws {
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 5)
        let plain = try ProcessRunner.convert(["--to", "json", input.path, root.appendingPathComponent("o1").path])
        #expect(plain.status == 0 && !plain.stderr.contains("\r"))
        let lines = plain.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("5 articles") && lines[0].contains("articles/s"))
        let quiet = try ProcessRunner.convert(["--to", "json", "--quiet", input.path, root.appendingPathComponent("o2").path])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty && quiet.stdout.isEmpty)
    }

    @Test("a terminal (script(1) gives a pty): a progress bar with count, rate and ETA")
    func terminal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            print("note: progress-bar test skipped (no /usr/bin/script)")
            return
        }
        let root = try TestPaths.temporaryDirectory()
        let input = try BatchFixtures.tree(in: root.appendingPathComponent("in"), count: 8)
        let command = "'\(TestPaths.convert.path)' --to json '\(input.path)' '\(root.appendingPathComponent("out").path)'"
        let result = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"])
        #expect(result.status == 0)
        let screen = result.stdoutText
        #expect(screen.contains("\r") && screen.contains("8/8") && screen.contains("ETA") && screen.contains("8 converted"))
    }
}
