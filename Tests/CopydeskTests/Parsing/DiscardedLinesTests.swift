@testable import Copydesk
import Foundation
import Testing

/// `DiscardedLines` (discarded texts kept as ranges of the parsed text) held to the plain `[DiscardedLine]` it
/// replaced: the same lines, texts, equality and hashing, and the same JSON bytes.
@Suite("Discarded lines kept as ranges of the text")
struct DiscardedLinesTests {
    /// The plain discard: each line's own String (`TextLine.string`), as the builder made it before.
    static func plainDiscarded(_ article: Article, text: String) -> [DiscardedLine] {
        let lines = Dictionary(TestLine.lines(of: text).map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        return article.discarded.map { DiscardedLine(line: $0.line, text: lines[$0.line]?.string ?? "<missing>", reason: $0.reason) }
    }

    @Test("fixtures and the dev corpus: every discarded text is its line's own string, kept as a range of the text")
    func parsedTexts() throws {
        var checked = 0
        for bytes in try TestPaths.fixtureAndCorpusInputs() {
            guard let decoded = try? InputDecoder().decode(bytes, input: "in.txt") else { continue }
            let article = ArticleParser().parse(decoded: decoded, bytes: bytes, id: "d", path: "in.txt")
            #expect(article.discarded == Self.plainDiscarded(article, text: decoded.text))
            #expect(article.discardedLines.entries.allSatisfy { !$0.inOwn })
            #expect(article.discardedLines == DiscardedLines(article.discarded))
            #expect(article.discardedLines.hashValue == DiscardedLines(article.discarded).hashValue)
            checked += article.discarded.count
        }
        #expect(checked > 100)
    }

    @Test("a line whose bytes are not the base's at its offsets is copied; equality is String equality")
    func appendAndCompare() {
        var lines = DiscardedLines(base: "Advertisement\nShare this\n")
        lines.append(line: 1, start: 0, end: 13, reason: .advertisement)
        lines.append(line: 2, text: "Share this"[...], start: 14, end: 24, reason: .share)  // found in the base
        lines.append(line: 3, text: "Other text"[...], start: 14, end: 24, reason: .footer)  // same offsets, other bytes
        lines.append(line: 4, text: "Beyond"[...], start: 100, end: 106, reason: .footer)  // past the base
        #expect(lines.entries.map(\.inOwn) == [false, false, true, true])
        let plain = [DiscardedLine(line: 1, text: "Advertisement", reason: .advertisement),
                     DiscardedLine(line: 2, text: "Share this", reason: .share),
                     DiscardedLine(line: 3, text: "Other text", reason: .footer),
                     DiscardedLine(line: 4, text: "Beyond", reason: .footer)]
        #expect(lines.lines == plain)
        #expect(lines == DiscardedLines(plain))
        #expect(lines.hashValue == DiscardedLines(plain).hashValue)
        #expect(lines != DiscardedLines(Array(plain.dropLast())))
        var other = plain
        other[2].reason = .list
        #expect(lines != DiscardedLines(other))
        // canonically equivalent texts are equal, as Strings are
        #expect(DiscardedLines([DiscardedLine(line: 1, text: "caf\u{E9}", reason: .promo)])
            == DiscardedLines([DiscardedLine(line: 1, text: "cafe\u{301}", reason: .promo)]))
    }

    @Test("Article.discarded reads and writes like a stored array; the JSON bytes do not depend on the storage")
    func articleProperty() throws {
        let text = "Headline of the story here\n\nAdvertisement\n\u{201C}Quoted\u{201D} \\ line\twith tab\n"
        let bytes = Array(text.utf8)
        var article = try ArticleParser().parse(bytes: bytes, id: "p", path: "p.txt")
        var copied = article
        copied.discarded = article.discarded  // the same lines, now copied into the storage's own string
        #expect(copied == article)
        #expect(copied.hashValue == article.hashValue)
        for indent in [2, 0] {
            let ranges = JSONOutput.document(indent: indent, capacity: 64) { JSONArticleWriter.emit(article, into: &$0) }
            let owned = JSONOutput.document(indent: indent, capacity: 64) { JSONArticleWriter.emit(copied, into: &$0) }
            let generic = JSONOutput.document(indent: indent, capacity: 64) { JSONArticleWriter.emit(article, into: &$0, generic: true) }
            #expect(ranges == owned)
            #expect(ranges == generic)
        }
        let before = article.discarded.count
        article.discarded.append(DiscardedLine(line: 99, text: "Extra \"line\"", reason: .furniture))
        #expect(article.discarded.count == before + 1)
        #expect(article.discarded.last == DiscardedLine(line: 99, text: "Extra \"line\"", reason: .furniture))
        #expect(Array(article.discarded.dropLast()) == copied.discarded)
        let decoded = try JSONDecoder().decode(Article.self, from: Data(try JSONArticleWriter().write(article)))
        #expect(decoded == article)
    }
}
