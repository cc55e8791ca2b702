@testable import Copydesk
import Testing

/// The thirteenth pass's changes against the plain rules they stand for: a block's bytes copied
/// into a buffer that only grows (its first `length` bytes are the block's, then sixteen zeros),
/// the tokenizer's word loads reading into those zeros instead of testing for the block's end,
/// spans emptied one by one, and speakers' subjects appended in order.
@Suite("Quotes stage: growing byte buffer, spans emptied in place, subjects appended")
struct QuoteStageThirteenthPassTests {
    static let pieces = ["“We will win,” ", "said ", "Wang Zhigang", ", the minister. ", "U.S.-based ", "Acme Corp.’s ", "NDRC ",
                         "\"two\" ", "‘three’ ", "«four» ", "é ", "2019 ", "(Frank) ", "KristiNoem ", "he ", "added: ",
                         "“unclosed ", "x", ".", "’s ", "— ", "well-known ", "a ", "\u{201C}"]

    @Test("blocks loaded into one growing buffer give the tokens and spans of their own bytes")
    func growingBufferMatchesExactBytes() {
        var random = SeededMix(state: 0x13_B0F)
        var para = ParagraphText()
        for round in 0..<600 {
            // Long and short blocks in turn, so a short block sits in front of a longer one's bytes.
            let text = random.text(Self.pieces, upTo: round % 3 == 0 ? 40 : 6)
            para.load(text)
            let bytes = Array(text.utf8)
            #expect(para.length == bytes.count)
            #expect(Array(para.tokens.bytes.prefix(para.length)) == bytes, "\(text.debugDescription)")
            var spans: [QuoteSpan] = [], items: [Token] = []
            let count = Tokenizer.tokens(bytes, findingSpans: &spans, into: &items)
            #expect(para.spans == spans, "\(text.debugDescription)")
            #expect(para.tokens.count == count, "\(text.debugDescription)")
            for k in 0..<min(count, para.tokens.count) {
                let a = para.tokens[k], b = items[k]
                #expect(a.kind == b.kind && a.start == b.start && a.end == b.end && a.stemEnd == b.stemEnd && a.key == b.key
                        && a.lists == b.lists && a.capitalized == b.capitalized && a.possessive == b.possessive,
                        "\(text.debugDescription) token \(k)")
            }
            for span in spans {
                #expect(para.text(of: span) == String(decoding: bytes[span.start..<span.end], as: UTF8.self))
                #expect(para.wordCount(of: span) == para.wordCountByRule(of: span))
            }
        }
    }

    @Test("the tokens of a padded block: its bytes, sixteen zeros, then any bytes, as the rule reads the block alone")
    func paddedBlockIgnoresTrailingBytes() {
        var random = SeededMix(state: 0x13_1E9)
        for _ in 0..<3000 {
            // Short blocks too, and words that end right at the block's end (the loads read into the zeros).
            let text = random.text(Self.pieces, upTo: random.next(3) == 0 ? 3 : 10)
            let tail = random.text(Self.pieces, upTo: 6)
            let bytes = Array(text.utf8), padded = bytes + Array(repeating: 0, count: Tokenizer.padding) + Array(tail.utf8)
            var spans: [QuoteSpan] = [], items: [Token] = []
            var paddedSpans: [QuoteSpan] = [], paddedItems: [Token] = []
            let count = Tokenizer.tokens(bytes, findingSpans: &spans, into: &items)
            let paddedCount = Tokenizer.tokens(padded: padded, length: bytes.count, findingSpans: &paddedSpans, into: &paddedItems)
            #expect(count == paddedCount && spans == paddedSpans, "\(text.debugDescription) + \(tail.debugDescription)")
            for k in 0..<min(count, paddedCount) {
                let a = items[k], b = paddedItems[k]
                #expect(a.kind == b.kind && a.start == b.start && a.end == b.end && a.stemEnd == b.stemEnd && a.key == b.key
                        && a.lists == b.lists && a.capitalized == b.capitalized && a.possessive == b.possessive)
            }
            // The rule, word by word, with the plain tokenizer given the same spans.
            let byRule = Tokenizer.tokensByRule(bytes, spans: spans)
            #expect(byRule.count == paddedCount, "\(text.debugDescription)")
            for k in 0..<min(byRule.count, paddedCount) {
                let a = byRule[k], b = paddedItems[k]
                #expect(a.kind == b.kind && a.start == b.start && a.end == b.end && a.stemEnd == b.stemEnd && a.key == b.key
                        && a.capitalized == b.capitalized && a.possessive == b.possessive, "\(text.debugDescription) token \(k)")
            }
        }
    }

    @Test("spans emptied one by one: empty, capacity kept, as removeAll(keepingCapacity:) leaves them")
    func spansEmptiedInPlace() {
        for count in 0..<20 {
            var spans = (0..<count).map { QuoteSpan(open: $0, start: $0 + 1, end: $0 + 2, after: $0 + 3, scalarStart: $0, scalarEnd: $0 + 1,
                                                    closed: true, single: false) }
            var plain = spans
            let capacity = spans.capacity
            QuoteMarkScanner.empty(&spans)
            plain.removeAll(keepingCapacity: true)
            #expect(spans == plain && spans.isEmpty)
            #expect(spans.capacity == capacity)
        }
    }

    @Test("subjects noted in any order stay sorted as the plain insert keeps them")
    func subjectsAppendedInOrder() {
        var random = SeededMix(state: 0x13_5B7)
        for _ in 0..<200 {
            var resolver = SpeakerResolver(table: EntityTable())
            var plain: [SpeakerResolver.SubjectEntry] = []
            var p = 0, token = 0
            for _ in 0..<(1 + random.next(30)) {
                // Mostly forward, sometimes back a few tokens (a speaker resolved before an earlier cue).
                if random.next(4) == 0 { token = max(0, token - random.next(5)) } else if random.next(3) == 0 { p += 1; token = random.next(5) } else {
                    token += random.next(6)
                }
                let entity = random.next(9)
                resolver.noteSubject(entity, paragraph: p, token: token)
                var at = plain.endIndex
                while at > 0, !plain[at - 1].isBefore(p, token), plain.endIndex - at < 8 { at -= 1 }
                plain.insert(SpeakerResolver.SubjectEntry(paragraph: p, token: token, entity: entity), at: at)
            }
            #expect(resolver.spokenSubjects.map { [$0.paragraph, $0.token, $0.entity] } == plain.map { [$0.paragraph, $0.token, $0.entity] })
        }
    }
}
