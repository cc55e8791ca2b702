import Testing
@testable import Copydesk

@Suite("UTF-8 check: exactly what String(validating:as:) accepts")
struct UTF8TextTests {
    /// The reference: the standard library's own check.
    func reference(_ bytes: [UInt8]) -> String? { String(validating: bytes, as: UTF8.self) }

    func expectSame(_ bytes: [UInt8], _ note: @autoclosure () -> String) {
        let made = UTF8Text.string(validating: bytes[...])
        #expect(made == reference(bytes), "\(note())")
        if let made { #expect(Array(made.utf8) == bytes, "\(note())") }
        let ascii = bytes.withUnsafeBufferPointer { UTF8Text.check($0) }
        #expect(ascii == (reference(bytes) == nil ? nil : bytes.allSatisfy { $0 < 0x80 }), "\(note())")
        expectCleanSame(bytes, note())
    }

    /// The decoder's one-pass fast path against the two rules it replaces: no cleaning needed
    /// (`ByteScan`) and well-formed (`String(validating:as:)`).
    func expectCleanSame(_ bytes: [UInt8], _ note: @autoclosure () -> String) {
        let plain = !ByteScan(bytes[...]).needsCleaning && reference(bytes) != nil
        let clean = bytes.withUnsafeBufferPointer { UTF8Text.checkClean($0) }
        #expect(clean == (plain ? bytes.allSatisfy { $0 < 0x80 } : nil), "clean \(note())")
        #expect(UTF8Text.cleanString(bytes[...]) == (plain ? reference(bytes) : nil), "clean string \(note())")
    }

    @Test("every one- and two-byte sequence, alone and after sixteen ASCII bytes")
    func shortSequences() {
        let pad = [UInt8](repeating: 0x61, count: 16)
        for a in 0...255 {
            expectSame([UInt8(a)], "\(a)")
            for b in 0...255 {
                let pair = [UInt8(a), UInt8(b)]
                #expect(UTF8Text.string(validating: pair[...]) == reference(pair), "\(a) \(b)")
                #expect(UTF8Text.string(validating: (pad + pair)[...]) == reference(pad + pair), "pad \(a) \(b)")
            }
        }
    }

    @Test("a non-ASCII byte at every offset of the thirty-two-, sixteen- and eight-byte steps is found and checked")
    func everyOffsetInASCIIRuns() {
        let pieces: [[UInt8]] = [[0xC3, 0xA9], [0xE2, 0x80, 0x9C], [0x00], [0x0B], [0x1F], [0x09], [0x0D], [0x0A], [0x7F],
                                 [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF], [0xEF, 0xBF, 0xBD], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xC3], [0xED, 0xA0, 0x80], [0xFF]]
        for length in [8, 15, 16, 31, 32, 33, 47, 64, 65, 79, 127, 130] {
            for offset in 0...length {
                for piece in pieces {
                    var bytes = [UInt8](repeating: 0x62, count: length)
                    bytes.insert(contentsOf: piece, at: offset)
                    expectSame(bytes, "\(length) \(offset) \(piece)")
                    expectSame(bytes + piece + [0x63], "\(length) \(offset) \(piece) twice")
                }
            }
        }
    }

    @Test("two bytes to look at in one sixty-four-byte block: the second is still found after the first")
    func twoStopsInOneBlock() {
        let seconds: [[UInt8]] = [[0xC3, 0xA9], [0x00], [0x0B], [0xEF, 0xBF, 0xBE], [0x80], [0x09], [0x0D]]
        for first in stride(from: 0, to: 140, by: 3) {
            for second in stride(from: first, to: 140, by: 5) {
                for piece in seconds {
                    var bytes = [UInt8](repeating: 0x64, count: 140)
                    bytes.insert(contentsOf: piece, at: second)
                    bytes.insert(contentsOf: [0xE2, 0x80, 0x99], at: first)
                    expectCleanSame(bytes, "\(first) \(second) \(piece)")
                }
            }
        }
    }

