@testable import Copydesk
import Testing

@Suite("Quote marks")
struct QuoteMarkScannerTests {
    @Test("curly, straight, low-high and guillemet quotes")
    func families() {
        #expect(QuoteFixtures.spans("He said “yes, now” and left.") == ["yes, now"])
        #expect(QuoteFixtures.spans("He said \"yes, now\" and left.") == ["yes, now"])
        #expect(QuoteFixtures.spans("Er sagte „ja, jetzt“ und ging.") == ["ja, jetzt"])
        #expect(QuoteFixtures.spans("Il a dit «oui, maintenant» et il est parti.") == ["oui, maintenant"])
    }

    @Test("mixed curly and straight marks pair up")
    func mixed() {
        #expect(QuoteFixtures.spans("“Our results were good,\" the chairman said.") == ["Our results were good,"])
        #expect(QuoteFixtures.spans("\"Open the door!” an officer shouts.") == ["Open the door!"])
    }

    @Test("single quotes are quotes, apostrophes are not")
    func singles() {
        #expect(QuoteFixtures.spans("China’s plan is ‘a bold step’, she said.") == ["a bold step"])
        #expect(QuoteFixtures.spans("China’s and Japan’s plans don’t match.") == [])
        #expect(QuoteFixtures.spans("‘It’s over,’ he said.") == ["It’s over,"])
    }

    @Test("one level of nesting stays inside the outer quote")
    func nesting() {
        #expect(QuoteFixtures.spans("“He said, 'Congratulations,' and I laughed,” James said.")
            == ["He said, 'Congratulations,' and I laughed,"])
        #expect(QuoteFixtures.spans("‘They call it “the wall”,’ she said.") == ["They call it “the wall”,"])
    }

    @Test("an unbalanced mark closes at the paragraph end")
    func unbalanced() {
        #expect(QuoteFixtures.spans("She said: “We will go on. And on") == ["We will go on. And on"])
        #expect(QuoteFixtures.spans("“First part “Second part”") == ["First part", "Second part"])
    }

    @Test("thousands of marks in one paragraph are all found, in order")
    func manyMarks() {
        let text = String(repeating: "“a b” x ", count: 5_000)
        let spans = QuoteMarkScanner.spans(in: Array(text.utf8))
        #expect(spans.count == 5_000)
        #expect(spans.last?.scalarStart == 8 * 4_999 + 1)
        let quotes = QuoteFixtures.quotes([String(repeating: "“Yes, we will go now,” he said. ", count: 2_000)])
        #expect(quotes.count == 2_000)
    }

    @Test("scalar offsets of spans after runs of multi-byte text of every length (sixteen- and eight-byte counting steps)")
    func scalarOffsetsAfterMultiByteRuns() {
        for pad in 0..<40 {
            let lead = String(repeating: "é", count: pad / 2) + String(repeating: "a", count: pad) + "—"
            let text = lead + " “Zürich’s café” said Ø."
            let spans = QuoteMarkScanner.spans(in: Array(text.utf8))
            #expect(spans.count == 1)
            let start = lead.unicodeScalars.count + 2
            #expect(spans.first?.scalarStart == start, "pad \(pad)")
            #expect(spans.first?.scalarEnd == start + "Zürich’s café".unicodeScalars.count, "pad \(pad)")
        }
    }

    @Test("quotes ending a block are found at every length, through the overlapping last-sixteen-byte read")
    func quotesAtBlockEnd() {
        for (open, close) in [("“", "”"), ("\"", "\""), ("«", "»"), ("‘", "’")] {
            for pad in 0..<48 {
                for filler in ["a", "é"] {
                    let before = String(repeating: filler, count: pad) + " "
                    let text = before + open + "yes" + close
                    let bytes = Array(text.utf8)
                    let start = before.utf8.count + open.utf8.count
                    let spans = QuoteMarkScanner.spans(in: bytes)
                    #expect(spans.map(\.start) == [start] && spans.map(\.end) == [start + 3] && spans.map(\.closed) == [true],
                            "\(open) after \(pad) × \(filler)")
                    #expect(spans.first?.scalarStart == String(decoding: bytes[..<start], as: UTF8.self).unicodeScalars.count)
                    // Left open: the quote runs to the block's end.
                    let unclosed = QuoteMarkScanner.spans(in: Array((before + open + "yes").utf8))
                    #expect(unclosed.map(\.end) == [start + 3] && unclosed.map(\.closed) == [false], "\(open) open after \(pad)")
                }
            }
        }
    }
}
