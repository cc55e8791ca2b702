@testable import Copydesk
import Foundation
import Testing

/// The quotes stage's sixteen-byte scans (quote-mark skip, precheck, scalar counting) give the
/// answers of the plain byte-by-byte rules, at every offset around their chunk edges.
@Suite("Quotes stage: sixteen-byte scans keep the results")
struct QuoteStageLaneTests {
    /// Unicode scalars in `bytes[..<offset]`, counted the plain way.
    static func plainScalars(_ bytes: [UInt8], _ offset: Int) -> Int {
        String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars.count
    }

    @Test("a quote is found with the same offsets wherever it falls against the sixteen-byte steps")
    func spansAtEveryOffset() {
        for (open, close) in [("“", "”"), ("\"", "\""), ("«", "»"), ("„", "“")] {
            for pad in 0..<48 {
                for filler in ["a", "é"] {
                    let before = String(repeating: filler, count: pad) + " "
                    let text = before + open + "yes, now" + close + " " + String(repeating: "b", count: 40 - pad % 40)
                    let bytes = Array(text.utf8)
                    let openAt = before.utf8.count, start = openAt + open.utf8.count
                    let end = start + 8, after = end + close.utf8.count
                    let expected = QuoteSpan(open: openAt, start: start, end: end, after: after,
                                             scalarStart: Self.plainScalars(bytes, start), scalarEnd: Self.plainScalars(bytes, end),
                                             closed: true, single: false)
                    #expect(QuoteMarkScanner.spans(in: bytes) == [expected], "\(open) after \(pad) × \(filler)")
                }
            }
        }
    }

    @Test("random paragraphs: every span starts after a mark and its scalar offsets match its byte offsets")
    func randomSpans() {
        let pieces = ["word ", "é", "“", "”", "\"", "‘", "’", "«", "»", "—", "It’s ", "said. ", "  "]
        var mix = SeededMix(state: 11)
        for _ in 0..<300 {
            let text = mix.text(pieces, upTo: 40)
            let bytes = Array(text.utf8)
            var last = 0
            for span in QuoteMarkScanner.spans(in: bytes) {
                #expect(span.open >= last && span.start > span.open && span.end > span.start && span.after >= span.end)
                #expect(span.scalarStart == Self.plainScalars(bytes, span.start) && span.scalarEnd == Self.plainScalars(bytes, span.end), "\(text)")
                last = span.after
            }
            #expect(QuoteFinder.mayHoldQuote(text) == QuoteOracles.mayHoldQuote(text), "\(text)")
        }
    }

    @Test("a byte found sixteen, then eight bytes at a time == a plain search, for every range")
    func byteContains() {
        var mix = SeededMix(state: 0x28C0)
        for _ in 0..<300 {
            let bytes = (0..<mix.next(70)).map { _ in [0x28, 0x5B, 0x61, 0x20, 0xE2, 0x80, 0x9C][mix.next(7)] as UInt8 }
            bytes.withUnsafeBufferPointer { b in
                guard b.baseAddress != nil else { return }
                for _ in 0..<20 {
                    let lower = mix.next(bytes.count + 1), upper = lower + mix.next(bytes.count - lower + 1)
                    for byte: UInt8 in [0x28, 0x5B, 0x9C] {
                        #expect(ByteClass.contains(byte, in: b, lower..<upper) == bytes[lower..<upper].contains(byte), "\(bytes) \(lower)..<\(upper)")
                    }
                }
            }
        }
    }

    @Test("words in a span counted with ASCII comparisons == counted by decoding every scalar")
    func spanWordCounts() {
        let pieces = ["a", "Wang", "9", " ", "  ", "\t", "\n", "\u{00A0}", "\u{2009}", "—", "-", "’", "'", ",", ".", "é", "中", "😀", "“", "”", "\"", "(x)"]
        Self.expectSpanWordCounts(pieces: pieces, seed: 0x3C0_0A7, upTo: 16, secondTail: " x y z")
    }

