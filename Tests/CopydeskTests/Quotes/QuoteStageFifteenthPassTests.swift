@testable import Copydesk
import Foundation
import Testing

/// The fifteenth pass's tokenizer shortcuts against the plain rules they stand for: the vector
/// lanes of the word test, the keys made from them, and the fused loop's run of lower-case words.
@Suite("Quotes stage: fifteenth-pass word lanes and lower-case runs")
struct QuoteStageFifteenthPassTests {
    /// `notLowerMask` of the first eight bytes at `p`, each flagged byte widened to 0xFF.
    static func lanesByMask(_ p: UnsafePointer<UInt8>) -> UInt64 {
        let mask = Tokenizer.notLowerMask(UnsafeRawPointer(p).loadUnaligned(as: UInt64.self).littleEndian)
        return (mask >> 7) &* 0xFF
    }

    @Test("notLowerLanes == notLowerMask widened, for every byte in every lane and random windows")
    func lanesMatchMask() {
        var bytes = [UInt8](repeating: 0x61, count: 16)
        for lane in 0..<8 {
            for c in 0...255 {
                bytes[lane] = UInt8(c)
                bytes.withUnsafeBufferPointer { b in
                    #expect(Tokenizer.notLowerLanes(b.baseAddress!) == Self.lanesByMask(b.baseAddress!), "byte \(c) in lane \(lane)")
                }
            }
            bytes[lane] = 0x61
        }
        var random = SeededMix(state: 0x15_1A4E5)
        for _ in 0..<20000 {
            let window = (0..<16).map { _ in UInt8(random.next(2) == 0 ? 0x61 + random.next(26) : random.next(256)) }
            window.withUnsafeBufferPointer { b in
                #expect(Tokenizer.notLowerLanes(b.baseAddress!) == Self.lanesByMask(b.baseAddress!), "\(window)")
            }
        }
    }

    @Test("keys made from the lanes == WordKey.of on the word's bytes, for lower-case, capital and digit heads")
    func laneKeys() {
        var random = SeededMix(state: 0x4B_E75)
        for _ in 0..<20000 {
            let length = 1 + random.next(7)
            let head = random.next(3)
            var word = [head == 0 ? UInt8(0x61 + random.next(26)) : head == 1 ? UInt8(0x41 + random.next(26)) : UInt8(0x30 + random.next(10))]
            for _ in 1..<length { word.append(UInt8(0x61 + random.next(26))) }
            // Any byte that is not a lower-case letter after the word, then anything.
            let after: [UInt8] = [0x20, 0x2E, 0x2C, 0x41, 0x30, 0x27, 0xE2, 0x00, 0x5A]
            let bytes = word + [after[random.next(after.count)]] + (0..<16).map { _ in UInt8(random.next(256)) }
            bytes.withUnsafeBufferPointer { b in
                let p = b.baseAddress!
                let w = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self).littleEndian
                let lanes = Tokenizer.notLowerLanes(p)
                let expected = WordKey.of(b, 0, length)
                #expect(Tokenizer.foldedKey(w, lanes: lanes & ~0xFF) == expected, "\(word)")
                if head == 0 {
                    #expect(lanes.trailingZeroBitCount >> 3 == length)
                    #expect(Tokenizer.lowerKey(w, lanes: lanes) == expected, "\(word)")
                }
            }
        }
    }

    @Test("the probe's abbreviation flag == CueTable.abbreviations, and no flag changes a word's list bits")
    func abbreviationFlag() {
        let probe = WordLists.shared.probe
        var keys = CueTable.abbreviations.members
        for (_, set) in WordLists.sets { keys += set.members }
        var random = SeededMix(state: 0xABB_2E7)
        for _ in 0..<5000 {
            keys.append(WordKey.of(String(decoding: (0..<(1 + random.next(6))).map { _ in UInt8(0x61 + random.next(26)) }, as: UTF8.self)))
        }
        for key in keys {
            #expect(probe.isAbbreviation(key) == CueTable.abbreviations.contains(key))
            let expected = WordLists.sets.reduce(UInt16(0)) { $1.set.contains(key) ? $0 | $1.bit : $0 }
            #expect(probe.bits(key) == expected)
        }
    }

    @Test("runs of lower-case words of 1-16 letters, every follower, every distance from the end == the rule")
    func lowerCaseRuns() {
        var random = SeededMix(state: 0x10_7E12)
        let followers = [" ", " ", " ", ", ", ". ", ".", "", "!", "’s ", "'s ", "-", "—", "“", "”", "A", "9", "é", ": ", "  ", ".x", "’"]
        var items: [Token] = [], spans: [QuoteSpan] = []
        var texts: [String] = []
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<random.next(12) {
                let word = String(decoding: (0..<(1 + random.next(16))).map { _ in UInt8(0x61 + random.next(26)) }, as: UTF8.self)
                text += word + followers[random.next(followers.count)]
            }
            texts.append(text)
        }
        for word in ["a", "said", "abcdefg", "abcdefgh", "abcdefghijklmno", "abcdefghijklmnop", "lately", "the"] {
            for pad in 0..<18 {
                for tail in ["", ".", ". ", " ", ",", "’s", "'"] {
                    texts.append(String(repeating: "q", count: pad) + " " + word + tail)
                    texts.append(word + tail)
                }
            }
        }
        texts += ["the president said that he and the officials would go", "reportedly, the spokesman said."]
        // Short words before a full stop: plain words and a stop, or abbreviations keeping the dot.
        for word in ["said", "year", "a", "x", "no", "mr", "co", "inc", "sept", "gov", "ab", "abc", "jr", "vs", "dec", "the"] {
            for tail in [".", ". ", ". and", ".x", "..", ".,", ". “x”"] {
                texts.append(word + tail)
                texts.append("he " + word + tail)
                texts.append("“" + word + tail + "”")
            }
        }

        for text in texts {
            QuoteStageFusedScanTests.expectSame(text, items: &items, spans: &spans)
            QuoteStageWordListTests.check(text, items: &items, spans: &spans)
        }
    }
}
