import Testing
@testable import Copydesk

/// The one-pass seen-line table over scratch storage (`SeenLineTable`) against the array-backed `SeenLines` and
/// against a set of the lines' bytes.
@Suite("Seen line table")
struct SeenLineTableTests {
    @Test("every insert answers as SeenLines and as a set of the lines' bytes")
    func tableMatchesSeenLines() {
        var mix = SeededMix(state: 0x7AB1E)
        let pieces = ["Advertisement", "Share", "a", "b", " ", "é", "“Quote”", "abcdefgh", "abcdefghijklmnop", ".", "1", "Photo: AP"]
        for round in 0..<60 {
            // few distinct texts, so most lines repeat one seen before; some pages are long enough to fill a larger table
            let distinct = (0..<(1 + mix.next(12))).map { _ in mix.text(pieces, upTo: 6) }.filter { !$0.isEmpty }
            guard !distinct.isEmpty else { continue }
            let count = round % 10 == 0 ? 400 + mix.next(400) : 1 + mix.next(60)
            let text = (0..<count).map { _ in distinct[mix.next(distinct.count)] }.joined(separator: "\n")
            let lines = TestLine.lines(of: text)
            var plain = SeenLines(capacity: lines.count)
            var set: Set<[UInt8]> = []
            let (fast, seen): ([Bool], [Bool]) = lines.withPage { buffer, page in
                (SeenLineTable.with(capacity: buffer.count) { table in buffer.indices.map { table.insert($0, of: buffer, in: page.utf8) } },
                 buffer.indices.map { plain.insert($0, of: buffer, page) })
            }
            for index in lines.indices {
                let expected = seen[index]
                #expect(fast[index] == expected, "round \(round) line \(index)")
                #expect(fast[index] == set.insert(Array(lines[index].text.utf8)).inserted, "round \(round) line \(index)")
            }
        }
    }
}