    /// Checks the word count of every span of 3,000 seeded two-quote paragraphs against the scalar rule;
    /// returns how many spans were checked.
    @discardableResult
    static func expectSpanWordCounts(pieces: [String], seed: UInt64, upTo limit: Int, secondTail: String = "") -> Int {
        var mix = SeededMix(state: seed)
        var scratch = ParagraphText.Scratch()
        var counted = 0
        for _ in 0..<3000 {
            let inner = mix.text(pieces, upTo: limit)
            var para = ParagraphText("He said “" + inner + "” and “" + inner + secondTail + "”", scratch: &scratch)
            for span in para.spans {
                #expect(para.wordCount(of: span) == para.wordCountByRule(of: span), "\(inner.debugDescription)")
                counted += 1
            }
            para.release(into: &scratch)
        }
        return counted
    }

    @Test("the quote-mark precheck at every offset of long blocks, across sixteen-byte chunk edges")
    func mayHoldQuoteInLongBlocks() {
        for mark in ["\"", "“", "”", "‘", "’", "«", "„", "‟", "—", "é", "»", "…", "é«"] {
            for pad in 0..<48 {
                let text = String(repeating: "a", count: pad) + mark + String(repeating: "b", count: 47 - pad)
                #expect(QuoteFinder.mayHoldQuote(text) == QuoteOracles.mayHoldQuote(text), "\(mark) at \(pad)")
            }
        }
        // A mark whose two bytes straddle a sixteen-byte edge.
        let straddling = String(repeating: "a", count: 15) + "“" + String(repeating: "b", count: 30)
        #expect(QuoteFinder.mayHoldQuote(straddling))
    }
}

/// The tokenizer's key for a word read from two eight-byte loads.
@Suite("Quotes stage: word keys from loads")
struct WordKeyLoadTests {
    @Test("the key of a capitalised or lower-case word from its loads is its key read byte by byte")
    func lowerTailKeys() {
        for length in 1...15 {
            for first in ["a", "Q", "7", "z", "A"] {
                let word = first + String("abcdefghijklmnopqrstuvwxyz".prefix(length - 1))
                // The word, then a plain end and padding, so both eight-byte loads are in bounds.
                let bytes = Array((word + ", and more text follows").utf8)
                bytes.withUnsafeBufferPointer { b in
                    let raw = UnsafeRawPointer(b.baseAddress!)
                    let w1 = raw.loadUnaligned(as: UInt64.self).littleEndian
                    let w2 = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
                    let key = WordKey.of(lowerTail: w1, w2, length: length, firstUpper: first.utf8.first! &- 0x41 < 26)
                    #expect(key == WordKey.of(b, 0, length), "\(word)")
                    #expect(key == WordKey.of(word.lowercased()), "\(word)")
                }
            }
        }
    }
}

/// Word keys stay distinct across a real vocabulary.
@Suite("Quotes stage: word keys do not collide")
struct WordKeyCollisionTests {
    @Test("every distinct word of the dev corpus (ASCII letters folded) has its own key")
    func distinctKeys() throws {
        guard let shared = TestPaths.shared else {
            print("note: ../shared is absent; the word-key collision test is skipped")
            return
        }
        let dev = shared.appendingPathComponent("corpus/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: dev.path).filter { $0.hasSuffix(".txt") }
        var byKey: [UInt64: String] = [:]
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: dev.appendingPathComponent(name)))
            let tokens = Tokenizer.tokens(bytes, spans: [])
            for k in 0..<tokens.count where tokens[k].isWord {
                let word = String(decoding: tokens.bytes[tokens[k].start..<tokens[k].stemEnd], as: UTF8.self)
                let folded = String(decoding: word.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
                if let seen = byKey[tokens[k].key] {
                    #expect(seen == folded, "\(seen) and \(folded) share a key")
                } else {
                    byKey[tokens[k].key] = folded
                }
            }
        }
        #expect(byKey.count > 3_000)
    }
}
