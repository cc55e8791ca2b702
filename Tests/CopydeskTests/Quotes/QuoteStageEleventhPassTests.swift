@testable import Copydesk
import Testing

/// The eleventh pass's changes against the plain rules they stand for: the first-span scan into a
/// kept buffer, the entity table's single index look-up per run, the token writer that counts by
/// its next slot, and the fused loop's new word paths (possessive endings, long words and short
/// words before a full stop near the block's end).
@Suite("Quotes stage: kept span buffer, one index look-up per run, pointer-counted writer")
struct QuoteStageEleventhPassTests {
    @Test("the block test with a reused, dirty span buffer == the test with a fresh array, and the same first span")
    func firstSpanIntoKeptBuffer() {
        var random = SeededMix(state: 0xE1_E7E4)
        let pieces = QuoteStageTenthPassTests.quoteMarkPieces
        var scratch: [QuoteSpan] = []
        var found = 0
        for _ in 0..<8000 {
            let bytes = Array(random.text(pieces, upTo: 24).utf8)
            let text = String(decoding: bytes, as: UTF8.self)
            let all = QuoteMarkScanner.spans(in: bytes)
            let holds = QuoteFinder.holdsQuote(text, scratch: &scratch)
            // straight single quotes count too where no other mark stands (`ASCIISingleQuotes`)
            let single = bytes.withUnsafeBufferPointer { ASCIISingleQuotes.pairs(in: $0) } > 0
            #expect(holds == (!all.isEmpty || single), "\(text.debugDescription)")
            #expect(holds == QuoteFinder.holdsQuote(text))
            #expect(scratch.first == all.first && scratch.count <= 1, "\(text.debugDescription)")
            // The whole scan into a buffer == the scan that returns a fresh array.
            var into: [QuoteSpan] = []
            bytes.withUnsafeBufferPointer { QuoteMarkScanner.spans(in: $0, firstOnly: false, into: &into) }
            #expect(into == all)
            if holds { found += 1 }
        }
        #expect(found > 2000)
    }

