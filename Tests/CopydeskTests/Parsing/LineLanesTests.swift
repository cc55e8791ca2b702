import Testing
@testable import Copydesk

/// The line-end scan's sixteen-byte steps (`LineFlags.asciiLanes`, vector compares) against the byte-by-byte scan
/// (`scanBytes`): printable ASCII lines of every length from 0 to 70, so each line end falls on every lane of a step,
/// with spaces, digits and the marks the flags look at on every lane, then a CR, LF or CRLF and more text.
@Suite("Line lanes")
struct LineLanesTests {
    /// A printable ASCII line of `length` bytes drawn from `pieces` (cut to length).
    static func line(_ length: Int, _ mix: inout SeededMix) -> [UInt8] {
        let pieces = ["a", "B", " ", "  ", "7", ",", "\"", ".", ". ", ". T", ":", "a:", "/", "//", "http://", "https://", "www.", "...",
                      "!", "?", ";", "~", "@", "Z", "\u{7F}", "0", "9", "(", ")", "-", "abc def", "Mr. X: y/z"]
        var bytes: [UInt8] = []
        while bytes.count < length { bytes += Array(pieces[mix.next(pieces.count)].utf8) }
        return Array(bytes.prefix(length))
    }

    /// The flags of `bytes` read one byte at a time (the plain scan).
    static func plain(_ bytes: [UInt8]) -> LineFlags {
        var flags = LineFlags()
        var inWord = false, skip = 0
        bytes.withUnsafeBufferPointer { flags.scanBytes($0, 0, $0.count, inWord: &inWord, skip: &skip) }
        return flags
    }

    @Test("a printable ASCII line ending on any lane gives the byte-by-byte flags and its end")
    func lanesMatchByteScan() {
        var mix = SeededMix(state: 0x1A7E5)
        for length in 1...70 {
            for round in 0..<40 {
                var body = Self.line(length, &mix)
                if body.last == 0x20 { body[body.count - 1] = UInt8(ascii: "x") }  // a trailing blank is scanned again
                if body.first == 0x20 { body[0] = UInt8(ascii: "y") }  // the scan starts on a line's first non-blank
                let ending: [UInt8] = [[0x0A], [0x0D], [0x0D, 0x0A]][round % 3]
                let after = Self.line(20 + mix.next(20), &mix)
                let before: [UInt8] = [[0x0A], [0x20], [0x09], [0x0D], [0x0B]][(round + length) % 5]  // read by the scan
                let bytes = before + body + ending + after
                var flags = LineFlags()
                let end = bytes.withUnsafeBufferPointer { flags.scanToLineEnd(UnsafeBufferPointer(rebasing: $0[1...])) }
                let expected = Self.plain(body)
                #expect(end == length, "\(String(decoding: body, as: UTF8.self).debugDescription)")
                #expect(LineFactsReadAheadTests.sameFlags(flags, expected) && !flags.nonASCII,
                        "\(String(decoding: body, as: UTF8.self).debugDescription)")
            }
        }
    }

    @Test("a printable ASCII line longer than 254 sixteen-byte steps counts every word (the lanes are summed on the way)")
    func longLinesMatchByteScan() {
        var mix = SeededMix(state: 0x10C6)
        for length in [4063, 4064, 4065, 4080, 4081, 5000, 8130, 9000] {
            for words in ["a ", "ab ", "a b c d ", "word "] {
                var body = Array(String(repeating: words, count: length / words.utf8.count + 1).utf8.prefix(length))
                if body.last == 0x20 { body[body.count - 1] = UInt8(ascii: "x") }
                body += Self.line(mix.next(40), &mix).map { $0 == 0x20 ? UInt8(ascii: "z") : $0 }
                let bytes = [0x0A] + body + [0x0A] + Self.line(30, &mix)
                var flags = LineFlags()
                let end = bytes.withUnsafeBufferPointer { flags.scanToLineEnd(UnsafeBufferPointer(rebasing: $0[1...])) }
                #expect(end == body.count, "length \(length) \(words)")
                #expect(LineFactsReadAheadTests.sameFlags(flags, Self.plain(body)), "length \(length) \(words)")
            }
        }
    }

    @Test("the lanes below a count are the first count lanes")
    func lanesBelowCount() {
        for count in 0...16 {
            let (low, high) = LineFlags.lanesBelow(count)
            for lane in 0..<16 {
                let bit = lane < 8 ? low >> UInt64(8 * lane + 7) & 1 : high >> UInt64(8 * (lane - 8) + 7) & 1
                #expect((bit == 1) == (lane < count), "count \(count) lane \(lane)")
            }
            #expect((low | high) & 0x7F7F_7F7F_7F7F_7F7F == 0)
        }
    }

    @Test("lines with scalars above ASCII, tabs and controls between long printable runs give the byte-by-byte flags")
    func mixedLinesMatchByteScan() {
        var mix = SeededMix(state: 0x5EED)
        let others = ["é", "“", "”", "…", "😀", "\u{A0}", "\u{2009}", "\t", "\u{01}", "\u{0B}", "中文", "»"]
        for round in 0..<600 {
            var body: [UInt8] = Array(Self.line(1 + mix.next(30), &mix))
            for _ in 0..<(1 + mix.next(4)) {
                body += Array(others[mix.next(others.count)].utf8) + Self.line(mix.next(40), &mix)
            }
            if body.first! < 0x21 { body.insert(UInt8(ascii: "y"), at: 0) }
            if body.last! < 0x21 { body.append(UInt8(ascii: "x")) }
            let ending: [UInt8] = [[0x0A], [0x0D], [0x0D, 0x0A]][round % 3]
            let before: [UInt8] = [[0x0A], [0x20], [0x09], [0x0D]][round % 4]  // read by the scan
            let bytes = before + body + ending + Self.line(20 + mix.next(20), &mix)
            var flags = LineFlags()
            let end = bytes.withUnsafeBufferPointer { flags.scanToLineEnd(UnsafeBufferPointer(rebasing: $0[1...])) }
            let expected = Self.plain(body)
            let shown = String(decoding: body, as: UTF8.self).debugDescription
            #expect(end == body.count, "\(shown)")
            #expect(LineFactsReadAheadTests.sameFlags(flags, expected) && flags.nonASCII == expected.nonASCII, "\(shown)")
        }
    }

    @Test("a line with trailing blanks keeps the scan's flags only when they are its own")
    func trailingBlanksMatchPlainSplit() {
        let bodies = ["End of it.", "Mr. Smith. Then", "a\tb", "tab\t", "x", "www.example.com", "Photo: AP. More", "12:30 ...",
                      "A long line of printable text that runs well past sixteen bytes.", "Ends with dot space. ", "é. É"]
        let blanks = [" ", "  ", "\t", " \t ", "\u{0B}", "\u{0C} ", "        \t"]
        for body in bodies {
            for blank in blanks {
                for ending in ["\n", "\r\n", "\r"] {
                    let text = body + blank + ending + "next line of text here\n"
                    let fast = TestLine.lines(of: text)
                    let plain = LineSplitter.lines(of: text).map(TestLine.init)
                    #expect(fast.count == plain.count, "\(text.debugDescription)")
                    for (a, b) in zip(fast, plain) {
                        #expect(LinePipelineFastPathTests.sameFacts(a, b), "\(text.debugDescription) line \(b.number)")
                    }
                }
            }
        }
    }
}
