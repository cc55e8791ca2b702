@testable import Copydesk
import Testing

/// The tenth pass's changes against the plain rules they stand for: the in-place byte copy of
/// `ParagraphText.load`, the span word counts written over a reused buffer, the first-span scan
/// that decides which blocks hold a quote, the entity table's stores, and the token facts the
/// name-run and sentence-subject scans now lean on (only words are capitalised or carry list bits).
@Suite("Quotes stage: in-place paragraph copy and reused span counts")
struct QuoteStageTenthPassTests {
    /// Quote marks of every kind, apostrophes and a few words: the pieces of the random blocks the span tests scan.
    static let quoteMarkPieces = ["“", "”", "\"", "‘", "’", "„", "«", "»", "'", "a", "b c", " ", " ", "said", "China’s", "‘x’", "\"\"", "“”",
                                  "é", ".", ","]

    @Test("the scan stopped at the first span finds one exactly when the whole scan does, and the same first span")
    func firstSpanOnly() {
        var random = SeededMix(state: 0xF1_125A)
        let pieces = Self.quoteMarkPieces
        var found = 0
        for _ in 0..<8000 {
            let bytes = Array(random.text(pieces, upTo: 24).utf8)
            let all = QuoteMarkScanner.spans(in: bytes)
            let first = bytes.withUnsafeBufferPointer { QuoteMarkScanner.spans(in: $0, firstOnly: true) }
            #expect(first.isEmpty == all.isEmpty && first.first == all.first, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            // straight single quotes count too where no other mark stands (`ASCIISingleQuotes`)
            let single = bytes.withUnsafeBufferPointer { ASCIISingleQuotes.pairs(in: $0) } > 0
            #expect(QuoteFinder.holdsQuote(String(decoding: bytes, as: UTF8.self)) == (!all.isEmpty || single))
            if !all.isEmpty { found += 1 }
        }
        #expect(found > 2000)
    }

    @Test("names' keys stored one run after another are each run's keys, in order")
    func storedKeys() {
        let tokens = Tokenizer.tokens(Array("Wang Zhigang met Anna Lopez, NDRC head, and Kim Park Chen’s aide.".utf8), spans: [])
        var table = EntityTable()
        var stored: [(Range<Int>, Range<Int>)] = []
        for round in 0..<40 {
            let lower = round % tokens.count, upper = min(tokens.count, lower + round % 5)
            stored.append((lower..<upper, table.storeKeys(lower..<upper, tokens)))
        }
        for (source, range) in stored {
            #expect(Array(table.keyStore[range]) == source.map { tokens[$0].key }, "\(source)")
        }
    }

    @Test("only word tokens are capitalised or carry word-list bits, so list and capital tests need no kind test")
    func onlyWordsMarked() {
        var random = SeededMix(state: 0x0B_11575)
        let pieces = ["He", "he", "said", "says", "The", "of", "de", "van", "US", "U.S.", "Dr.", "Wang", "Zhigang’s", "it's", "3M",
                      "“", "”", "\"", "‘", "’", "(", ")", ",", ".", ":", ";", "!", "—", "-", "…", "é", "É", " ", " ", "  ", "\t"]
        var items: [Token] = [], spans: [QuoteSpan] = []
        var marked = 0
        for _ in 0..<4000 {
            let text = random.text(pieces, upTo: 30)
            let count = Tokenizer.tokens(Array(text.utf8), findingSpans: &spans, into: &items)
            for k in 0..<count where items[k].capitalized || items[k].lists != 0 {
                #expect(items[k].kind == .word, "\(text.debugDescription) token \(k)")
                marked += 1
            }
            let plain = Tokenizer.tokens(Array(text.utf8), spans: QuoteMarkScanner.spans(in: Array(text.utf8)))
            for k in 0..<plain.count where plain[k].capitalized || plain[k].lists != 0 {
                #expect(plain[k].kind == .word, "\(text.debugDescription) plain token \(k)")
            }
            // The name-word test without a kind test agrees with the one with it.
            for k in 0..<count {
                let t = items[k]
                #expect(NameRuns.isNameWord(t) == (t.isWord && t.capitalized && !t.isIn(WordLists.notName)))
            }
        }
        #expect(marked > 3000)
    }

