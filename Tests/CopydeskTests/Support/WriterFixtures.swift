@testable import Copydesk
import Foundation

/// Articles built in code for writer tests: quotes placed by phrase, and a hostile article.
enum WriterFixtures {
    /// The bundled example article, parsed.
    static func example() throws -> Article {
        let bytes = [UInt8](try Data(contentsOf: TestPaths.exampleArticle))
        return try ArticleParser().parse(bytes: bytes, id: "scmp-xi-science-cooperation",
                                         path: "examples/articles/scmp-xi-science-cooperation.txt")
    }

    /// The dev corpus articles (`../shared/corpus/dev/*.txt`), parsed; empty when `../shared` is absent.
    static func devCorpus() throws -> [Article] {
        guard let shared = TestPaths.shared else { return [] }
        let directory = shared.appendingPathComponent("corpus/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
            return try ArticleParser().parse(bytes: bytes, id: String(name.dropLast(4)), path: name)
        }
    }

    /// A quote of `phrase` inside body block `paragraph` (scalar offsets found by search).
    static func quote(_ phrase: String, in article: Article, paragraph: Int, speaker: Speaker?, cue: String?,
                      kind: Quote.Kind = .direct) -> Quote? {
        let scalars = Array(article.body[paragraph].text.unicodeScalars)
        let needle = Array(phrase.unicodeScalars)
        guard needle.count <= scalars.count else { return nil }
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
            return Quote(text: phrase, speaker: speaker, cue: cue, paragraph: paragraph,
                         start: start, end: start + needle.count, kind: kind)
        }
        return nil
    }

    /// The example with two quotes set in code (the quotes stage is built elsewhere).
    static func exampleWithQuotes() throws -> Article {
        var article = try example()
        article.quotes = [
            quote("China is ready to work with top scientists", in: article, paragraph: 3,
                  speaker: Speaker(name: "Xi Jinping", role: "President"), cue: "told"),
            quote("driving self-sufficiency in technology did not mean China would shut its doors to the world",
                  in: article, paragraph: 6, speaker: Speaker(name: "Wang Zhigang", role: "science minister"),
                  cue: "insisted", kind: .partial),
        ].compactMap { $0 }
        return article
    }

    /// Text XML 1.0 cannot carry, markup look-alikes, line breaks in single-line fields.
    static let hostile: String = {
        let nonCharacters = [0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE].map { String(Character(Unicode.Scalar($0)!)) }.joined()
        return "a\u{0}b\u{1}\u{8}\u{B}\u{C}\u{1F} ]]> <!-- x --> <script>alert('&amp;')</script> \"q\" " + nonCharacters
            + " é\u{301} 🇺🇸 \u{85}\u{2028}\r\n\ttab"
    }()

    /// An article with hostile text in every field and quotes with broken offsets.
    static func hostileArticle(language: String? = "en-GB") -> Article {
        let h = hostile
        var article = Article(
            id: "hostile <&> \u{1}", source: Source(path: "dir/hostile\u{7}.txt", sha256: "not-a-hash", bytes: 3, encoding: "utf-8"),
            language: language, section: "Sec\ttion\n" + h, headline: "Head " + h, standfirst: ["Stand " + h, "two\nlines"],
            byline: [BylineEntry(name: "Ann \u{0} <Lee>", role: "Writer\n" + h), BylineEntry(name: "AP")],
            published: DateStamp(text: "Feb 29 " + h, iso: "2024-02-29T10:00:00+0530"),
            updated: DateStamp(text: "later", iso: "2019-02-30"), dateline: "PARIS\n" + h,
            body: [BodyBlock(text: "First " + h), BodyBlock(kind: .subheading, text: "Sub " + h),
                   BodyBlock(kind: .listItem, text: "item " + h), BodyBlock(kind: .listItem, text: "item2"),
                   BodyBlock(kind: .blockquote, text: "block " + h), BodyBlock(text: "")],
            media: [MediaItem(kind: .image, caption: "Cap " + h, credit: "Photo\n" + h, after: nil),
                    MediaItem(kind: .video, caption: nil, credit: nil, duration: "03:15", after: 2),
                    MediaItem(kind: .image, after: 99), MediaItem(kind: .image, caption: "neg", after: -3)],
            related: [RelatedLink(title: "Rel " + h, after: 0), RelatedLink(title: "end", after: 42)],
            printEdition: PrintEdition(publication: "Pub " + h, headline: nil))
        let count = article.body[0].text.unicodeScalars.count
        article.quotes = [
            Quote(text: "First", speaker: Speaker(name: "S <1> \u{0}", role: h, kind: .organization), cue: "said " + h,
                  paragraph: 0, start: 0, end: 5),
            Quote(text: "overlap", speaker: nil, cue: nil, paragraph: 0, start: 3, end: 9),
            Quote(text: "tail", speaker: nil, cue: nil, paragraph: 0, start: count - 4, end: count, continued: true),
            Quote(text: "mid-grapheme", speaker: nil, cue: nil, paragraph: 1, start: 10, end: 50),
            Quote(text: "past end", speaker: nil, cue: nil, paragraph: 2, start: 2, end: 10_000),
            Quote(text: "negative", speaker: nil, cue: nil, paragraph: 2, start: -1, end: 3),
            Quote(text: "reversed", speaker: nil, cue: nil, paragraph: 2, start: 5, end: 2),
            Quote(text: "no block", speaker: nil, cue: nil, paragraph: 99, start: 0, end: 1),
            Quote(text: "neg block", speaker: nil, cue: nil, paragraph: -1, start: 0, end: 1),
            Quote(text: "", speaker: nil, cue: nil, paragraph: 5, start: 0, end: 0),
        ]
        return article
    }
}
