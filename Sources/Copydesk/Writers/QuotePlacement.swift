/// Where each of an article's quotes can be marked up in its body block.
///
/// A quote is placed when its `paragraph` names a body block and `start..<end` is a non-empty
/// range of Unicode scalars inside that block's text that does not overlap a quote placed before
/// it (quotes are taken in order of paragraph, start, end). Anything else — out-of-range
/// offsets, empty or reversed ranges, nested or overlapping quotes — is left unmarked: the text
/// is written unchanged and the quote still appears in the structured metadata.
struct QuotePlacement {
    /// A quote accepted for markup: its index in `Article.quotes` and its scalar range.
    struct Span {
        /// Index into `Article.quotes`.
        let quote: Int
        /// First scalar of the quoted words.
        let start: Int
        /// Scalar just past the quoted words.
        let end: Int
    }

    /// Accepted spans per body block, sorted by start (empty arrays when the article has no quotes).
    private(set) var spans: [[Span]]
    /// For every quote: whether it was marked up in the body.
    private(set) var marked: [Bool]

    init(_ article: Article) {
        marked = Array(repeating: false, count: article.quotes.count)
        guard !article.quotes.isEmpty else { spans = []; return }
        spans = Array(repeating: [], count: article.body.count)
        let order = article.quotes.indices.sorted { a, b in
            let x = article.quotes[a], y = article.quotes[b]
            return (x.paragraph, x.start, x.end, a) < (y.paragraph, y.start, y.end, b)
        }
        var scalarCounts: [Int: Int] = [:]
        for index in order {
            let quote = article.quotes[index]
            guard article.body.indices.contains(quote.paragraph), quote.start >= 0, quote.end > quote.start else { continue }
            let count: Int
            if let known = scalarCounts[quote.paragraph] { count = known } else {
                count = article.body[quote.paragraph].text.unicodeScalarCount
                scalarCounts[quote.paragraph] = count
            }
            guard quote.end <= count else { continue }
            if let last = spans[quote.paragraph].last, quote.start < last.end { continue }
            spans[quote.paragraph].append(Span(quote: index, start: quote.start, end: quote.end))
            marked[index] = true
        }
    }

    /// The spans placed in body block `block`.
    func spans(in block: Int) -> [Span] {
        block < spans.count ? spans[block] : []
    }
}
