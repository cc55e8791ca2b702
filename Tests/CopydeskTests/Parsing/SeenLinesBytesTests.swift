import Testing
@testable import Copydesk

/// The repeated-line test's word-at-a-time byte comparison against comparing the lines' UTF-8 arrays.
@Suite("Seen lines byte comparison")
struct SeenLinesBytesTests {
    @Test("lines compared by length, then eight bytes a step, are equal exactly when their bytes are")
    func sameBytesMatchesArrays() {
        var mix = SeededMix(state: 0x5EE4)
        let pieces = ["a", "b", " ", "é", "😀", "\u{A0}", "Word", "abcdefgh", ".", "“", "1"]
        var texts: [String] = ["x", "xy", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgi", "abcdefgh1", "abcdefgh2"]
        for _ in 0..<300 {
            let text = mix.text(pieces, upTo: 24)
            guard !text.isEmpty else { continue }
            texts.append(text)
            var bytes = Array(text.utf8)  // the same length, one ASCII byte changed at a random place
            let place = mix.next(bytes.count)
            if bytes[place] < 0x80 { bytes[place] = bytes[place] == 0x41 ? 0x42 : 0x41; texts.append(String(decoding: bytes, as: UTF8.self)) }
            texts.append(text)
        }
        for (i, a) in texts.enumerated() {
            for b in texts[max(0, i - 6)...min(texts.count - 1, i + 6)] {
                // the two texts as two lines of one page (untrimmed: each line is exactly its text)
                let page = a + "\n" + b
                let split = page.utf8.index(page.startIndex, offsetBy: a.utf8.count)
                let pair = [TestLine(number: 1, text: page[..<split]), TestLine(number: 2, text: page[page.index(after: split)...])]
                let same = pair.withPage { lines, page in SeenLines.sameBytes(lines.baseAddress!, lines.baseAddress! + 1, page) }
                #expect(same == (Array(a.utf8) == Array(b.utf8)), "\(a.debugDescription) \(b.debugDescription)")
            }
        }
    }
}
