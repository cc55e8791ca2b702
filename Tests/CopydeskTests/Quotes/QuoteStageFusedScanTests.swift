@testable import Copydesk
import Foundation
import Testing

/// The tokenizer that finds quoted spans in its own pass gives the spans of `QuoteMarkScanner`
/// and the tokens of the plain tokenizer given those spans, on fixtures, the dev corpus and
/// seeded random paragraphs dense in marks.
@Suite("Quotes stage: one pass for marks and tokens")
struct QuoteStageFusedScanTests {
    /// Tokens and spans of `text` from both paths, compared field by field; `items`/`spans` are
    /// reused buffers (stale slots and spans from the last call must not leak through).
    static func expectSame(_ text: String, items: inout [Token], spans: inout [QuoteSpan],
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        let plainSpans = QuoteMarkScanner.spans(in: bytes)
        let plain = Tokenizer.tokens(bytes, spans: plainSpans)
        let count = Tokenizer.tokens(bytes, findingSpans: &spans, into: &items)
        // The word shortcuts (eight-byte loads, the block's last bytes, full stops) against the rule.
        let byRule = Tokenizer.tokensByRule(bytes, spans: plainSpans)
        #expect(byRule.count == plain.count, "token count by rule of \(text.debugDescription)", sourceLocation: sourceLocation)
        for k in 0..<min(byRule.count, plain.count) {
            let a = byRule[k], b = plain[k]
            let same = a.kind == b.kind && a.start == b.start && a.end == b.end && a.stemEnd == b.stemEnd && a.key == b.key
                && a.capitalized == b.capitalized && a.possessive == b.possessive
            #expect(same, "token \(k) by rule of \(text.debugDescription)", sourceLocation: sourceLocation)
            if !same { break }
        }
        #expect(spans == plainSpans, "spans of \(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(count == plain.count, "token count of \(text.debugDescription)", sourceLocation: sourceLocation)
        for k in 0..<min(count, plain.count) {
            let a = items[k], b = plain[k]
            let same = a.kind == b.kind && a.start == b.start && a.end == b.end && a.stemEnd == b.stemEnd && a.key == b.key
                && a.capitalized == b.capitalized && a.possessive == b.possessive
            #expect(same, "token \(k) of \(text.debugDescription)", sourceLocation: sourceLocation)
            // `TokenList.nextCapitalizedWord` relies on this: only words are capitalised.
            #expect(!a.capitalized || a.kind == .word, sourceLocation: sourceLocation)
            if !same { return }
        }
    }

    @Test("fixtures: every kind of mark, unclosed and empty quotes, apostrophes, second openings")
    func fixtures() {
        let texts = [
            "", "“", "\"", "‘", "«", "“”", "\"\"", "‘’", "«»", "„“", "‟‟", "“ ”", "“   ", "“ “x”",
            "He said “we will go” and left.", "“We will,” Wang said. “Not now.”",
            "China’s ‘strategic pillar’ plan, the ’90s and rock ’n’ roll", "‘Yes’, ‘no’ and ‘ maybe’",
            "Smith: “First quote left open “Second one” ends.", "An “open quote runs to the end   ",
            "„Wir schaffen das“, sagte sie. «Oui», dit-il. ‟Odd‟ marks",
            "a\"b\"c \"d\" e\"", "(“Bracketed”) [“x”] —“dash”", "“Nested ‘inner’ words” and “«mixed»”",
            "Ends with a mark “", "“x", "\u{00A0}“no-break spaces”\u{00A0}said\u{2009}Lee", "Ünïcödé “Ölçü” façade’s",
            "U.S.-based Acme Corp.’s CEO Jane Doe-Smith said: “It’s fine.” NoemKristi wrote abcdefghijklmnopqrstuvwxyz.",
            "\"Straight \"inside\" straight\" and “curly \"straight\" curly”", "“One “two “three",
            String(repeating: "word ", count: 40) + "“" + String(repeating: "quoted ", count: 30) + "” tail",
        ]
        var items: [Token] = [], spans: [QuoteSpan] = []
        for text in texts { Self.expectSame(text, items: &items, spans: &spans) }
    }

