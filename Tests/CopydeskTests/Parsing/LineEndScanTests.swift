import Testing
@testable import Copydesk

/// The lines of `TestLine.lines(of:)` (ends and facts read from the page bits) against the plain split and the
/// per-line scan they replace.
@Suite("Line end scan")
struct LineEndScanTests {
    /// Seeded texts of long and short lines: printable ASCII runs longer than a chunk, controls, blanks and
    /// Unicode spaces at line ends, every line break, non-ASCII scalars across chunk edges, a last line with no break.
    static func texts(count: Int, seed: UInt64) -> [String] {
        let pieces = ["The quick brown fox", "jumps over", " ", "  ", "\t", "\u{0B}", "\u{0C}", "\u{01}", "\u{1F}", "\n", "\r\n", "\r",
                      " \n", "\t\r\n", "\u{0B}\n", "\u{A0}", "\u{A0}\n", "\u{2009}\r", "\u{3000}", "\u{FEFF}", "é", "😀", "“Quote,” he said.",
                      "Photo: AP", "www.example.com", "https://x.y/z", "...", "…", "12:30", "a/b", "Mr. Smith. Then", ". ", ".\n", ":\n",
                      "abcdefg", "abcdefgh", "abcdefghi", "x", "»", "e\u{301}", "\u{7F}", "\"", ","]
        var mix = SeededMix(state: seed)
        return (0..<count).map { _ in mix.text(pieces, upTo: 60) }
    }

    @Test("lines read from the page bits are the plain split's lines, with the same facts")
    func linesMatchPlainSplit() {
        let fixed = ["", " ", "\n", "\r\r\n\n", "a", "abcdefgh", "abcdefgh\n", "abcdefgh \n", "abcdefg\t\r\nb", "a b c d e f g h i j k\n",
                     "line one here\u{A0}\nline two here\r\n\u{A0}line three here", "tail with no break at all, long enough",
                     "abcdefgh\u{0B}\nx", "\u{01}\u{02}\u{03}\u{04}\u{05}\u{06}\u{07}\u{08}\n", "www.a.com. B\r\nhttp://x.\n"]
        for text in fixed + Self.texts(count: 500, seed: 0x11E5) + LinePipelineFastPathTests.texts(count: 200, seed: 41) {
            Self.expectPlainSplit(text)
        }
    }

    @Test("a line with trailing blanks gets the facts of its text without them")
    func trailingBlanksMatchPlainSplit() {
        let bodies = ["End of it.", "Mr. Smith. Then", "a\tb", "tab\t", "x", "www.example.com", "Photo: AP. More", "12:30 ...",
                      "A long line of printable text that runs well past sixteen bytes.", "Ends with dot space. ", "é. É"]
        let blanks = [" ", "  ", "\t", " \t ", "\u{0B}", "\u{0C} ", "        \t"]
        for body in bodies {
            for blank in blanks {
                for ending in ["\n", "\r\n", "\r"] {
                    let text = body + blank + ending + "next line of text here\n"
                    Self.expectPlainSplit(text)
                }
            }
        }
    }

    @Test("lines with Unicode spaces at an edge get the facts of their text without them")
    func unicodeEdgesMatchPlainSplit() {
        let edges = ["\u{A0}", "\u{2009}", "\u{3000}", "\u{A0} ", " \u{A0}", "\u{A0}\t", "\u{85}", "\u{FEFF}"]
        let bodies = ["Plain words here and more words", "A sentence. Then another", "Caf\u{E9} 12, \u{201C}quoted\u{201D}",
                      "ends with a dot.", "tab\tinside the line here", "x", "Photo: AP/Reuters www.example.com"]
        for (n, body) in bodies.enumerated() {
            for (m, edge) in edges.enumerated() {
                let lead = m % 2 == 0 ? edge : "", trail = (m + n) % 3 == 0 ? "" : edge
                let text = "first line of the text\n" + lead + body + trail + "\n" + body + trail + "\r\n" + lead + body + "\nlast line\n"
                Self.expectPlainSplit(text)
            }
        }
    }

    /// The page split of `text` (`TestLine.lines(of:)`) gives the plain split's lines, with the same facts.
    static func expectPlainSplit(_ text: String) {
        let fast = TestLine.lines(of: text)
        let plain = LineSplitter.lines(of: text).map(TestLine.init)
        #expect(fast.count == plain.count, "\(text.debugDescription)")
        for (a, b) in zip(fast, plain) {
            #expect(LinePipelineFastPathTests.sameFacts(a, b) && a.isASCII == b.isASCII, "\(text.debugDescription) line \(b.number)")
        }
    }
}
