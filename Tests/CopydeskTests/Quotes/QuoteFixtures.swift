@testable import Copydesk
import Testing

/// Small helpers for the quotes tests: build an article from paragraphs and check offsets.
enum QuoteFixtures {
    static func article(_ paragraphs: [String], headline: String? = nil) -> Article {
        var article = Article(id: "t", source: Source(path: nil, sha256: "", bytes: 0, encoding: "utf-8"))
        article.headline = headline
        article.body = paragraphs.map { BodyBlock(kind: .paragraph, text: $0) }
        return article
    }

    /// One quote as the probe-round tests compare it: its text, the speaker's name, role and kind, and the cue.
    struct Row: Equatable {
        var text: String, name: String?, role: String?, kind: Speaker.Kind?, cue: String?
    }

    /// The rows of `quotes`, in order.
    static func rows(_ quotes: [Quote]) -> [Row] {
        quotes.map { Row(text: $0.text, name: $0.speaker?.name, role: $0.speaker?.role, kind: $0.speaker?.kind, cue: $0.cue) }
    }

    static func quotes(_ paragraphs: [String], headline: String? = nil) -> [Quote] {
        let article = article(paragraphs, headline: headline)
        let quotes = QuoteFinder().quotes(in: article)
        for quote in quotes { expectOffsets(quote, in: article) }
        return quotes
    }

    /// `Array(text.unicodeScalars)[start..<end]` must be the quote's text.
    static func expectOffsets(_ quote: Quote, in article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(article.body[quote.paragraph].text.unicodeScalars)
        #expect(quote.start >= 0 && quote.end <= scalars.count && quote.start < quote.end, sourceLocation: sourceLocation)
        guard quote.start >= 0, quote.end <= scalars.count, quote.start < quote.end else { return }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[quote.start..<quote.end])
        #expect(String(view) == quote.text, sourceLocation: sourceLocation)
    }

    static func spans(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let scalars = Array(text.unicodeScalars)
        return QuoteMarkScanner.spans(in: bytes).map { span in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.scalarStart..<span.scalarEnd])
            let byScalars = String(view)
            #expect(byScalars == String(decoding: bytes[span.start..<span.end], as: UTF8.self))
            return byScalars
        }
    }
}
