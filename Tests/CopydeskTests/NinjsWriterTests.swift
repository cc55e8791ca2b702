@testable import Copydesk
import Foundation
import Testing

@Suite("ninjs writer")
struct NinjsWriterTests {
    let writer = NinjsWriter()

    private func object(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test("every output validates with validate_ninjs.py --schema 3.1 --formats")
    func validates() throws {
        var documents: [(name: String, bytes: [UInt8])] = []
        documents.append(("example", try writer.write(try WriterFixtures.example())))
        documents.append(("example-quotes", try writer.write(try WriterFixtures.exampleWithQuotes())))
        for language in ["en-GB", "not a tag!", nil] as [String?] {
            documents.append(("hostile", try writer.write(WriterFixtures.hostileArticle(language: language))))
        }
        for article in try WriterFixtures.devCorpus() { documents.append((article.id, try writer.write(article))) }
        let merged = try writer.writeMerged(try WriterFixtures.devCorpus().prefix(3) + [WriterFixtures.hostileArticle()])
        for (index, line) in merged.split(separator: 0x0A).enumerated() { documents.append(("merged-\(index)", Array(line))) }
        guard let problems = try NinjsValidator.problems(in: documents) else {
            print("skipped: ninjs validation (../shared, python3 or jsonschema is absent)"); return
        }
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        #expect(documents.count >= 5)
    }

    @Test("merged ninjs is JSON Lines, one compact object per article")
    func merged() throws {
        let articles = [try WriterFixtures.example(), WriterFixtures.hostileArticle()]
        let lines = try writer.writeMerged(articles).split(separator: 0x0A)
        #expect(lines.count == 2)
        for (line, article) in zip(lines, articles) {
            #expect(try object(Array(line))["uri"] as? String == NewsItemFacts(article).guid)
        }
    }

    @Test("quotes travel as <q> markup in the XHTML body and as quoted people")
    func quotes() throws {
        let json = try object(try writer.write(try WriterFixtures.exampleWithQuotes()))
        let bodies = try #require(json["bodies"] as? [[String: Any]])
        #expect(bodies.map { $0["contentType"] as? String } == ["text/plain", "application/xhtml+xml"])
        let xhtml = try #require(bodies[1]["value"] as? String)
        #expect(xhtml.hasPrefix("<html xmlns=\"http://www.w3.org/1999/xhtml\">"))
        #expect(xhtml.contains("data-speaker=\"Wang Zhigang\""))
        #expect(NewsMLValidator.contents(of: "q", in: Array(xhtml.utf8))?.count == 2)
        let people = try #require(json["people"] as? [[String: String]])
        #expect(people.contains(["name": "Xi Jinping", "rel": "quoted"]))
        let standard = try #require(json["standard"] as? [String: String])
        #expect(standard["version"] == "3.1")
    }

    @Test("dates appear only when the article's ISO dates can be read")
    func dates() throws {
        let hostile = try object(try writer.write(WriterFixtures.hostileArticle()))
        #expect(hostile["firstCreated"] as? String == "2024-02-29T10:00:00+05:30")
        #expect(hostile["versionCreated"] as? String == "2024-02-29T10:00:00+05:30")
        let example = try object(try writer.write(try WriterFixtures.example()))
        #expect(example["firstCreated"] == nil && example["versionCreated"] == nil)
    }

    @Test("json and ninjs outputs of one article never share a file name")
    func extensions() throws {
        let json = try WriterRegistry.format(named: "json"), ninjs = try WriterRegistry.format(named: "ninjs")
        #expect(json.fileExtension != ninjs.fileExtension && json.mergedExtension != ninjs.mergedExtension)
        #expect(ninjs.fileExtension == "ninjs.json" && ninjs.mergedExtension == "ninjs.jsonl")
        #expect(try WriterRegistry.format(named: "newsml").name == "xml")
    }

    @Test("word and character counts work on UTF-8 bytes")
    func counts() {
        #expect(NinjsWriter.wordCount("  one two\u{A0}three\u{2009}four\u{3000}five — six\u{2028}seven\n") == 8)
        #expect(NinjsWriter.wordCount("") == 0)
        #expect("é\u{301}🇺🇸".unicodeScalarCount == 4)
    }
}
