import Foundation
import Testing

@Suite("convert --to xml,ninjs end to end")
struct StandardsEndToEndTests {
    @Test("--to json,xml,ninjs FILE OUTDIR/ writes three distinct files; xml and ninjs validate")
    func formatsIntoFolder() throws {
        let directory = try TestPaths.temporaryDirectory().appendingPathComponent("out")
        let result = try ProcessRunner.convert(["--to", "json,xml,ninjs", TestPaths.exampleArticle.path, directory.path + "/"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["scmp-xi-science-cooperation.json", "scmp-xi-science-cooperation.ninjs.json",
                          "scmp-xi-science-cooperation.xml"])
        let xml = [UInt8](try Data(contentsOf: directory.appendingPathComponent("scmp-xi-science-cooperation.xml")))
        #expect(NewsMLValidator.namespaceOfFirst("html", in: xml) == .some(.some("http://www.w3.org/1999/xhtml")))
        if let problems = NewsMLValidator.problems(in: xml) { #expect(problems.isEmpty, "\(problems)") } else {
            print("skipped: NewsML-G2 validation (../shared is absent)")
        }
        let ninjs = [UInt8](try Data(contentsOf: directory.appendingPathComponent("scmp-xi-science-cooperation.ninjs.json")))
        if let problems = try NinjsValidator.problems(in: [("cli", ninjs)]) { #expect(problems.isEmpty, "\(problems)") } else {
            print("skipped: ninjs validation (../shared, python3 or jsonschema is absent)")
        }
    }

    @Test("--to newsml prints the newsItem on standard output")
    func aliasToStdout() throws {
        let result = try ProcessRunner.convert(["--to", "newsml", TestPaths.exampleArticle.path])
        #expect(result.status == 0)
        #expect(result.stdoutText.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsItem "))
    }
}
