@testable import Copydesk
import Testing

/// The xml writer's per-article facts against the plain rules they replace: quote marks beyond one
/// bit word, spans taken block by block, language tags read in one pass.
@Suite("xml writer placement and facts match their plain rules")
struct WriterPlacementRuleTests {
    @Test("quote placement: marks of quotes past the 64th (kept beside the bit word) and spans past them")
    func quotePlacementManyQuotes() throws {
        var article = try WriterFixtures.exampleWithQuotes()
        let text = String(repeating: "word “said” ", count: 40)
        article.body = Array(repeating: BodyBlock(kind: .paragraph, text: text), count: 30)
        let template = article.quotes.first!
        // 90 quotes over 30 blocks, three per block; every fifth overlaps the one before and stays unmarked.
        article.quotes = (0..<90).map { k in
            var quote = template
            quote.paragraph = k / 3
            quote.start = (k % 3) * 40 + (k % 5 == 4 ? 0 : 6)
            quote.end = quote.start + (k % 5 == 4 ? 50 : 4)
            return quote
        }
        let placement = QuotePlacement(article)
        var last: (paragraph: Int, end: Int)?
        for (index, quote) in article.quotes.enumerated() {
            let expected = last.map { $0.paragraph != quote.paragraph || quote.start >= $0.end } ?? true
            #expect(placement.isMarked(index) == expected && placement.marked[index] == expected, "quote \(index)")
            if expected { last = (quote.paragraph, quote.end) }
        }
        var cursor = 0, spans = 0
        for block in article.body.indices {
            let range = placement.range(in: block, from: &cursor)
            #expect(placement.placed[range].allSatisfy { $0.block == block && article.quotes[$0.quote].paragraph == block })
            spans += range.count
        }
        #expect(spans == placement.placed.count && spans == placement.marked.filter { $0 }.count)
        let xml = String(decoding: try NewsMLWriter().write(article), as: UTF8.self)
        #expect(xml.components(separatedBy: "<q ").count - 1 == spans)
        #expect(xml.contains("<cd:quote ref=\"q90\" marked=\"\(placement.isMarked(89))\""))
    }

    @Test("language tags: the one-pass byte reading agrees with the plain split rule")
    func languageTagMatchesSplitRule() {
        func plain(_ tag: String) -> Bool {
            let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                guard (1...8).contains(part.utf8.count) else { return false }
                for byte in part.utf8 {
                    let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                    let digit = byte >= 0x30 && byte <= 0x39
                    guard letter || (digit && index > 0) else { return false }
                }
            }
            return true
        }
        var tags = ["", "-", "en", "en-", "-en", "en--GB", "en-GB", "zh-Hant-HK", "1en", "en-1", "en_GB", "abcdefgh",
                    "abcdefghi", "en-abcdefgh", "en-abcdefghi", "é", "en-é", "EN-gb-x-private", "en-GB-", "a-1-b-2"]
        let alphabet = Array("aZ9-é_")
        for length in 0..<14 {
            for _ in 0..<60 { tags.append(String((0..<length).map { _ in alphabet.randomElement()! })) }
        }
        for tag in tags { #expect(NewsItemFacts.isLanguageTag(tag) == plain(tag), "\(tag.debugDescription)") }
        #expect(NewsItemFacts.uriPrefixLiteral.description == NewsItemFacts.uriPrefix)
    }

    @Test("block marks: the inline words and the later ones hold exactly the indices a Set holds")
    func blockMarksMatchSet() {
        for count in [0, 1, 63, 64, 65, 127, 128, 129, 200, 700] {
            var marks = BlockMarks(count: count), plain = Set<Int>()
            for k in stride(from: 0, to: count, by: 1) where k % 7 == 3 || k % 64 == 63 || k == count - 1 {
                marks.insert(k)
                plain.insert(k)
            }
            for k in 0..<count { #expect(marks.contains(k) == plain.contains(k), "\(count) \(k)") }
        }
    }
}
