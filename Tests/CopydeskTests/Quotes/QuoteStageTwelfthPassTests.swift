@testable import Copydesk
import Testing

/// The twelfth pass's changes against the plain rules they stand for: the key index's one-word
/// filter in front of its probe, and cue verbs given as literals instead of Strings built from bytes.
@Suite("Quotes stage: filtered key index, literal cue verbs")
struct QuoteStageTwelfthPassTests {
    @Test("the filtered key index answers every look-up as a Dictionary does, across reuse")
    func filteredIndexMatchesDictionary() {
        var random = SeededMix(state: 0x12_7E57)
        var index = KeyIndex()
        for round in 0..<40 {
            index.removeAll()
            var plain: [UInt64: Int] = [:]
            // Keys that share their top six bits (the filter's bit) with others, and the zero key.
            let stored = (0..<(5 + random.next(60))).map { _ -> UInt64 in
                let high = UInt64(random.next(64)) << 58, low = UInt64(random.next(1 << 30)) * 0x9E37_79B9
                return random.next(50) == 0 ? 0 : high | (low & ((1 << 58) - 1))
            }
            for (value, key) in stored.enumerated() { index[key] = value + round; plain[key] = value + round }
            for key in stored { #expect(index[key] == plain[key]) }
            for _ in 0..<400 {
                let probe = UInt64(random.next(64)) << 58 | UInt64(random.next(1 << 30)) * 0x9E37_79B9 & ((1 << 58) - 1)
                #expect(index[probe] == plain[probe], "\(probe)")
            }
        }
    }

    @Test("a cue word read through the literal table == the String built from its bytes, for every token")
    func literalCueWords() {
        var random = SeededMix(state: 0xC0E_57)
        let words = TokenList.commonCues + ["Said", "SAID", "sai", "saidx", "told’s", "says'", "added,", "wrote.", "recalledd",
                                            "insisted", "insisten", "tweet", "ask", "argue", "ñoted", "said’s", "claimed", "x"]
        var literal = 0
        for _ in 0..<3000 {
            let text = random.text(words, upTo: 12, separator: " ")
            let tokens = Tokenizer.tokens(Array(text.utf8), spans: [])
            for k in 0..<tokens.count where tokens[k].isWord {
                let plain = tokens.text(k)
                #expect(tokens.cueWord(k) == plain, "\(text.debugDescription) token \(k)")
                if TokenList.commonCues.contains(plain) { literal += 1 }
            }
        }
        #expect(literal > 1000)
        // Every literal is returned for its own bytes.
        for word in TokenList.commonCues {
            let bytes = Array(word.utf8)
            #expect(TokenList.commonCue(TokenList.packed(bytes, 0, bytes.count)) == word)
        }
    }
}
