@testable import Copydesk
import Testing

/// Small byte-level fast paths of the xml writer against the plain rules they replace.
@Suite("xml writer byte rules match their plain definitions")
struct WriterByteRuleTests {
    /// Texts mixing ASCII runs with 2-, 3- and 4-byte scalars at every alignment.
    static func texts() -> [String] {
        var texts = ["", "a", "plain ascii text that runs longer than eight bytes", "é", "“quoted” — said",
                     "中文中文中文中文中文", "😀😀😀😀😀 x", "abcdefg😀hijklmn", "1234567é"]
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefgh é—“”中😀".unicodeScalars)
        for length in 0..<120 {
            var text = ""
            for _ in 0..<length { text.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]) }
            texts.append(text)
        }
        return texts
    }

    @Test("scalar offsets: the word-at-a-time walk stops where the scalar-by-scalar walk does")
    func scalarOffsetsMatchPlainWalk() {
        for text in Self.texts() {
            var copy = text
            copy.withUTF8 { bytes in
                let scalars = text.unicodeScalars.count
                // From the start to every target (and past the end), and chained walks from every start.
                for target in 0...(scalars + 9) {
                    let fast = ScalarOffsets.advance(bytes, byte: 0, scalar: 0, to: target)
                    let plain = ScalarOffsets.advancePlain(bytes, byte: 0, scalar: 0, to: target)
                    #expect(fast == plain, "\(text.debugDescription) to \(target)")
                }
                for from in 0...scalars {
                    let start = ScalarOffsets.advancePlain(bytes, byte: 0, scalar: 0, to: from)
                    for target in [from + 3, from + 8, from + 17, from + 40] {
                        let fast = ScalarOffsets.advance(bytes, byte: start.0, scalar: start.1, to: target)
                        #expect(fast == ScalarOffsets.advancePlain(bytes, byte: start.0, scalar: start.1, to: target),
                                "\(text.debugDescription) from \(from) to \(target)")
                    }
                }
                // The byte offset reached is where the scalar view says the scalar starts.
                let target = scalars / 2
                let index = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: target)
                #expect(ScalarOffsets.advance(bytes, byte: 0, scalar: 0, to: target).0 == text.utf8.distance(from: text.startIndex, to: index))
            }
        }
    }

    @Test("numeric attributes are spelled as String(value) spells them")
    func decimalAttributes() {
        var values = Array(-12...1200) + [9_999, 10_000, 123_456, Int.max, Int.min]
        values += (0..<200).map { _ in Int.random(in: -1_000_000...1_000_000) }
        for value in values {
            var run = XMLByteRun(capacity: 8)
            run.appendAttribute("n", prefix: "q", decimal: value)
            #expect(run.withBytes { String(decoding: $0, as: UTF8.self) } == " n=\"q\(value)\"", "\(value)")
        }
    }

    @Test("csv quoting: the word tests find a comma, quote, CR or LF wherever the byte loop does")
    func csvNeedsQuotesMatchesPlainRule() {
        var samples = Self.texts()
        for length in 0..<40 {  // each special byte at every position of short and medium cells
            for special in [",", "\"", "\n", "\r"] {
                for at in 0...length { samples.append(String(repeating: "é", count: at % 3) + String(repeating: "a", count: at) + special + String(repeating: "b", count: length - at)) }
            }
        }
        for text in samples {
            var copy = text
            copy.withUTF8 { bytes in
                #expect(CSVCells.needsQuotes(bytes) == CSVCells.needsQuotesPlain(bytes), "\(text.debugDescription)")
            }
        }
    }

    @Test("quote placement: one walk per block gives the marks of the scalar-count rule and the plain byte offsets")
    func quotePlacementMatchesPlainRule() throws {
        var articles = try WriterFastPathTests.articles() + [WriterFixtures.hostileArticle()]
        var odd = try WriterFixtures.exampleWithQuotes()  // ends past the text, overlaps, a quote before a rejected one
        let text = odd.body[0].text, scalars = text.unicodeScalars.count
        odd.quotes = [(0, 2, 5), (0, 3, 9), (0, 4, scalars + 4), (0, 6, 8), (0, 8, scalars), (0, scalars, scalars + 1)].map {
            var quote = odd.quotes.first!; (quote.paragraph, quote.start, quote.end) = $0; return quote
        }
        articles.append(odd)
        for article in articles {
            let placement = QuotePlacement(article)
            // The plain rule: in (paragraph, start, end, index) order, inside the block's scalars and after the last mark.
            let order = article.quotes.indices.sorted { a, b in
                let x = article.quotes[a], y = article.quotes[b]
                return (x.paragraph, x.start, x.end, a) < (y.paragraph, y.start, y.end, b)
            }
            var marked = Array(repeating: false, count: article.quotes.count), last: Quote?
            for index in order {
                let q = article.quotes[index]
                guard q.paragraph >= 0, q.paragraph < article.body.count, q.start >= 0, q.end > q.start,
                      q.end <= article.body[q.paragraph].text.unicodeScalars.count else { continue }
                if let last, last.paragraph == q.paragraph, q.start < last.end { continue }
                marked[index] = true
                last = q
            }
            #expect(placement.marked == marked, "\(article.id)")
            for span in placement.placed {
                var copy = article.body[article.quotes[span.quote].paragraph].text
                copy.withUTF8 { bytes in
                    #expect(ScalarOffsets.advancePlain(bytes, byte: 0, scalar: 0, to: span.start).0 == span.byteStart)
                    #expect(ScalarOffsets.advancePlain(bytes, byte: 0, scalar: 0, to: span.end).0 == span.byteEnd)
                }
            }
        }
    }
}
