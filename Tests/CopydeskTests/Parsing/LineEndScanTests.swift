import Testing
@testable import Copydesk

/// The flag scan that finds each line's end (`LineFlags.scanToLineEnd`, used by `TestLine.lines(of:)`) against
/// the plain split and the per-line scan it replaces.
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

    @Test("lines found by the flag scan are the plain split's lines, with the same facts")
    func linesMatchPlainSplit() {
        let fixed = ["", " ", "\n", "\r\r\n\n", "a", "abcdefgh", "abcdefgh\n", "abcdefgh \n", "abcdefg\t\r\nb", "a b c d e f g h i j k\n",
                     "line one here\u{A0}\nline two here\r\n\u{A0}line three here", "tail with no break at all, long enough",
                     "abcdefgh\u{0B}\nx", "\u{01}\u{02}\u{03}\u{04}\u{05}\u{06}\u{07}\u{08}\n", "www.a.com. B\r\nhttp://x.\n"]
        for text in fixed + Self.texts(count: 500, seed: 0x11E5) + LinePipelineFastPathTests.texts(count: 200, seed: 41) {
            let fast = TestLine.lines(of: text)
            let plain = LineSplitter.lines(of: text).map(TestLine.init)
            #expect(fast.count == plain.count, "\(text.debugDescription)")
            for (a, b) in zip(fast, plain) {
                #expect(LinePipelineFastPathTests.sameFacts(a, b), "\(text.debugDescription) line \(b.number)")
            }
        }
    }

    @Test("the scan stops at the first CR or LF with the flags of the line before it, or gives nil near the end")
    func scanStopsAtLineEnd() {
        let lines: [String] = Self.texts(count: 200, seed: 0x5CA7).flatMap { $0.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" } }
            .map(String.init).filter { !$0.isEmpty } + ["a", "abcdefg", "abcdefgh", "Mr. Li: x/y", "x.", "…", "“Q”"]
        for line in lines {
            for (round, ending) in ["\n", "\r", "\r\n", "\nmore text after the break", "\r\nabcdefghijklmnop"].enumerated() {
                let before = ["\n", " ", "\t", "\r", "\u{0C}"][(round + line.utf8.count) % 5]  // the byte the scan reads before the line
                let bytes = Array((before + line + ending).utf8)
                let length = line.utf8.count
                let plain = LineFlags(Substring(line))
                var flags = LineFlags()
                let end = bytes.withUnsafeBufferPointer { flags.scanToLineEnd(UnsafeBufferPointer(rebasing: $0[1...])) }
                if let end {
                    #expect(end == length, "\(line.debugDescription)")
                    let last = bytes[length - 1]
                    if !(last == 0x20 || last == 0x09 || last == 0x0B || last == 0x0C) {  // a trailing blank is scanned again
                        #expect(LineFactsReadAheadTests.sameFlags(flags, plain) && flags.nonASCII == plain.nonASCII, "\(line.debugDescription)")
                    }
                } else {
                    #expect(1 + length + 8 > bytes.count, "\(line.debugDescription)")
                }
            }
        }
    }
}
