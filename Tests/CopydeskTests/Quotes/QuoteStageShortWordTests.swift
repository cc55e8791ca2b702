@testable import Copydesk
import Testing

/// The fused loop's short-word path (`Tokenizer.shortWord`: short words before a sentence's full
/// stop, words with digits) gives the tokens of the plain rule (`wordEnd` + `word`).
@Suite("Quotes stage: short words before a full stop and words with digits")
struct QuoteStageShortWordTests {
    @Test("shortWord == wordEnd + word wherever it answers, and it answers for common words")
    func shortWordPath() {
        var random = SeededMix(state: 0x5407_7D0)
        let heads = ["a", "A", "9", "g", "G", "s", "x", "Z", "0"]
        let tails = ["", "aid", "ov", "en", "o", "ar", "19", "0s", "990s", "7", "x9y", "1b", "s", "t", "pl", "abcdef", "12345"]
        let after = [".", ". ", ".x", ".,", ". x", ".’", " ", ",", "-", "'", "’s", "é", "A", "&", ")", ".\u{201D}", ""]
        var answered = 0
        for _ in 0..<20000 {
            let word = heads[random.next(heads.count)] + tails[random.next(tails.count)] + tails[random.next(3) == 0 ? random.next(tails.count) : 0]
            let text = word + after[random.next(after.count)] + String(repeating: " rest", count: random.next(3))
            let bytes = Array(text.utf8)
            guard bytes.count >= 8, word.utf8.count <= 8 else { continue }
            bytes.withUnsafeBufferPointer { b in
                var slots = [Token](repeating: TokenList.blank, count: 2)
                let capitalized = b[0] &- 0x41 < 26
                let w = UnsafeRawPointer(b.baseAddress!).loadUnaligned(as: UInt64.self).littleEndian
                let notLower = Tokenizer.notLowerMask(w) & ~0x80
                guard notLower != 0 else { return }
                let length = notLower.trailingZeroBitCount >> 3
                let next = slots.withUnsafeMutableBufferPointer { s in
                    var out = Tokenizer.TokenWriter(slots: s.baseAddress!, capacity: 2)
                    return Tokenizer.shortWord(b, w, at: 0, length: length, capitalized: capitalized, into: &out)
                }
                guard next >= 0 else { return }
                answered += 1
                let end = Tokenizer.wordEnd(b, 1, b.count, start: 0)
                let rule = Tokenizer.word(b, 0, end, capitalized: capitalized), fast = slots[0]
                TokenExpectations.expectSameWord(fast, rule, text)
                #expect(fast.lists == WordLists.shared.probe.bits(rule.key), "\(text.debugDescription)")
                #expect(next == (rule.end < b.count && b[rule.end] == 0x20 ? rule.end + 1 : rule.end), "\(text.debugDescription)")
            }
        }
        #expect(answered > 2000)
    }

    @Test("a key whose last bytes end the buffer == the key of the same bytes with room after them")
    func keysAtBufferEnd() {
        let text = Array("Ab9cD’e-fGhijKLmnopqRSTuvwxyz0123".utf8)
        for count in 1...text.count {
            let bytes = Array(text.prefix(count))
            let padded = bytes + [UInt8](repeating: 0x20, count: 16)
            for start in 0..<count {
                for end in (start + 1)...count {
                    #expect(WordKey.of(bytes, start, end) == WordKey.of(padded, start, end), "\(count) \(start)..<\(end)")
                }
            }
        }
    }

    @Test("the digit mask == the byte rule, byte by byte in every position")
    func digitMask() {
        for c in 0...255 {
            for position in 0..<8 {
                let w = UInt64(c) << UInt64(position * 8) | (position == 0 ? 0 : 0x61)
                let expected = !((c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39))
                let bit = (Tokenizer.notLowerOrDigitMask(w) >> UInt64(position * 8 + 7)) & 1 == 1
                #expect(bit == expected, "byte \(c) at \(position)")
            }
        }
    }

    @Test("paragraphs of short sentences and numbers: the fused loop == the plain tokenizer")
    func paragraphs() {
        var random = SeededMix(state: 0xD1_61_75)
        let pieces = ["said.", "war.", "Sen.", "Gov.", "St.", "Mr.", "A.", "a.", "5.", "it.", "gov.", "its.", "2019", "2019.", "1990s",
                      "G7", "3M", "x9y", "12345.", "10,000", "4.5", "21st", "U.S.", "now.", "He", "she", "went", "home", "today",
                      " ", " ", " ", ", ", ".", "“", "”", "’s", "'", "é", "(", ")", "abc.def", "no.1", "yes.\u{201D}"]
        var items: [Token] = [], spans: [QuoteSpan] = []
        for _ in 0..<4000 {
            let text = random.text(pieces, upTo: 40)
            QuoteStageFusedScanTests.expectSame(text, items: &items, spans: &spans)
        }
    }
}