    @Test("seeded random paragraphs dense in marks, spaces and multi-byte letters")
    func seededParagraphs() {
        let pieces = ["“", "”", "\"", "‘", "’", "«", "»", "„", "‟", "'", " ", " ", " ", "  ", "\u{00A0}", "\u{2009}", ",", ".", ":",
                      "(", ")", "[", "—", "-", "…", "said", "Wang", "U.S.", "Mr.", "it’s", "China’s", "James’", "élan", "Ölçü",
                      "abcdefghijk", "x", "Quickly", "adding", "3M", "Noem", "Kristi", "NDRC", "de", "and", "ª", "µ", "\t", "!", "?",
                      "Friday.", "gov.", "abcde.", "Beijing.", "U.S.", "lately.", "ending.", "e.g.", "sings’", "word.next", "Corp."]
        var random = SeededMix(state: 0x5EED_F0_5E)
        var items: [Token] = [], spans: [QuoteSpan] = []
        for _ in 0..<4000 {
            let text = random.text(pieces, upTo: 60)
            Self.expectSame(text, items: &items, spans: &spans)
        }
        // Words the fused loop reads byte by byte from its class table (capitals and digits inside,
        // ASCII joiners, abbreviation dots, ’s and marks of the U+2000 block after a word) next to
        // the scalars that send it back to the general rule.
        let asciiPieces = ["NDRC", "US", "U.S.", "PG&E", "AT&T,", "self-reliance", "2021-25.", "IT'S", "it's", "we're", "US’s", "China’s",
                           "A.", "b.", "said.", "Sen.", "Nov.", "abc.", "word—", "word”", "word…", "don’t", "Schröder", "x-é", "y.é",
                           "Lakers’", "James’s", "McCain", "LeBron", "NoemKristi", "NoemKr", "Ab", "OKC", "11.1", "a-", "b&", "c'",
                           "d.", "’s", "s’", "‐", "x‐y", "3’s", "ABCDEFGHIJKLMNOPQRS", "abcdefghijklmnopqrstuvwxyz", " ", " ", ".", ",",
                           "“", "”", "\"", "(", ")", "—", "é", "’", "'", "-", "&", "Mr.", "e.g.", "x’sy", "x’s.", "x’s-"]
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<random.next(40) { text += asciiPieces[random.next(asciiPieces.count)] }
            Self.expectSame(text, items: &items, spans: &spans)
        }
        // Words ending a block at every distance from its end, alone or before a full stop.
        for word in ["a", "ab", "abcd", "abcde", "Abcdef", "abcdefg", "abcdefgh", "lately", "singing", "x9", "gov", "Gov", "its"] {
            for pad in 0..<18 {
                let head = String(repeating: "q", count: pad)
                for tail in ["", ".", ". ", ".x", " ", ",", "’s", "'", "-", "!"] {
                    Self.expectSame(head + " " + word + tail, items: &items, spans: &spans)
                    Self.expectSame(word + tail, items: &items, spans: &spans)
                }
            }
        }
    }

    @Test("the plain-word shortcuts: end-byte masks and suffix loads == the byte-by-byte rules")
    func plainWordShortcuts() {
        for c in 0...255 { #expect(Tokenizer.endsPlainly(UInt8(c)) == Tokenizer.endsPlainlyByRule(UInt8(c)), "byte \(c)") }
        var random = SeededMix(state: 0x91A1_4E0D)
        let tails = ["", "ly", "ing", "y", "ng", "lly", "ings", "l"]
        for _ in 0..<3000 {
            var word = [UInt8]()
            let first = random.next(3)
            word.append(first == 0 ? UInt8(0x41 + random.next(26)) : first == 1 ? UInt8(0x30 + random.next(10)) : UInt8(0x61 + random.next(26)))
            for _ in 0..<random.next(12) { word.append(UInt8(0x61 + random.next(26))) }
            word += Array(tails[random.next(tails.count)].utf8)
            guard word.count <= 15 else { continue }
            let bytes = Array(String(repeating: "x ", count: random.next(3)).utf8) + word + Array(" rest".utf8)
            let start = bytes.count - word.count - 5
            bytes.withUnsafeBufferPointer { b in
                let capitalized = word[0] >= 0x41 && word[0] <= 0x5A
                let fast = Tokenizer.plainWord(b, start, word.count, key: WordKey.of(b, start, start + word.count), capitalized: capitalized)
                let slow = Tokenizer.word(b, start, start + word.count, capitalized: capitalized)
                #expect(fast.start == slow.start && fast.end == slow.end && fast.stemEnd == slow.stemEnd && fast.key == slow.key
                    && fast.possessive == slow.possessive,
                        "\(String(decoding: word, as: UTF8.self))")
            }
        }
    }

    @Test("the ASCII word path == wordEnd + word wherever it answers, and it answers for common words")
    func asciiWordPath() {
        var random = SeededMix(state: 0xA5C1_1D0)
        let pieces = ["a", "Z", "9", "ly", "s", "S", "'", "-", "&", ".", "’", "’s", "‐", "”", "—", "é", " ", ",", "(", "\"", "Kr", "ab"]
        var answered = 0
        for _ in 0..<20000 {
            var text = pieces[random.next(3)]
            for _ in 0..<random.next(14) { text += pieces[random.next(pieces.count)] }
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { b in
                Tokenizer.byteClasses.withUnsafeBufferPointer { classes in
                    var slots = [Token](repeating: TokenList.blank, count: 2)
                    let capitalized = b[0] &- 0x41 < 26
                    let next = slots.withUnsafeMutableBufferPointer { s in
                        var out = Tokenizer.TokenWriter(slots: s.baseAddress!, capacity: 2)
                        return Tokenizer.asciiWord(b, classes.baseAddress!, at: 0, b.count, capitalized: capitalized, into: &out)
                    }
                    guard next >= 0 else { return }
                    answered += 1
                    let end = Tokenizer.wordEnd(b, 1, b.count, start: 0)
                    let rule = Tokenizer.word(b, 0, end, capitalized: capitalized), fast = slots[0]
                    TokenExpectations.expectSameWord(fast, rule, text)
                    #expect(next == (rule.end < b.count && b[rule.end] == 0x20 ? rule.end + 1 : rule.end), "\(text.debugDescription)")
                }
            }
        }
        #expect(answered > 5000)
    }

    @Test("word endings read from the bytes on demand == the suffix rule on the word's text")
    func wordEndings() {
        var random = SeededMix(state: 0xE4D5_1A9)
        let pieces = ["ly", "ing", "lly", "y", "ng", "Ly", "ING", "x", "quick", "bring", "fly", "sing", "’s", "'s", "’", " ", ", ", ".",
                      "“a”", "(", "é", "-", "only", "it", "going."]
        for _ in 0..<3000 {
            let text = random.text(pieces, upTo: 24)
            let bytes = Array(text.utf8)
            let list = Tokenizer.tokensByRule(bytes, spans: QuoteMarkScanner.spans(in: bytes))
            for k in 0..<list.count {
                let stem = list[k].kind == .word ? list.text(k) : ""
                // a capitalised word ending in "ly" is a name ("Kelly"), not an adverb
                #expect(list.endsLy(k) == (stem.utf8.count > 3 && stem.hasSuffix("ly") && !list[k].capitalized),
                        "ly: \(stem.debugDescription) in \(text.debugDescription)")
                #expect(list.endsIng(k) == (stem.utf8.count > 4 && stem.hasSuffix("ing")), "ing: \(stem.debugDescription) in \(text.debugDescription)")
            }
        }
    }

    @Test("the fused loop's byte-class table == the rules of the plain step, byte by byte")
    func byteClassTable() {
        #expect(Tokenizer.byteClasses.count == 256)
        for c in 0...255 {
            let byte = UInt8(c)
            let entry = Tokenizer.byteClasses[c]
            #expect((entry & Tokenizer.plainEnd != 0) == Tokenizer.endsPlainlyByRule(byte), "plain end of byte \(c)")
            let k = entry & 0x7F
            let expected: UInt8
            if byte >= 0x61 && byte <= 0x7A { expected = Tokenizer.Lead.lower } else if byte >= 0x41 && byte <= 0x5A {
                expected = Tokenizer.Lead.upper
            } else if byte >= 0x30 && byte <= 0x39 { expected = Tokenizer.Lead.digit } else if byte == 0x20 { expected = Tokenizer.Lead.space
            } else if byte == 0x22 || byte == 0xC2 || byte == 0xE2 { expected = Tokenizer.Lead.mark } else if byte >= 0x80 {
                expected = Tokenizer.Lead.wide
            } else {
                // One ASCII byte alone: the plain step's token (none, or one of this kind).
                let plain = Tokenizer.tokensByRule([byte], spans: [])
                expected = plain.count == 0 ? Tokenizer.Lead.silent : Tokenizer.Lead.punctuation + plain[0].kind.rawValue
                if plain.count == 1 { #expect(plain[0].start == 0 && plain[0].end == 1, "byte \(c)") }
            }
            #expect(k == expected, "class of byte \(c)")
        }
    }

    @Test("the dev corpus: every line and every paragraph (skipped without ../shared)")
    func devCorpus() throws {
        guard let corpus = try TestPaths.devCorpusTexts() else { return }
        var items: [Token] = [], spans: [QuoteSpan] = []
        var checked = 0
        for (name, text) in corpus {
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
                Self.expectSame(String(line), items: &items, spans: &spans); checked += 1
            }
            let article = ArticleParser().parse(text: text, id: name)
            for block in article.body { Self.expectSame(block.text, items: &items, spans: &spans); checked += 1 }
        }
        #expect(checked > 500)
    }
}
