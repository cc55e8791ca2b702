@testable import Copydesk
import Testing

/// The fourteenth pass's changes against the plain rules they stand for: an entity's speaker built
/// with its role read by an `if let` (no method reference capturing the table), and the resolver's
/// and table's look-ups read in place (`mutating`, so no copy of the table is made for a call), and
/// names copied into a text buffer that only grows (`textCount` its bytes) instead of appended.
@Suite("Quotes stage: speakers and look-ups read from the table in place")
struct QuoteStageFourteenthPassTests {
    static let texts = [
        "Science minister Wang Zhigang said the plan would work, and Li Keqiang agreed.",
        "The National Development and Reform Commission (NDRC) and US President Donald Trump met Coach (Frank) Vogel.",
        "Acme Corp’s chief executive Jane Doe, the company’s founder, spoke to Hong Kong reporters.",
    ]

    @Test("an entity's speaker has its name, its own role or else the fallback, and its kind")
    func speakerMatchesPlainRule() {
        for text in Self.texts {
            var para = ParagraphText()
            para.load(text)
            var table = EntityTable()
            table.add(tokens: para.tokens, paragraph: -1)
            #expect(!table.entities.isEmpty, "\(text)")
            for i in table.entities.indices {
                let e = table.entities[i]
                for fallback in [nil, "spokesman"] as [String?] {
                    let speaker = table.speaker(i, fallbackRole: fallback)
                    let role: String? = e.role.map { table.text($0) } ?? fallback
                    #expect(speaker == Speaker(name: table.text(e.name), role: role, kind: e.kind), "\(text) entity \(i)")
                }
            }
        }
    }

    @Test("text stored in the growing buffer is the joined words, across growth and emptying")
    func storedTextMatchesJoinedWords() {
        var random = SeededMix(state: 0x14_7E57)
        let pieces = ["Wang ", "Zhigang’s ", "U.S. ", "Acme Corp. ", "minister ", "é ", "a ", "well-known ", "(NDRC) ", "“x” "]
        var table = EntityTable()
        for round in 0..<200 {
            if round % 50 == 49 { table.removeAll() }
            let text = random.text(pieces, upTo: 30)
            var para = ParagraphText()
            para.load(text)
            let tokens = para.tokens
            guard tokens.count > 0 else { continue }
            let lower = random.next(tokens.count), upper = lower + random.next(tokens.count - lower + 1)
            for printed in [false, true] {
                let range = table.storeText(lower..<upper, tokens, printed: printed)
                #expect(table.text(range) == tokens.joined(lower..<upper, printed: printed), "\(text.debugDescription) \(lower)..<\(upper)")
            }
            // The bracketed-name form: chosen words one space apart, without possessive endings.
            let indices = (lower..<upper).filter { tokens[$0].isWord }
            let range = table.storeText(indices, tokens)
            #expect(table.text(range) == indices.map { tokens.text($0) }.joined(separator: " "), "\(text.debugDescription)")
        }
        #expect(table.textStore.count >= table.textCount)
    }

    @Test("quotes found with a reused workspace equal those of a fresh one, article after article")
    func reusedWorkspaceMatchesFresh() {
        let bodies = [
            ["Wang Zhigang, the science minister, spoke on Monday.", "“We will win,” he said. “It is certain.”",
             "The minister added: “Nothing will stop us.”"],
            ["“Prices will rise,” the NDRC said.", "Li Keqiang agreed. “It is so,” Li said, according to Xinhua."],
        ]
        var workspace = QuoteWorkspace()
        for round in 0..<3 {
            for body in bodies {
                var article = Article(id: "a\(round)", source: Source(path: nil, sha256: "", bytes: 0, encoding: "utf-8"))
                article.body = body.map { BodyBlock(kind: .paragraph, text: $0) }
                let fresh = QuoteFinder().quotes(in: article)
                let reused = QuoteFinder().quotes(in: article, reusing: &workspace)
                #expect(fresh == reused)
                #expect(!fresh.isEmpty)
            }
        }
    }
}
