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
        let lines = texts.map { textLine($0) }
        for (i, a) in lines.enumerated() {
            for b in lines[max(0, i - 6)...min(lines.count - 1, i + 6)] {
                let same = withUnsafePointer(to: a) { pa in withUnsafePointer(to: b) { pb in SeenLines.sameBytes(pa, pb) } }
                #expect(same == (Array(a.text.utf8) == Array(b.text.utf8)), "\(a.text.debugDescription) \(b.text.debugDescription)")
            }
        }
    }
}
