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
        let quotes = article.quotes
        marked = Array(repeating: false, count: quotes.count)
        guard !quotes.isEmpty else { spans = []; return }
        spans = Array(repeating: [], count: article.body.count)
        // Quotes usually come in order already: sort (by index, never copying a quote) only when not.
        var order = Array(quotes.indices)
        func precedes(_ a: Int, _ b: Int) -> Bool {
            (quotes[a].paragraph, quotes[a].start, quotes[a].end, a) < (quotes[b].paragraph, quotes[b].start, quotes[b].end, b)
        }
        if !zip(order, order.dropFirst()).allSatisfy({ precedes($0, $1) }) { order.sort(by: precedes) }
        var scalarCounts = [Int](repeating: -1, count: article.body.count)
        for index in order {
            let paragraph = quotes[index].paragraph, start = quotes[index].start, end = quotes[index].end
            guard paragraph >= 0, paragraph < scalarCounts.count, start >= 0, end > start else { continue }
            if scalarCounts[paragraph] < 0 { scalarCounts[paragraph] = article.body[paragraph].text.unicodeScalarCount }
            guard end <= scalarCounts[paragraph] else { continue }
            if let last = spans[paragraph].last, start < last.end { continue }
            spans[paragraph].append(Span(quote: index, start: start, end: end))
            marked[index] = true
        }
    }

    /// The spans placed in body block `block`.
    func spans(in block: Int) -> [Span] {
        block < spans.count ? spans[block] : []
    }
}