    @Test("runs of stops at every spacing, close (the rest of a block sixteen bytes at a time) and far apart (sixty-four again)")
    func stopsAtEverySpacing() {
        let pieces: [[UInt8]] = [[0xC3, 0xA9], [0xE2, 0x80, 0x9C], [0x0B], [0xEF, 0xBF, 0xBF], [0xC3]]
        for spacing in 1...80 {
            for (round, last) in pieces.enumerated() {
                var bytes: [UInt8] = []
                for stop in 0..<(400 / (spacing + 2)) {
                    bytes += [UInt8](repeating: 0x65, count: spacing) + [0xC3, 0xA9]
                    if stop % 7 == round { bytes += [0x0A] }
                }
                expectCleanSame(bytes, "\(spacing)")
                expectCleanSame(bytes + [UInt8](repeating: 0x66, count: spacing % 17) + last + [0x67], "\(spacing) \(last)")
            }
        }
    }

    @Test("three- and four-byte sequences around every boundary (overlong, surrogate, U+10FFFF, truncated)")
    func longerSequences() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF0, 0xFF]
        for lead in 0xE0...0xFF {
            for second in 0...255 {
                for third in edges {
                    expectSame([UInt8(lead), UInt8(second), third], "\(lead) \(second) \(third)")
                    expectSame([UInt8(lead), UInt8(second), third, 0x80], "\(lead) \(second) \(third) 80")
                }
            }
        }
    }

    @Test("random text of ASCII runs and multi-byte pieces, valid and broken, at every alignment")
    func randomText() {
        let pieces: [[UInt8]] = [Array("plain words ".utf8), Array("é".utf8), Array("‘quoted’".utf8), Array("😀".utf8),
                                 Array("\u{10FFFF}".utf8), Array("\u{FFFD}".utf8), [0x0A], [0x80], [0xC3], [0xE2, 0x80],
                                 [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xFF], [0x00], [0x0C], [0x1B],
                                 [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF], [0x0D, 0x09],
                                 Array("a longer stretch of ASCII text that spans several sixteen-byte blocks. ".utf8)]
        var state: UInt32 = 3
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + round % 40) {
                state = state &* 1_103_515_245 &+ 12_345
                let piece = Int(state >> 16) % pieces.count
                // Broken pieces (index 7 on) only now and then, so most texts are valid.
                if piece >= 7 && piece != pieces.count - 1 && (state >> 8) % 7 != 0 { bytes += pieces[0]; continue }
                bytes += pieces[piece]
            }
            expectSame(bytes, "round \(round)")
        }
    }

    @Test("TAB and CR at every offset before and after the first CR (LF-only vector tests up to it), in LF and CRLF text")
    func tabsAndCarriageReturns() {
        let line = Array("A line of text with “curly” quotes and plain words, long enough for a block.".utf8)
        for offset in 0..<150 {
            for control: [UInt8] in [[0x09], [0x0D], [0x0D, 0x0A], [0x0D, 0x0C], [0x0D, 0x80], [0x0D, 0xEF, 0xBF, 0xBF]] {
                var bytes = Array((line + [0x0A] + line + [0x0A] + line).prefix(offset))
                bytes += control + line + [0x09, 0x0A] + line + [0x0D, 0x0A] + line + [0x01]
                expectCleanSame(bytes, "offset \(offset) \(control)")
                expectCleanSame(Array(bytes.dropLast()), "offset \(offset) \(control), no last control")
            }
        }
        let crlf: [UInt8] = (0..<40).flatMap { (n: Int) -> [UInt8] in Array("line \(n) of a text with Windows line ends, é and tabs\t".utf8) + [0x0D, 0x0A] }
        expectCleanSame(crlf, "CRLF text")
        expectCleanSame(crlf + [0x0B], "CRLF text, VT at the end")
    }
}
