@testable import Copydesk
import Foundation
import Testing

@Suite("Writers and registry")
struct WriterTests {
    static func exampleArticle() throws -> Article {
        let bytes = [UInt8](try Data(contentsOf: TestPaths.exampleArticle))
        return try ArticleParser().parse(bytes: bytes, id: "scmp-xi-science-cooperation",
                                         path: "examples/articles/scmp-xi-science-cooperation.txt")
    }

    @Test("every registered format writes the example to its golden file", arguments: WriterRegistry.formats.map(\.name))
    func golden(formatName: String) throws {
        let format = try WriterRegistry.format(named: formatName)
        let output = try format.writer.write(try Self.exampleArticle())
        let golden = TestPaths.root.appendingPathComponent("examples/expected/scmp-xi-science-cooperation.\(format.fileExtension)")
        try Golden.assertMatches(output, golden: golden)
    }

    @Test("writers are deterministic: same article, same bytes", arguments: WriterRegistry.formats.map(\.name))
    func deterministic(formatName: String) throws {
        let format = try WriterRegistry.format(named: formatName)
        #expect(try format.writer.write(try Self.exampleArticle()) == format.writer.write(try Self.exampleArticle()))
    }

    @Test("names, aliases and extensions are unique across the registry")
    func registryIsConsistent() {
        let names = WriterRegistry.formats.flatMap { [$0.name] + $0.aliases }
        #expect(Set(names).count == names.count)
        #expect(WriterRegistry.formats.allSatisfy { !$0.summary.isEmpty && !$0.fileExtension.isEmpty })
    }

    @Test("look-up by alias and list, unknown names are typed errors")
    func lookup() throws {
        #expect(try WriterRegistry.format(named: "TXT").name == "text")
        #expect(try WriterRegistry.formats(list: "json,text,json").map(\.name) == ["json", "text"])
        #expect(throws: CopydeskError.self) { try WriterRegistry.format(named: "pdf") }
        do { _ = try WriterRegistry.format(named: "pdf") } catch let error as CopydeskError { #expect(error.code == .unknownFormat) }
    }

    @Test("text output holds headline and body but no furniture")
    func textHasNoFurniture() throws {
        let article = try Self.exampleArticle()
        let text = String(decoding: try TextArticleWriter().write(article), as: UTF8.self)
        #expect(text.hasPrefix(article.headline ?? "<none>"))
        #expect(!text.contains("Advertisement"))
        #expect(!text.contains("Learn more"))
        #expect(text.contains(article.body.last?.text ?? "<none>"))
    }

    @Test("merged JSON is JSON Lines, merged text uses the documented separator")
    func merged() throws {
        let article = try Self.exampleArticle()
        let lines = String(decoding: try JSONArticleWriter().writeMerged([article, article]), as: UTF8.self)
            .split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines { #expect(try JSONDecoder().decode(Article.self, from: Data(line.utf8)) == article) }
        let text = String(decoding: try TextArticleWriter().writeMerged([article, article]), as: UTF8.self)
        #expect(text.components(separatedBy: "\n\u{0C}\n").count == 2)
    }

    @Test("the example's JSON validates against formats/json/article.schema.json")
    func exampleValidatesAgainstSchema() throws {
        let directory = try TestPaths.temporaryDirectory()
        let url = directory.appendingPathComponent("example.json")
        try Data(try JSONArticleWriter().write(try Self.exampleArticle())).write(to: url)
        guard let problems = try ArticleSchema.problems(in: [url]) else {
            print("skipped: python3 with jsonschema is not available"); return
        }
        #expect(problems.isEmpty, "\(problems)")
    }
}
