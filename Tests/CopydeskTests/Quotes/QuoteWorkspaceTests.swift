@testable import Copydesk
import Foundation
import Testing

/// One `QuoteWorkspace` reused across articles (as a batch worker does) gives exactly the quotes a
/// fresh finder gives, whatever the order the articles come in; and the allocation-free run
/// look-ups give the runs of the collecting one.
@Suite("Quotes stage: a workspace reused across articles")
struct QuoteWorkspaceTests {
    /// Every article through one workspace, forwards then backwards, against a fresh finder each.
    static func expectSameWithWorkspace(_ articles: [Article], sourceLocation: SourceLocation = #_sourceLocation) {
        let finder = QuoteFinder()
        let fresh = articles.map { finder.quotes(in: $0) }
        var workspace = QuoteWorkspace()
        for (k, article) in articles.enumerated() {
            #expect(finder.quotes(in: article, reusing: &workspace) == fresh[k], "article \(k) forwards", sourceLocation: sourceLocation)
        }
        for (k, article) in articles.enumerated().reversed() {
            #expect(finder.quotes(in: article, reusing: &workspace) == fresh[k], "article \(k) backwards", sourceLocation: sourceLocation)
        }
    }

    /// Articles built from the parser fixtures and the dev corpus (when present).
    static func parsedArticles() throws -> [Article] {
        let inputs = try TestPaths.fixtureAndCorpusInputs()
        // Torture fixtures that are not text are left out (the parser refuses them).
        return inputs.compactMap { try? ArticleParser().parse(bytes: $0, id: "w") }
    }

    @Test("fixtures and the dev corpus: reused workspace == fresh finder, in both orders")
    func corpus() throws {
        let articles = try Self.parsedArticles()
        #expect(articles.count > 10)
        #expect(articles.contains { !QuoteFinder().quotes(in: $0).isEmpty })
        Self.expectSameWithWorkspace(articles)
    }

    @Test("seeded random articles with names, roles, pronouns and quotes: reused == fresh")
    func seededArticles() {
        let pieces = ["Wang Zhigang", "Wang", "the minister", "science minister Wang Zhigang", "He", "She", "They", "the NDRC",
                      "National Development and Reform Commission (NDRC)", "Jane Doe-Smith, a professor at Renmin University,",
                      "Coach (Frank) Vogel", "said", "told reporters", "added", "according to", "on Friday", "the plan", "and", ",", ".",
                      ":", "“We will go,”", "“Not now.”", "“a ‘strategic pillar’ of growth”", "\"Yes\"", "“open quote", "Acme Corp.",
                      "Mr. Lee", "one legal expert", "the actor", "the company", "Lee", "Doe-Smith", "its", "the US military"]
        var random = SeededMix(state: 0xA871_C1E5)
        var articles: [Article] = []
        for _ in 0..<120 {
            var paragraphs: [String] = []
            for _ in 0..<(1 + random.next(9)) {
                var words: [String] = []
                for _ in 0..<(1 + random.next(24)) { words.append(pieces[random.next(pieces.count)]) }
                paragraphs.append(words.joined(separator: " "))
            }
            articles.append(QuoteFixtures.article(paragraphs, headline: random.next(2) == 0 ? "Wang Zhigang and the NDRC" : nil))
        }
        // State that must not leak from one article to the next: an unnamed source ("one legal
        // expert") blocks "the expert" two paragraphs on, and an open quote continues in the next.
        articles.append(QuoteFixtures.article(["“We will go,” said one legal expert.", "“And then,” he said, “we will stay"]))
        articles.append(QuoteFixtures.article(["Legal expert John Smith spoke on Friday.", "“We will go,” the expert said."]))
        #expect(articles.contains { !QuoteFinder().quotes(in: $0).isEmpty })
        Self.expectSameWithWorkspace(articles)
    }

    @Test("first and last name runs without an array == the collected runs' first and last")
    func firstAndLastRuns() throws {
        var items: [Token] = [], spans: [QuoteSpan] = []
        for article in try Self.parsedArticles() {
            for block in article.body {
                let bytes = Array(block.text.utf8)
                let count = Tokenizer.tokens(bytes, findingSpans: &spans, into: &items)
                let tokens = TokenList(bytes: bytes, items: items, count: count)
                for start in stride(from: 0, to: max(count, 1), by: 3) {
                    for end in [min(count, start + 4), min(count, start + 11), count] where end >= start {
                        let runs = NameRuns.runs(tokens, in: start..<end)
                        let first = NameRuns.firstRun(tokens, in: start..<end), last = NameRuns.lastRun(tokens, in: start..<end)
                        #expect(first?.first == runs.first?.first && first?.last == runs.first?.last && first?.nameStart == runs.first?.nameStart)
                        #expect(last?.first == runs.last?.first && last?.last == runs.last?.last && last?.nameStart == runs.last?.nameStart)
                    }
                }
            }
        }
    }
}
