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

    /// Accepted spans in body order: by block, then by start.
    private(set) var placed: [Span] = []
    /// `placed[blockStart[b]..<blockStart[b + 1]]` are block `b`'s spans (empty when no quotes).
    private var blockStart: [Int] = []
    /// For every quote: whether it was marked up in the body.
    private(set) var marked: [Bool]

    /// Borrows the article (an initializer would otherwise take, so copy, all of it).
    init(_ article: borrowing Article) {
        let quotes = article.quotes
        marked = Array(repeating: false, count: quotes.count)
        guard !quotes.isEmpty else { return }
        // Quotes usually come in order already: sort (by index, never copying a quote) only when
        // not, and only then make the array of indices.
        func precedes(_ a: Int, _ b: Int) -> Bool {
            (quotes[a].paragraph, quotes[a].start, quotes[a].end, a) < (quotes[b].paragraph, quotes[b].start, quotes[b].end, b)
        }
        var sorted = true
        for k in quotes.indices.dropFirst() where !precedes(k - 1, k) { sorted = false; break }
        let order = sorted ? nil : quotes.indices.sorted(by: precedes)
        let blocks = article.body.count
        placed.reserveCapacity(quotes.count)
        blockStart = Array(repeating: 0, count: blocks + 1)
        var countedBlock = -1, scalarCount = 0
        for position in quotes.indices {
            let index = order?[position] ?? position
            let paragraph = quotes[index].paragraph, start = quotes[index].start, end = quotes[index].end
            guard paragraph >= 0, paragraph < blocks, start >= 0, end > start else { continue }
            // Spans come block by block, so each block's scalars are counted once.
            if paragraph != countedBlock {
                countedBlock = paragraph
                scalarCount = article.body[paragraph].text.unicodeScalarCount
            }
            guard end <= scalarCount else { continue }
            if let last = placed.last, quotes[last.quote].paragraph == paragraph, start < last.end { continue }
            placed.append(Span(quote: index, start: start, end: end))
            blockStart[paragraph + 1] += 1
            marked[index] = true
        }
        for block in 0..<blocks { blockStart[block + 1] += blockStart[block] }
    }

    /// Where body block `block`'s spans sit in `placed` (sorted by start).
    func range(in block: Int) -> Range<Int> {
        block + 1 < blockStart.count ? blockStart[block]..<blockStart[block + 1] : 0..<0
    }
}