    @Test("a run not in the index resolves by its longer-name step alone, and a one-word miss is never in the index")
    func oneIndexLookUp() {
        var random = SeededMix(state: 0x1D_E4)
        let names = ["Wang Zhigang", "Xi Jinping", "Anna Lopez", "National Development and Reform Commission (NDRC)",
                     "Kim Park Chen", "Communist Party", "World Laureates Forum", "US President Joe Biden", "Lopez", "Wang",
                     "Zhigang", "Chen", "Park", "NDRC", "Party", "Biden", "the US military", "Joe", "Anna"]
        let fillers = [" said ", ", ", ". ", " met ", " and ", " of ", " told "]
        var checkedLonger = 0, checkedSingle = 0
        for _ in 0..<600 {
            var table = EntityTable()
            for p in 0..<6 {
                var text = ""
                for _ in 0..<(1 + random.next(5)) { text += names[random.next(names.count)] + fillers[random.next(fillers.count)] }
                let tokens = Tokenizer.tokens(Array(text.utf8), spans: [])
                var at = 0
                while let run = NameRuns.nextRun(tokens, from: &at, before: tokens.count) {
                    let folded = EntityTable.fold(run, tokens)
                    if table.index[folded] == nil, run.keyCount >= 2 {
                        var plain = table, shortcut = table
                        #expect(plain.resolve(run, tokens, recent: true, paragraph: p)
                                == shortcut.resolveInLongerName(run, tokens, recent: true, paragraph: p), "\(text)")
                        checkedLonger += 1
                    }
                    if run.keyCount == 1 {
                        var copy = table
                        if copy.resolve(run, tokens, recent: true, paragraph: p) == nil {
                            #expect(table.index[folded] == nil, "\(text)")
                            checkedSingle += 1
                        }
                    }
                    table.add(run: run, tokens: tokens, paragraph: p, recent: true)
                }
            }
        }
        #expect(checkedLonger > 500 && checkedSingle > 200)
    }

    @Test("the writer's count and fullness, read from its next slot, follow every append")
    func pointerCountedWriter() {
        var items = Array(repeating: TokenList.blank, count: 40)
        items.withUnsafeMutableBufferPointer { slots in
            var writer = Tokenizer.TokenWriter(slots: slots.baseAddress!, capacity: slots.count)
            for k in 0..<40 {
                #expect(writer.count == k && !writer.isFull)
                writer.append(Token(kind: k % 2 == 0 ? .word : .comma, start: k, end: k + 1, stemEnd: k + 1,
                                    key: WordKey.of("said"), capitalized: false, possessive: false))
            }
            #expect(writer.count == 40 && writer.isFull)
        }
        for k in 0..<40 {
            #expect(items[k].start == k && items[k].lists == (k % 2 == 0 ? WordLists.shared.probe.bits(WordKey.of("said")) : 0))
        }
    }

    @Test("possessiveWord == wordEnd + word wherever it answers, and it answers for 's and ’s words")
    func possessiveWordPath() {
        let stems = ["a", "ab", "Wang", "china", "Xi", "7", "1990", "Beijing", "Abcdefg", "usa", "Trump", "de"]
        let endings = ["'s", "’s", "'S", "’S", "'", "’", "'t", "’t", "'ll", "’ll", "‘s", "'s'", "’s’", "'sa", "’s-"]
        let afters = ["", " ", ",", ".", ")", "\"", "”", "x", "-", "'", "é", "  ", ";", "1", "S"]
        var answered = 0, checked = 0
        for stem in stems {
            for ending in endings {
                for after in afters {
                    for pad in ["", "zzzzzzzz"] {
                        let bytes = Array(("(" + stem + ending + after + pad).utf8)
                        let start = 1, n = bytes.count
                        // The loop calls it for a word of one byte and lower-case letters, within eight bytes.
                        let length = 1 + stem.utf8.dropFirst().prefix { $0 >= 0x61 && $0 <= 0x7A }.count
                        guard n - start >= 8, length == stem.utf8.count, length < 8 else { continue }
                        let after0 = bytes[start + length]
                        guard after0 == 0x27 || after0 == 0xE2 else { continue }
                        checked += 1
                        bytes.withUnsafeBufferPointer { b in
                            let w = UnsafeRawPointer(b.baseAddress! + start).loadUnaligned(as: UInt64.self).littleEndian
                            var items = Array(repeating: TokenList.blank, count: 4)
                            let next = items.withUnsafeMutableBufferPointer { slots -> Int in
                                var out = Tokenizer.TokenWriter(slots: slots.baseAddress!, capacity: 4)
                                let capitalized = bytes[start] >= 0x41 && bytes[start] <= 0x5A
                                return Tokenizer.possessiveWord(b, w, at: start, length: length, capitalized: capitalized, into: &out)
                            }
                            guard next >= 0 else { return }
                            answered += 1
                            let end = Tokenizer.wordEnd(b, start + 1, n, start: start)
                            let rule = Tokenizer.word(b, start, end, capitalized: bytes[start] >= 0x41 && bytes[start] <= 0x5A)
                            let t = items[0]
                            #expect(t.kind == .word && t.start == rule.start && t.end == rule.end && t.stemEnd == rule.stemEnd
                                    && t.key == rule.key && t.capitalized == rule.capitalized && t.possessive == rule.possessive,
                                    "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
                            #expect(t.lists == WordLists.shared.probe.bits(rule.key))
                            #expect(next == (rule.end < n && bytes[rule.end] == 0x20 ? rule.end + 1 : rule.end))
                        }
                    }
                }
            }
        }
        #expect(checked > 1000 && answered > 150)
    }

    @Test("words near the block's end (long words, short words before the last full stop, possessives): fused == rule")
    func wordsNearTheEnd() {
        var random = SeededMix(state: 0xE0_D5)
        let pieces = ["development", "cooperation", "extraordinarily", "abcdefgh", "abcdefghi", "abcdefghijklmno", "abcdefghijklmnop",
                      "said", "him", "it", "war", "Mr", "US", "Gov", "a", "I", "Wang", "China’s", "Wang's", "it's", "don’t", "1990s",
                      "Xi’s", "boss'", "Brown’s", "self-reliance", "U.S", "No", "é", " ", " ", ",", ".", "!", "“", "”"]
        var items: [Token] = [], spans: [QuoteSpan] = []
        for _ in 0..<6000 {
            var text = random.text(pieces, upTo: 8, separator: " ")
            // End most blocks on a word and a full stop, the common close of a paragraph.
            switch random.next(4) {
            case 0: text += pieces[random.next(pieces.count)] + "."
            case 1: text += pieces[random.next(pieces.count)]
            case 2: text = String(text.dropLast())
            default: break
            }
            QuoteStageFusedScanTests.expectSame(text, items: &items, spans: &spans)
        }
    }
}
