@testable import Copydesk
import Testing

/// The quotes stage's shortcuts (eight-byte scans, reused buffers, capped counts, key filters)
/// give the same answers as the plain rules they stand in for.
@Suite("Quotes stage: shortcuts keep the results")
struct QuoteStageScratchTests {

    @Test("quote-mark precheck at every position, across eight-byte chunk edges")
    func mayHoldQuoteAtEveryOffset() {
        for mark in ["\"", "“", "”", "‘", "’", "«", "„", "‟", "—", "é", "»", "…"] {
            for pad in 0..<20 {
                let text = String(repeating: "a", count: pad) + mark + String(repeating: "b", count: 19 - pad)
                #expect(QuoteFinder.mayHoldQuote(text) == QuoteOracles.mayHoldQuote(text), "\(mark) at \(pad)")
            }
        }
        #expect(!QuoteFinder.mayHoldQuote("Plain text without any marks at all, however long it runs on."))
        #expect(QuoteFinder.mayHoldQuote("Ends with a mark “"))
    }

    @Test("tokens of a block are the same whether its buffers are fresh or reused")
    func reusedBuffersGiveSameTokens() {
        let texts = [
            "A much longer paragraph comes first, so the buffers grow: Chancellor Olaf Brandt told reporters “We will see,” and left.",
            "Short “one” here.",
            "",
            "U.S.-based Acme Corp.’s CEO Jane Doe-Smith said: “It’s fine.” NoemKristi wrote abcdefghijklmnopqrstuvwxyz.",
        ]
        var scratch = ParagraphText.Scratch()
        for text in texts {
            var reused = ParagraphText(text, scratch: &scratch)
            let bytes = Array(text.utf8)
            let fresh = Tokenizer.tokens(bytes, spans: QuoteMarkScanner.spans(in: bytes))
            #expect(reused.tokens.count == fresh.count)
            for k in 0..<fresh.count {
                let a = reused.tokens[k], b = fresh[k]
                #expect(a.kind == b.kind && a.start == b.start && a.end == b.end && a.stemEnd == b.stemEnd && a.key == b.key)
            }
            reused.release(into: &scratch)
        }
    }

    @Test("a paragraph loaded in place, block after block, equals one built fresh for each block")
    func loadInPlaceGivesSameParagraph() {
        let texts = [
            "A much longer paragraph comes first, so the buffers grow: Chancellor Olaf Brandt told reporters “We will see,” and left.",
            "Short “one” here.",
            "",
            "U.S.-based Acme Corp.’s CEO Jane Doe-Smith said: “It’s fine.” NoemKristi wrote \"two\" ‘three’ «four».",
            "x",
        ]
        var inPlace = ParagraphText()
        inPlace.reserve(longest: 40)
        for text in texts + texts.reversed() {
            inPlace.load(text)
            var scratch = ParagraphText.Scratch()
            let fresh = ParagraphText(text, scratch: &scratch)
            #expect(Array(inPlace.tokens.bytes.prefix(inPlace.length)) == Array(text.utf8))
            #expect(inPlace.spans == fresh.spans)
            #expect(inPlace.tokens.count == fresh.tokens.count)
            for k in 0..<min(inPlace.tokens.count, fresh.tokens.count) {
                let a = inPlace.tokens[k], b = fresh.tokens[k]
                #expect(a.kind == b.kind && a.start == b.start && a.end == b.end && a.stemEnd == b.stemEnd && a.key == b.key
                    && a.capitalized == b.capitalized && a.possessive == b.possessive && a.lists == b.lists)
            }
        }
    }

    @Test("lower-case runs are cut where the byte-by-byte rule cuts them")
    func wordEndsAcrossChunks() {
        // Words whose ends fall at every offset of an eight-byte chunk, and the glued-words seam.
        for length in 1...20 {
            let word = String(repeating: "x", count: length)
            let tokens = Tokenizer.tokens(Array("\(word) \(word)’s \(word)-\(word) \(word)Abcd.".utf8), spans: [])
            #expect(tokens.text(0) == word)
            #expect(tokens[1].possessive && tokens.text(1) == word)
            #expect(tokens.text(2) == "\(word)-\(word)")
        }
        let glued = Tokenizer.tokens(Array("the governor KristiNoemKristi spoke".utf8), spans: [])
        #expect((0..<glued.count).map { glued.printed($0) } == ["the", "governor", "Kristi", "Noem", "Kristi", "spoke"])
    }

    @Test("span word counts stop at four: fewer than three, three and more than three stay apart")
    func cappedWordCounts() {
        var scratch = ParagraphText.Scratch()
        let para = ParagraphText("“one two” “one two three” “one two three four five six” “— —”", scratch: &scratch)
        #expect(para.spans.map { para.wordCount(of: $0) } == [2, 3, 4, 0])
    }

    @Test("the key filter never rejects an inserted key")
    func keyFilter() {
        var bits = ByteSet([])
        let keys = ["wang", "zhigang", "ndrc", "smith", "a", "commission"].map(WordKey.of)
        for key in keys { bits.insert(lowByteOf: key) }
        for key in keys { #expect(bits.mayContain(lowByteOf: key)) }
        #expect(!ByteSet([]).mayContain(lowByteOf: WordKey.of("wang")))
    }

    @Test("a quote left open continues in the next paragraph with its speaker")
    func quoteSpanningParagraphs() {
        let q = QuoteFixtures.quotes([
            "Mayor Ana Ruiz spoke at the opening.",
            "“The bridge took four years to build,” Ruiz said. “It was worth the wait.",
            "“Traffic will fall by half,” she added.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"])
        #expect(q.map(\.continued) == [false, false, true])
    }

    @Test("a speaker named only in an earlier paragraph, and a pronoun pointing back to them")
    func earlierSpeakerAndPronoun() {
        let q = QuoteFixtures.quotes([
            "Professor Lena Okafor has studied the river for twenty years.",
            "The water level fell by a metre last summer, the lowest on record.",
            "“We have never seen anything like it,” Okafor said.",
            "She warned that the drought could return. “We need a plan for the dry years,” she said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Lena Okafor", "Lena Okafor"])
        #expect(q.first?.speaker?.role == "Professor")
    }

    @Test("the initials key of a long organisation name is the key of its initials, non-ASCII capitals included")
    func initialsKeyMatchesInitials() {
        let cases: [(String, String?)] = [
            ("National Development and Reform Commission", "NDRC"),
            ("Österreichische Rundfunk Anstalt Holding", "ÖRAH"),
            ("Ministry of the Interior", "MI"),
        ]
        for (name, initials) in cases {
            let bytes = Array(name.utf8)
            let tokens = Tokenizer.tokens(bytes, spans: [])
            let run = NameRun(first: 0, last: tokens.count, nameStart: 0, isOrganization: true, possessive: false, isAcronym: false)
            #expect(NameRuns.initialsKey(run, tokens) == initials.map(WordKey.of), "\(name)")
        }
    }
}
