import Testing
@testable import Copydesk

/// The short-line step of the line-end scan (`LineFlags.scanShortLine`) and the lines whose Unicode spaces at an edge are
/// trimmed after the scan, against the plain per-line scan and the plain split.
@Suite("Short line scan")
struct ShortLineScanTests {
    /// Seeded lines of up to twenty bytes: printable ASCII with every mark the flags look for, and a few bytes that
    /// send the line to the general scan (controls, non-ASCII scalars, a tab).
    static func lines(count: Int, seed: UInt64) -> [String] {
        let pieces = ["a", "Bc", " ", "  ", "1", "9", "0", ",", "\"", ".", ". ", ". X", ":", "a:", "/", "//", "http://", "https://",
                      "www.", "...", "x.y", "!", "?", "@", "~", "\u{7F}", "é", "“", "…", "\u{A0}", "\t", "\u{01}", "Photo: AP", "Mr. Li"]
        var mix = SeededMix(state: seed)
        return (0..<count).map { _ in String(mix.text(pieces, upTo: 8).utf8.prefix(20)) ?? "" }
            .filter { !$0.isEmpty && !LineSplitter.isASCIIBlank($0.utf8.first!) }
    }

    @Test("a line ending within sixteen bytes gets the flags of the plain scan, or nil with the flags untouched")
    func shortLineMatchesPlainScan() {
        var taken = 0
        for line in Self.lines(count: 3000, seed: 0x5407) + ["a", "ab cd", "Photo: AP", "x. Y", "www.a.b", "a...b", "12,5", "\"Hi\""] {
            for (round, ending) in ["\n", "\r", "\r\n", "\nmore text after the break", "\r\nabcdefghijklmnopq"].enumerated() {
                let before = ["\n", " ", "\r", "\u{0C}", "\t"][(round + line.utf8.count) % 5]
                let bytes = Array((before + line + ending + "................").utf8)
                let length = line.utf8.count
                var short = LineFlags()
                let end = bytes.withUnsafeBufferPointer { short.scanShortLine(UnsafeBufferPointer(rebasing: $0[1...])) }
                var general = LineFlags()
                let generalEnd = bytes.withUnsafeBufferPointer { general.scanToLineEnd(UnsafeBufferPointer(rebasing: $0[1...])) }
                guard let end else {
                    #expect(LineFactsReadAheadTests.sameFlags(short, LineFlags()) && !short.nonASCII, "\(line.debugDescription)")
                    #expect(length >= 16 || line.utf8.contains { $0 < 0x20 || $0 > 0x7E }, "\(line.debugDescription)")
                    continue
                }
                taken += 1
                #expect(end == length && generalEnd == length, "\(line.debugDescription)")
                #expect(LineFactsReadAheadTests.sameFlags(short, general) && short.nonASCII == general.nonASCII, "\(line.debugDescription)")
                if !LineSplitter.isASCIIBlank(bytes[length]) {  // the flags of a line with trailing blanks are not its own
                    let plain = LineFlags(Substring(line))
                    #expect(LineFactsReadAheadTests.sameFlags(short, plain) && !short.nonASCII, "\(line.debugDescription)")
                }
            }
        }
        #expect(taken > 1000)
    }

    @Test("lines with Unicode spaces at an edge keep the scan's facts only where trimming cannot change them")
    func unicodeEdgesMatchPlainSplit() {
        let edges = ["\u{A0}", "\u{2009}", "\u{3000}", "\u{A0} ", " \u{A0}", "\u{A0}\t", "\u{85}", "\u{FEFF}"]
        let bodies = ["Plain words here and more words", "A sentence. Then another", "Caf\u{E9} 12, \u{201C}quoted\u{201D}",
                      "ends with a dot.", "tab\tinside the line here", "x", "Photo: AP/Reuters www.example.com"]
        for (n, body) in bodies.enumerated() {
            for (m, edge) in edges.enumerated() {
                let lead = m % 2 == 0 ? edge : "", trail = (m + n) % 3 == 0 ? "" : edge
                let text = "first line of the text\n" + lead + body + trail + "\n" + body + trail + "\r\n" + lead + body + "\nlast line\n"
                let fast = TestLine.lines(of: text)
                let plain = LineSplitter.lines(of: text).map(TestLine.init)
                #expect(fast.count == plain.count, "\(text.debugDescription)")
                for (a, b) in zip(fast, plain) {
                    #expect(LinePipelineFastPathTests.sameFacts(a, b) && a.isASCII == b.isASCII, "\(text.debugDescription) line \(b.number)")
                }
            }
        }
    }

    @Test("the plain-line scan, handing any other step to the general scan, gives the general scan's line end and flags")
    func plainLineMatchesGeneralScan() {
        let pieces = ["Plain words", " ", "and “quoted” text,", " caf\u{E9}", "12:30", "a/b", "www.x.org", "Mr. Li. Then", "...", "…",
                      "\u{A0}", "\u{2009}", "\t", "\u{01}", "😀", "abcdefghijklmnop", "\"", "x"]
        var mix = SeededMix(state: 0x91A1)
        var lines = (0..<600).map { _ in mix.text(pieces, upTo: 24) }.filter { !$0.isEmpty && !LineSplitter.isASCIIBlank($0.utf8.first!) }
        lines += [String(repeating: "word ", count: 900) + "end", String(repeating: "ab “c” ", count: 700), "x" + String(repeating: " y", count: 2100)]
        for line in lines {
            for (round, ending) in ["\n", "\r\n", "\nmore text after the break, long enough to read on", ""].enumerated() {
                let before = ["\n", " ", "\t", "\r"][(round + line.utf8.count) % 4]
                let bytes = Array((before + line + ending).utf8)
                var plain = LineFlags(), general = LineFlags()
                let plainEnd = bytes.withUnsafeBufferPointer { plain.scanPlainLine(UnsafeBufferPointer(rebasing: $0[1...])) }
                let generalEnd = bytes.withUnsafeBufferPointer { general.scanToLineEnd(UnsafeBufferPointer(rebasing: $0[1...])) }
                #expect(plainEnd == generalEnd, "\(line.debugDescription)")
                if generalEnd != nil {
                    #expect(LineFactsReadAheadTests.sameFlags(plain, general) && plain.nonASCII == general.nonASCII, "\(line.debugDescription)")
                }
            }
        }
    }
}