    @Test("the bracketed acronym after a run, tested up to the bracket inline, == the plain rule")
    func bracketedAcronym() {
        var random = SeededMix(state: 0xAC_2014)
        let pieces = ["(NDRC)", "(UK)", "(a)", "(Ab)", "(", ")", "[US]", "NDRC", "Wang", "said", " ", " ", ",", "(FBI’s)", "(U.S.)",
                      "(3M)", "(X)", "(ÖBB)", "the", "Commission"]
        let table = EntityTable()
        for _ in 0..<4000 {
            let tokens = Tokenizer.tokens(Array(random.text(pieces, upTo: 12).utf8), spans: [])
            for end in 0...tokens.count {
                let plain: String? = end + 2 < tokens.count && tokens[end].kind == .openParen && tokens[end + 1].isWord
                    && tokens[end + 2].kind == .closeParen && NameRuns.isAcronym(tokens, end + 1) ? tokens.text(end + 1) : nil
                #expect(table.explicitAcronym(after: end, tokens) == plain)
            }
        }
    }

    @Test("copying into a reused buffer of any length gives exactly the source bytes, in front of the buffer")
    func inPlaceCopy() {
        var random = SeededMix(state: 0x10_7A55)
        var buffer: [UInt8] = []
        for round in 0..<3000 {
            let length = random.next(round % 7 == 0 ? 400 : 40)
            let source = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next(256)) }
            // The buffer only grows: its first `length` bytes are the source's.
            let copied = source.withUnsafeBufferPointer { ParagraphText.copy($0, into: &buffer) }
            #expect(copied == length && buffer.count >= length, "round \(round): \(length) bytes")
            #expect(Array(buffer.prefix(length)) == source, "round \(round): \(length) bytes")
        }
    }

    @Test("paragraphs loaded one after another into one workspace: the tokens of a fresh load")
    func reusedLoads() {
        let texts = ["“We will win,” said Wang Zhigang, the minister.", "", "Short.",
                     "A much longer paragraph with “several quotes” and “more” of them, said Anna Lopez of the NDRC.",
                     "é", "“Unclosed quote runs on", "x"]
        var reused = ParagraphText()
        for round in 0..<60 {
            let text = texts[(round * 5) % texts.count]
            reused.load(text)
            var fresh = ParagraphText()
            fresh.load(text)
            #expect(Array(reused.tokens.bytes.prefix(reused.length)) == Array(text.utf8), "\(text)")
            #expect(reused.tokens.count == fresh.tokens.count && reused.spans == fresh.spans, "\(text)")
            for k in 0..<fresh.tokens.count {
                let a = reused.tokens[k], b = fresh.tokens[k]
                #expect(a.kind == b.kind && a.start == b.start && a.end == b.end && a.stemEnd == b.stemEnd && a.key == b.key
                        && a.lists == b.lists && a.capitalized == b.capitalized && a.possessive == b.possessive, "\(text) token \(k)")
            }
        }
    }

    @Test("quotes found with one reused workspace equal those found with a fresh one, article after article")
    func reusedWorkspace() {
        let bodies = [["Officials said.", "“We will win,” said Wang Zhigang, the minister. “Soon.”", "He added: “Yes.”"],
                      ["“One,” she said. “Two,” he said. “Three words here,” they said."],
                      ["No quotes here at all.", "“Only this one is quoted and long enough,” said Anna Lopez."]]
        let articles = (0..<9).map { round in
            var article = Article(id: "a\(round)", source: Source(path: nil, sha256: "", bytes: 0, encoding: "utf-8"))
            article.body = bodies[round % bodies.count].map { BodyBlock(kind: .paragraph, text: $0) }
            return article
        }
        QuoteWorkspaceTests.expectSameWithWorkspace(articles)
    }
}
