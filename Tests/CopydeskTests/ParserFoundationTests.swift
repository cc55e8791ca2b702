@testable import Copydesk
import Foundation
import Testing

@Suite("Parser foundation")
struct ParserFoundationTests {
    @Test("the seed article's front matter, body and captions")
    func seedArticle() throws {
        let article = try WriterTests.exampleArticle()
        #expect(article.section == "US-China tech war")
        #expect(article.headline?.hasPrefix("Xi Jinping promises China will be more open") == true)
        #expect(article.standfirst.count == 2)
        #expect(article.body.count == 17)
        let captions = article.media.filter { $0.kind == .image }
        #expect(captions.map(\.credit) == ["Shutterstock", "AP"])
        #expect(article.media.contains { $0.kind == .video && $0.duration == "03:15" })
        #expect(article.printEdition?.publication == "South China Morning Post")
        #expect(article.discarded.contains { $0.text == "Advertisement" && $0.reason == .advertisement })
    }

    @Test("every non-blank line of a fixture is kept or discarded with a reason")
    func fixtureLinesAccountedFor() throws {
        let text = """
        Advertisement
        World news
        A headline that runs across several words here

        By Jane Roe and John Doe
        Updated 5:27 am CST, Wednesday, November 20, 2019
        The first paragraph of the story is long enough to read as a real sentence of the body.
        A boat in the harbour. Photo: Jane Roe

        Share this article
        The second paragraph also reads like a sentence, and it carries on for a while longer.
        © 2019 Example News
        """
        let article = ArticleParser().parse(text: text, id: "fixture")
        #expect(LineAccounting.unaccountedLines(text: text, article: article).isEmpty)
        #expect(article.headline == "A headline that runs across several words here")
        #expect(article.byline.map(\.name) == ["Jane Roe", "John Doe"])
        #expect(article.published?.text == "5:27 am CST, Wednesday, November 20, 2019")
        #expect(article.body.count == 2)
        #expect(article.media.first?.credit == "Jane Roe")
        #expect(Set(article.discarded.map(\.reason)).isSuperset(of: [.advertisement, .share, .copyright]))
    }

    @Test("every non-blank line of every dev-corpus article is accounted for")
    func corpusLinesAccountedFor() throws {
        guard let shared = TestPaths.shared else { print("skipped: ../shared is absent"); return }
        let directory = shared.appendingPathComponent("corpus/dev")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count >= 21)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(file)))
            let article = try ArticleParser().parse(bytes: bytes, id: file, path: file)
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(LineAccounting.unaccountedLines(text: text, article: article).isEmpty, "\(file)")
        }
    }

    @Test("line endings: LF, CRLF and CR all split lines, numbering counts blank lines")
    func lineEndings() {
        let lines = LineSplitter.lines(of: "a\r\nb\rc\n\n  d  ")
        #expect(lines.map(\.text) == ["a", "b", "c", "d"])
        #expect(lines.map(\.number) == [1, 2, 3, 5])
    }

    @Test("decoding: BOM dropped, UTF-16 read, invalid UTF-8 falls back to Windows-1252, binary rejected")
    func decoding() throws {
        let decoder = InputDecoder()
        #expect(try decoder.decode([0xEF, 0xBB, 0xBF] + Array("hi".utf8)).text == "hi")
        #expect(try decoder.decode([0xFF, 0xFE, 0x68, 0x00, 0x69, 0x00]).encoding == "utf-16le")
        let latin = try decoder.decode([0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94])
        #expect(latin.text == "café “q”" && latin.encoding == "windows-1252")
        #expect(throws: CopydeskError.self) { try decoder.decode([UInt8](repeating: 0, count: 64) + [1, 2, 3]) }
    }
}
