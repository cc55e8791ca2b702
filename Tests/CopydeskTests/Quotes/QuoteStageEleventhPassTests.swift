@testable import Copydesk
import Testing

/// The eleventh pass's changes against the plain rules they stand for: the first-span scan into a
/// kept buffer, the entity table's single index look-up per run, and the token writer that counts
/// by its next slot.
@Suite("Quotes stage: kept span buffer, one index look-up per run, pointer-counted writer")
struct QuoteStageEleventhPassTests {
    @Test("the block test with a reused, dirty span buffer == the test with a fresh array, and the same first span")
    func firstSpanIntoKeptBuffer() {
        var random = SeededMix(state: 0xE1_E7E4)
        let pieces = ["“", "”", "\"", "‘", "’", "„", "«", "»", "'", "a", "b c", " ", " ", "said", "China’s", "‘x’", "\"\"", "“”",
                      "é", ".", ","]
        var scratch: [QuoteSpan] = []
        var found = 0
        for _ in 0..<8000 {
            let bytes = Array(random.text(pieces, upTo: 24).utf8)
            let text = String(decoding: bytes, as: UTF8.self)
            let all = QuoteMarkScanner.spans(in: bytes)
            let holds = QuoteFinder.holdsQuote(text, scratch: &scratch)
            #expect(holds == !all.isEmpty, "\(text.debugDescription)")
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
}
