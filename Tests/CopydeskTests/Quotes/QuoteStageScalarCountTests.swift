@testable import Copydesk
import Testing

/// The scalar counter (`QuoteMarkScanner.ScalarCounter`: thirty-two ASCII bytes a step, then
/// sixteen, eight and an overlapping tail) gives the plain count of scalars at every offset.
@Suite("Quotes stage: scalar offsets counted many bytes at a time keep the results")
struct QuoteStageScalarCountTests {
    @Test("scalar offsets counted sixteen and eight bytes at a time match a plain count")
    func scalarCounter() {
        // Offsets asked for in increasing order, as the scanner asks, with random gaps.
        expectPlainCounts(pieces: ["a", "é", "—", "😀", " ", "’", "Z", "ß", "中"], seed: 7, rounds: 200, pieceLimit: 60) { _, mix in
            1 + mix.next(20)
        }
    }

    @Test("scalar offsets over long ASCII runs (thirty-two bytes a step) and short tails match a plain count")
    func scalarCounterASCIIRuns() {
        let pieces = ["The minister said the plan would work ", "a", " ", "é", "—", "’", "😀", "x", "abcdefghijklmnopqrstuvwxyz0123456789"]
        // Every offset in some rounds, gaps of up to 70 bytes in the others.
        expectPlainCounts(pieces: pieces, seed: 13, rounds: 300, pieceLimit: 12) { round, mix in
            round % 3 == 0 ? 1 : 1 + mix.next(70)
        }
    }

    /// Builds `rounds` seeded texts of up to `pieceLimit` pieces and checks the counter against a plain
    /// count at scalar boundaries taken in increasing order, `step` boundaries apart.
    private func expectPlainCounts(pieces: [String], seed: UInt64, rounds: Int, pieceLimit: Int, step: (Int, inout SeededMix) -> Int) {
        var mix = SeededMix(state: seed)
        for round in 0..<rounds {
            let text = mix.text(pieces, upTo: pieceLimit)
            let bytes = Array(text.utf8)
            let boundaries = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
            bytes.withUnsafeBufferPointer { b in
                guard b.baseAddress != nil else { return }
                var counter = QuoteMarkScanner.ScalarCounter()
                var k = 0
                while k < boundaries.count {
                    #expect(counter.index(of: boundaries[k], in: b) == QuoteStageLaneTests.plainScalars(bytes, boundaries[k]), "\(round): \(text) @\(boundaries[k])")
                    k += step(round, &mix)
                }
            }
        }
    }
}
