@testable import Copydesk
import Foundation
import Testing

@Suite("Quotes of the example article")
struct ExampleQuotesTests {
    @Test("all 8 quotes go to Xi Jinping, Wang Zhigang, the NDRC, Tang Dajie and Shi Yinhong")
    func seedSpeakers() throws {
        let article = try WriterTests.exampleArticle()
        #expect(article.quotes.map { $0.speaker?.name } == [
            "Xi Jinping", "Wang Zhigang", "Wang Zhigang", "National Development and Reform Commission",
            "National Development and Reform Commission", "Tang Dajie", "Shi Yinhong", "Shi Yinhong",
        ])
        for quote in article.quotes { QuoteFixtures.expectOffsets(quote, in: article) }
        #expect(article.quotes[4].cue == nil && article.quotes[3].cue == "said")
        #expect(article.quotes[1].kind == .partial && article.quotes[1].speaker?.role == "science minister")
    }

    @Test("the dev corpus quotes point at their words (skipped without ../shared)")
    func corpusOffsets() throws {
        guard let shared = TestPaths.shared else { print("skipped: ../shared not found"); return }
        let dev = shared.appendingPathComponent("corpus/dev")
        for n in 0...20 {
            let url = dev.appendingPathComponent(String(format: "%03d.txt", n))
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let article = try ArticleParser().parse(bytes: [UInt8](data), id: "x", path: url.path)
            for quote in article.quotes { QuoteFixtures.expectOffsets(quote, in: article) }
        }
    }
}
