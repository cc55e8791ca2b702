@testable import Copydesk
import Foundation
import Testing

@Suite("NewsML-G2 writer (xml)")
struct NewsMLWriterTests {
    let writer = NewsMLWriter()

    /// Validates `bytes` against the 2.35 Power XSD; false (with a printed note) when `../shared` is absent.
    private func expectValid(_ bytes: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        guard let problems = NewsMLValidator.problems(in: bytes) else {
            print("skipped: NewsML-G2 schema validation of \(label) (../shared is absent)")
            return false
        }
        #expect(problems.isEmpty, "\(label): \(problems.prefix(5))", sourceLocation: sourceLocation)
        return true
    }

    private func expectXHTMLBody(_ bytes: [UInt8], _ label: String) {
        #expect(NewsMLValidator.namespaceOfFirst("html", in: bytes) == .some(.some(XHTMLBody.namespace.description)), "\(label)")
    }

    @Test("the example validates and its body is namespaced XHTML")
    func example() throws {
        let bytes = try writer.write(try WriterFixtures.exampleWithQuotes())
        _ = expectValid(bytes, "example")
        expectXHTMLBody(bytes, "example")
    }

    @Test("every dev corpus article validates")
    func devCorpus() throws {
        let articles = try WriterFixtures.devCorpus()
        guard !articles.isEmpty else { print("skipped: ../shared/corpus/dev is absent"); return }
        #expect(articles.count >= 21)
        for article in articles {
            let bytes = try writer.write(article)
            guard expectValid(bytes, article.id) else { return }
            expectXHTMLBody(bytes, article.id)
        }
    }

    @Test("a merged newsMessage of many items validates", arguments: [1, 3])
    func merged(count: Int) throws {
        var articles = try Array(WriterFixtures.devCorpus().prefix(count))
        articles += [try WriterFixtures.exampleWithQuotes(), WriterFixtures.hostileArticle()]
        let bytes = try writer.writeMerged(articles)
        let xml = String(decoding: bytes, as: UTF8.self)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<newsMessage"))
        #expect(xml.contains("<sent>1970-01-01T00:00:00Z</sent>"))
        #expect(xml.components(separatedBy: "<newsItem ").count - 1 == articles.count)
        #expect(NewsMLValidator.contents(of: "headline", in: bytes)?.count == articles.count)
        _ = expectValid(bytes, "newsMessage")
        expectXHTMLBody(bytes, "newsMessage")
        let later = try NewsMLWriter(sent: "2025-03-01T10:30:00+01:00").mergedHeader()
        #expect(String(decoding: later, as: UTF8.self).contains("<sent>2025-03-01T10:30:00+01:00</sent>"))
        let invalid = try NewsMLWriter(provider: "Desk\nTwo", sent: "now").mergedHeader()
        #expect(String(decoding: invalid, as: UTF8.self).contains("<sent>1970-01-01T00:00:00Z</sent>"))
        #expect(String(decoding: invalid, as: UTF8.self).contains("<sender>Desk Two</sender>"))
    }

    @Test("hostile text in every field stays well-formed and valid", arguments: ["en-GB", "not a tag!", nil] as [String?])
    func hostile(language: String?) throws {
        let article = WriterFixtures.hostileArticle(language: language)
        let bytes = try writer.write(article)
        let paragraphs = try #require(NewsMLValidator.contents(of: "p", in: bytes))
        #expect(paragraphs.first == XMLText.clean(article.body[0].text), "quote markup keeps the text")
        _ = expectValid(bytes, "hostile \(language ?? "nil")")
        expectXHTMLBody(bytes, "hostile")
        let xml = String(decoding: bytes, as: UTF8.self)
        #expect(!xml.contains("<script>"))
        #expect(xml.contains("xml:lang=\"en-GB\"") == (language == "en-GB"))
    }

