@testable import Copydesk
import Foundation
import Testing

/// Made-up articles covering the parser's constructs, each checked against its recorded JSON.
@Suite("Parser golden pairs")
struct ParserGoldenTests {
    static let names = ["wire-gallery", "fullpage-nav", "magazine-video", "newsletter-embed", "bullets-nodate"]

    private static func parse(_ name: String) throws -> (text: String, article: Article) {
        let url = TestPaths.fixture("parser/\(name).txt")
        let bytes = [UInt8](try Data(contentsOf: url))
        return (String(decoding: bytes, as: UTF8.self), try ArticleParser().parse(bytes: bytes, id: name, path: "\(name).txt"))
    }

    @Test("each fixture parses to its golden JSON", arguments: names)
    func golden(name: String) throws {
        let article = try Self.parse(name).article
        let json = try WriterRegistry.format(named: "json").writer.write(article)
        try Golden.assertMatches(json, golden: TestPaths.fixture("parser/\(name).json"))
    }

    @Test("every non-blank fixture line is accounted for", arguments: names)
    func accounted(name: String) throws {
        let (text, article) = try Self.parse(name)
        #expect(LineAccounting.unaccountedLines(text: text, article: article).isEmpty)
    }

    @Test("the key fields of each fixture")
    func keyFields() throws {
        let wire = try Self.parse("wire-gallery").article
        #expect(wire.byline == [BylineEntry(name: "Jane Roe", role: "AP Science Writer")])
        #expect(wire.media.filter { $0.caption != nil }.count == 1)
        #expect(wire.media.first?.credit == "John Doe, AP")
        #expect(wire.dateline == "NAIROBI, Kenya")
        let page = try Self.parse("fullpage-nav").article
        #expect(page.section == "Science")
        #expect(page.standfirst.count == 1)
        #expect(page.published?.iso == "2020-03-04T10:30:00Z")
        let magazine = try Self.parse("magazine-video").article
        #expect(magazine.section == "Television")
        #expect(magazine.byline.map(\.name) == ["Ann Example"])
        #expect(magazine.media.contains { $0.credit == "Sam Lens/Getty Images" })
        #expect(magazine.related.count == 1)
        let briefing = try Self.parse("newsletter-embed").article
        #expect(briefing.headline == nil)
        #expect(briefing.byline.map(\.name) == ["Lee Walker", "Kim Author", "Sam Porter"])
        #expect(briefing.printEdition?.publication == "Example Daily")
        #expect(briefing.discarded.contains { $0.reason == .embed })
        let bullets = try Self.parse("bullets-nodate").article
        #expect(bullets.standfirst.count == 2)
        #expect(bullets.media.contains { $0.kind == .video && $0.duration == "02:40" })
    }
}
