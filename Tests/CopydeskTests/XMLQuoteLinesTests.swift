@testable import Copydesk
import Testing

/// The one-step lines (`cd:quote` elements and body blocks holding `<q>`) against the plain rule
/// they replace: the same article written with every element through libxml2 calls.
@Suite("XML one-step quote lines match libxml2")
struct XMLQuoteLinesTests {
    /// Pieces for quote fields and block texts: markup, controls, non-ASCII, empty.
    static let pieces = ["", "said", "Ann <Lee>", "a & b", "\"q\"", "tab\there", "new\nline", "cr\r", "é", "“curly”",
                         "中文", "😀", "\u{1}", "\u{FFFE}", "plain words long enough for a vector step or two", "x"]

    /// An article whose body blocks hold many placed quotes with seeded fields.
    static func article(seed: UInt64) -> Article {
        var mix = SeededMix(state: seed)
        func piece() -> String { pieces[mix.next(pieces.count)] }
        var body: [BodyBlock] = []
        var quotes: [Quote] = []
        let kinds: [BodyBlock.Kind] = [.paragraph, .subheading, .listItem, .blockquote]
        for block in 0..<6 {
            var text = "", scalars = 0
            for _ in 0..<(1 + mix.next(4)) {
                let before = "Lead " + piece() + " ", words = "word " + piece() + " end"
                text += before
                scalars += before.unicodeScalars.count
                let start = scalars
                text += words
                scalars += words.unicodeScalars.count
                let role: String? = mix.next(3) == 0 ? nil : piece()
                let speaker: Speaker? = mix.next(4) == 0 ? nil
                    : Speaker(name: "Name " + piece(), role: role, kind: mix.next(2) == 0 ? .person : .organization)
                quotes.append(Quote(text: mix.next(5) == 0 ? "" : piece() + " quoted", speaker: speaker,
                                    cue: mix.next(3) == 0 ? nil : piece(), paragraph: block, start: start, end: scalars,
                                    kind: mix.next(2) == 0 ? .direct : .partial, continued: mix.next(2) == 0))
            }
            text += piece()
            body.append(BodyBlock(kind: kinds[mix.next(kinds.count)], text: text))
        }
        quotes.append(Quote(text: "unplaced " + piece(), speaker: nil, cue: piece(), paragraph: 42, start: -5, end: 1_234))
        return Article(id: "q\(seed)", source: Source(path: "q.txt", sha256: String(repeating: "ab", count: 32), bytes: 9,
                                                      encoding: "utf-8"),
                       language: "en", body: body, quotes: quotes)
    }

    @Test("standalone items and merged entries (character references) are libxml2's bytes")
    func quoteLinesMatchOracle() throws {
        let fast = NewsMLWriter()
        var oracle = NewsMLWriter()
        oracle.leavesByLibXML2 = true
        for seed in 0..<60 as Range<UInt64> {
            let article = Self.article(seed: seed)
            #expect(article.quotes.count > 6)
            let ours = try fast.write(article), theirs = try oracle.write(article)
            #expect(XMLSerializationOracleTests.firstDifference(ours, theirs) == nil, "seed \(seed)")
            #expect(String(decoding: ours, as: UTF8.self).contains("<q id=\"q1\""), "seed \(seed)")
            #expect(XMLSerializationOracleTests.firstDifference(try fast.mergedEntry(article, index: 0),
                                                                try oracle.mergedEntry(article, index: 0)) == nil, "seed \(seed)")
        }
    }
}