    @Test("quotes are marked up in place with speaker and cue; broken offsets are skipped")
    func quoteMarkup() throws {
        let article = try WriterFixtures.exampleWithQuotes()
        #expect(article.quotes.count == 2)
        let xml = String(decoding: try writer.write(article), as: UTF8.self)
        #expect(xml.contains("<p>“<q id=\"q1\" class=\"quote direct\" title=\"Xi Jinping\" data-speaker=\"Xi Jinping\" data-speaker-role=\"President\" data-speaker-kind=\"person\" data-cue=\"told\">China is ready to work with top scientists</q> around"))
        #expect(xml.contains("insisted that “<q id=\"q2\" class=\"quote partial\""))
        #expect(xml.contains("<cd:quote ref=\"q2\" marked=\"true\" paragraph=\"6\""))

        let hostile = WriterFixtures.hostileArticle()
        let placement = QuotePlacement(hostile)
        #expect(placement.marked == [true, false, true, true, false, false, false, false, false, false])
        let hostileXML = String(decoding: try writer.write(hostile), as: UTF8.self)
        #expect(hostileXML.components(separatedBy: "<q ").count - 1 == 3)
        #expect(hostileXML.contains("class=\"quote direct continued\""))
    }

    @Test("dates, guid and language are deterministic and normalised")
    func itemFacts() throws {
        #expect(NewsItemFacts.dateTime("2019-11-20") == "2019-11-20T00:00:00Z")
        #expect(NewsItemFacts.dateTime("2019-11-20T05:27:00-06:00") == "2019-11-20T05:27:00-06:00")
        #expect(NewsItemFacts.dateTime("2019-11-20T05:27") == "2019-11-20T05:27:00Z")
        #expect(NewsItemFacts.dateTime("2024-02-29T10:00:00.25+0530") == "2024-02-29T10:00:00.25+05:30")
        for bad in ["2019-02-30", "2019-13-01", "0000-01-01", "yesterday", "2019-11-20T25:00", "2019-11-20T05:27:00+5", ""] {
            #expect(NewsItemFacts.dateTime(bad) == nil, "\(bad)")
        }
        #expect(NewsItemFacts.isLanguageTag("zh-Hant-HK") && !NewsItemFacts.isLanguageTag("1en") && !NewsItemFacts.isLanguageTag("en_GB"))
        let hostile = WriterFixtures.hostileArticle()
        let facts = NewsItemFacts(hostile)
        #expect(facts.guid.hasPrefix(NewsItemFacts.uriPrefix) && facts.guid.count == NewsItemFacts.uriPrefix.count + 64)
        let xml = String(decoding: try writer.write(hostile), as: UTF8.self)
        #expect(xml.contains("<versionCreated>2024-02-29T10:00:00+05:30</versionCreated>"), "unreadable updated falls back to published")
        let example = String(decoding: try writer.write(try WriterFixtures.example()), as: UTF8.self)
        #expect(example.contains("<versionCreated>\(NewsMLWriter.fallbackDate)</versionCreated>"))
        #expect(example.contains("guid=\"urn:copydesk:sha256:86f1043ce37b3feb2c19b742a60b122c46170f04d2c8b8162d511afb94c6def0\""))
    }

    @Test("the official examples and the project sample validate (the validator itself works)")
    func validatorAcceptsOfficialExamples() throws {
        guard let shared = TestPaths.shared else { print("skipped: ../shared is absent"); return }
        let standards = shared.appendingPathComponent("standards")
        let files = ["newsml-g2/examples/LISTING_1_A_NewsML-G2_News_Item.xml", "samples/sample-article.newsml.xml"]
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: standards.appendingPathComponent(file)))
            #expect(NewsMLValidator.problems(in: bytes) == [], "\(file)")
        }
        let wrongOrder = Array("<newsItem xmlns=\"\(NewsMLWriter.namespace)\" guid=\"g\" standard=\"NewsML-G2\" standardversion=\"2.35\"><contentMeta/></newsItem>".utf8)
        #expect(NewsMLValidator.problems(in: wrongOrder)?.isEmpty == false)
        #expect(NewsMLValidator.problems(in: Array("<a><b></a>".utf8))?.isEmpty == false)
    }
}
