import Testing
@testable import Copydesk

/// The line-end scan's sixteen-byte steps over non-ASCII scalars (`LineFlags.plainScalars`) against the per-line
/// scan that reads every non-ASCII byte one by one.
@Suite("Line end scan over non-ASCII scalars")
struct LineEndScalarTests {
    /// Seeded texts dense in non-ASCII scalars: curly quotes, dashes, accents, symbols, emoji and CJK beside every
    /// Unicode space, controls, marks and line breaks, so that scalars open, close and straddle sixteen-byte steps.
    static func texts(count: Int, seed: UInt64) -> [String] {
        let pieces = ["word", "Words", " ", " ", " ", "“", "”", "‘", "’", "—", "–", "é", "ü", "«", "»", "£5", "©", "°", "…", "Ж", "中文",
                      "😀", "e\u{301}", "\u{A0}", "\u{85}", "\u{1680}", "\u{2000}", "\u{2009}", "\u{200B}", "\u{2028}", "\u{202F}",
                      "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{2010}", "\u{2030}", "\u{E000}", ". ", ". B", ":", "a:", "/", "//", "1", ",",
                      "\"", "...", "\t", "\n", "\r\n", "http://x.y", "www.", "abcdefghijklmnop"]
        var mix = SeededMix(state: seed)
        return (0..<count).map { _ in mix.text(pieces, upTo: 90) }
    }

    @Test("lines read in sixteen-byte steps across non-ASCII scalars have the per-line scan's facts")
    func scalarStepsMatchPerLineScan() {
        let fixed = ["“Quoted words,” she said — then left, “again”.\n", "Ünïcödé wörds ärë hérë ïn ä löng lïnë öf tëxt\n",
                     "a\u{A0}b\u{A0}c\u{A0}d\u{A0}e\u{A0}f\u{A0}g\u{A0}h\u{A0}i\n", "abcdefghijklmno“pqrstuvwxyz”\nabcdefghijklmnop\u{3000}q r\n",
                     "中文中文中文中文中文中文 中文 中文\n", "x……… y … z …\n", "The end—or not.\u{2009}Next\n"]
        for text in fixed + Self.texts(count: 600, seed: 0x5CA1) {
            let fast = TestLine.lines(of: text)
            let plain = LineSplitter.lines(of: text).map(TestLine.init)
            #expect(fast.count == plain.count, "\(text.debugDescription)")
            for (a, b) in zip(fast, plain) {
                #expect(LinePipelineFastPathTests.sameFacts(a, b), "\(text.debugDescription) line \(b.number)")
                #expect(a.words == b.text.wordCount, "\(b.text.debugDescription)")
            }
        }
    }
}
