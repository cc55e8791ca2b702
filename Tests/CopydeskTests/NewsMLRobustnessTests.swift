@testable import Copydesk
import Testing

@Suite("NewsML-G2 writer robustness")
struct NewsMLRobustnessTests {
    let writer = NewsMLWriter()

    @Test("random hostile text and random quote offsets never break the document (seeded)")
    func randomised() throws {
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let alphabet: [Unicode.Scalar] = (0..<0x20).compactMap(Unicode.Scalar.init)
            + ["a", "b", " ", "<", ">", "&", "\"", "'", "]", "-", "!", "é", "\u{301}", "“", "”", "🇺", "🇸", "\u{85}", "\u{2028}"]
            + [0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE, 0x10FFFF].map { Unicode.Scalar($0)! }
        func text() -> String { String(String.UnicodeScalarView((0..<next(40)).map { _ in alphabet[next(alphabet.count)] })) }
        var articles: [Article] = []
        for n in 0..<60 {
            var article = Article(id: "r\(n)", source: Source(path: nil, sha256: String(repeating: "a", count: 64), bytes: 0, encoding: "utf-8"),
                                  section: text(), headline: text(), standfirst: [text()], byline: [BylineEntry(name: text(), role: text())],
                                  dateline: text(), body: (0..<next(6)).map { _ in BodyBlock(kind: BodyBlock.Kind.allCases[next(4)], text: text()) },
                                  media: [MediaItem(kind: .image, caption: text(), credit: text(), after: next(8) - 2)],
                                  related: [RelatedLink(title: text(), after: next(8) - 2)])
            article.quotes = (0..<next(6)).map { _ in
                Quote(text: text(), speaker: Speaker(name: text(), role: text()), cue: text(),
                      paragraph: next(8) - 1, start: next(50) - 5, end: next(50) - 5)
            }
            articles.append(article)
        }
        for article in articles {
            let bytes = try writer.write(article)
            guard let problems = NewsMLValidator.problems(in: bytes) else {
                #expect(NewsMLValidator.contents(of: "body", in: bytes) != nil, "well-formed")
                continue
            }
            #expect(problems.isEmpty, "\(article.id): \(problems.prefix(3))")
        }
        let merged = try writer.writeMerged(articles)
        #expect(NewsMLValidator.problems(in: merged) ?? [] == [])
    }
}
