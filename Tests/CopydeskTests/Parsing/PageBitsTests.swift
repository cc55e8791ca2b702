import Testing
@testable import Copydesk

/// The page-wide byte classes (`PageBits`) and the line facts read from them, against the plain per-line split and scan.
@Suite("Page bits")
struct PageBitsTests {
    @Test("lane masks as bit masks: the vector form and the word form agree with a lane-by-lane loop")
    func laneBits() {
        var mix = SeededMix(state: 0xB175)
        for _ in 0..<2000 {
            let lanes = SIMD16<UInt8>((0..<16).map { _ in UInt8(mix.next(256)) })
            let threshold = UInt8(mix.next(256))
            let mask = lanes .< SIMD16(repeating: threshold)
            var plain: UInt64 = 0
            for lane in 0..<16 where lanes[lane] < threshold { plain |= 1 << UInt64(lane) }
            #expect(ByteLanes.bits(mask) == plain && ByteLanes.portableBits(mask) == plain)
            var high: UInt64 = 0
            for lane in 0..<16 where lanes[lane] >= 0x80 { high |= 1 << UInt64(lane) }
            #expect(ByteLanes.highBits(lanes) == high)
        }
    }

    @Test("a line's hash from one or two loads is the hash of its bytes gathered one by one, at every length")
    func shortHash() {
        var mix = SeededMix(state: 0x4A54)
        for length in 0..<72 {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in UInt8(mix.next(256)) }
                let plain: UInt64 = bytes.withUnsafeBufferPointer { line in
                    var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
                    func mix(_ word: UInt64) {
                        state = (state ^ word) &* 0xFF51_AFD7_ED55_8CCD
                        state ^= state >> 29
                    }
                    func word(_ at: Int) -> UInt64 { (0..<8).reduce(0) { $0 | UInt64(line[at + $1]) << UInt64(8 * $1) } }
                    if length >= 16 {  // two lanes over 16-byte steps from the start, then the last 16 bytes
                        var low = state, high = state ^ 0x6A09_E667_F3BC_C909
                        for at in stride(from: 0, to: length - 16, by: 16) {
                            low = (low ^ word(at)) &* 0xFF51_AFD7_ED55_8CCD
                            high = (high ^ word(at + 8)) &* 0xC4CE_B9FE_1A85_EC53
                        }
                        low = (low ^ word(length - 16)) &* 0xFF51_AFD7_ED55_8CCD
                        high = (high ^ word(length - 8)) &* 0xC4CE_B9FE_1A85_EC53
                        state = low
                        mix(high ^ high >> 31)
                    } else if length >= 8 {
                        mix(word(0))
                        mix(word(length - 8))
                    } else {
                        mix((0..<length).reduce(0) { $0 | UInt64(line[$1]) << UInt64(8 * $1) })
                    }
                    state = state &* 0xC4CE_B9FE_1A85_EC53
                    return state ^ state >> 32
                }
                #expect(bytes.withUnsafeBufferPointer { SeenLines.hash($0) } == plain, "\(bytes)")
            }
        }
    }

    @Test("each class bit of a page is the byte test it stands for, and the line-end search finds the plain offset")
    func classesAndSearches() {
        var mix = SeededMix(state: 0x9A6E)
        let alphabet: [UInt8] = [0x20, 0x20, 0x0A, 0x0D, 0x09, 0x01, 0x22, 0x2C, 0x2E, 0x2F, 0x30, 0x39, 0x3A, 0x3B, 0x2D, 0x41, 0x7F, 0x80, 0xC2, 0xE2]
        for length in [0, 1, 15, 63, 64, 65, 127, 128, 200] {
            let bytes = (0..<length).map { _ in alphabet[mix.next(alphabet.count)] }
            bytes.withUnsafeBufferPointer { page in
                withUnsafeTemporaryAllocation(of: PageBits.self, capacity: length / 64 + 1) { blocks in
                    PageBits.fill(blocks.baseAddress!, page)
                    for index in 0..<(length / 64 + 1) * 64 {
                        let bits = blocks[index / 64], bit = UInt64(index % 64)
                        let byte = index < length ? bytes[index] : 0x0A
                        let before: UInt8 = index == 0 ? 0x0A : index - 1 < length ? bytes[index - 1] : 0x0A
                        #expect((bits.breaks >> bit & 1 == 1) == (byte == 0x0A || byte == 0x0D))
                        #expect((bits.spaces >> bit & 1 == 1) == (byte == 0x20))
                        #expect((bits.odd >> bit & 1 == 1) == (byte < 0x20 || byte >= 0x80))
                        #expect((bits.marks >> bit & 1 == 1) == (byte == 0x22 || byte == 0x2C || (0x2E...0x3A).contains(byte)))
                        let blank = { (b: UInt8) in b == 0x20 || b == 0x0A || b == 0x0D }
                        #expect((bits.starts >> bit & 1 == 1) == (!blank(byte) && blank(before)))
                    }
                    for from in 0...length {
                        let line = (from..<length).first { bytes[$0] == 0x0A || bytes[$0] == 0x0D } ?? length
                        #expect(PageBits.nextBreak(blocks.baseAddress!, from: from) == line)
                    }
                }
            }
        }
    }

    @Test("lines split and read from the page bits get the plain split and the plain scan's facts")
    func pageLinesMatchPlain() {
        let pieces = ["a", "Word", "words and more words here", " ", "  ", "\t", "\u{0B}", "\u{0C}", "\u{01}", "\u{7F}", "\n", "\r\n",
                      "\r", "\n\n", " \n ", "\t\n", ".", ". ", ". X", "/", "//", ":", "a:", ",", "\"", "“", "”", "\u{A0}", "\u{85}",
                      "\u{2009}", "\u{3000}", "\u{FEFF}", "\u{2028}", "é", "😀", "www.", "http://", "https://", "1", "2024", "...", "…",
                      "’", "—", "Photo: AP", "e\u{301}", "\u{A0}\n", "\n\u{2009}", "\u{A0} ", " \u{A0}", "\u{A0}\t", "\t\u{A0}", "Mr. Li",
                      String(repeating: "long line of plain words, ", count: 5)]
        var mix = SeededMix(state: 0x5B17)
        var texts = (0..<1500).map { _ in mix.text(pieces, upTo: 60) }
        texts += ["", " ", "\n", "a", "a\r", "\r\na", String(repeating: "x", count: 64) + "\n" + String(repeating: " ", count: 64) + "y",
                  String(repeating: "ab ", count: 43), "a\u{A0}b", "a \u{A0} b", "a\u{A0}\u{A0}b", "a\u{A0}\tb", "a\t b", "a \tb",
                  "\tx", "\u{A0}x y", " \u{A0} x", "x\t", "\t\u{A0}a b\u{A0}\t", "\u{2009}\u{A0}\n\u{A0}", "\u{0B}\u{0C}a\u{0C}"]
        for text in texts {
            let fast = TestLine.lines(of: text)
            let plain = LineSplitter.lines(of: text).map(TestLine.init)
            #expect(fast.count == plain.count, "\(text.debugDescription)")
            for (a, b) in zip(fast, plain) {
                #expect(LinePipelineFastPathTests.sameFacts(a, b), "\(text.debugDescription) line \(b.number)")
            }
        }
    }

    @Test("lines that differ only in the middle get different hashes (every byte counts)")
    func middleBytesCount() {
        let lines = (0..<2_000).map { Array("\u{2022} Point number \($0) of the list is made here in words".utf8) }
        let hashes = Set(lines.map { line in line.withUnsafeBufferPointer { SeenLines.hash($0) } })
        #expect(hashes.count == lines.count)
    }
}
