/// Where each of an article's quotes can be marked up in its body block.
///
/// A quote is placed when its `paragraph` names a body block and `start..<end` is a non-empty
/// range of Unicode scalars inside that block's text that does not overlap a quote placed before
/// it (quotes are taken in order of paragraph, start, end). Anything else — out-of-range
/// offsets, empty or reversed ranges, nested or overlapping quotes — is left unmarked: the text
/// is written unchanged and the quote still appears in the structured metadata.
struct QuotePlacement {
    /// A quote accepted for markup: its index in `Article.quotes`, its scalar range and the same
    /// range in UTF-8 bytes of the block's text.
    struct Span {
        /// Index into `Article.quotes`.
        let quote: Int
        /// The body block the quote sits in (its `paragraph`).
        let block: Int
        /// First scalar of the quoted words.
        let start: Int
        /// Scalar just past the quoted words.
        let end: Int
        /// `start` and `end` as UTF-8 byte offsets into the block's text.
        let byteStart: Int, byteEnd: Int
    }

    /// Accepted spans in body order: by block, then by start (`XHTMLBody` walks them block by block).
    private(set) var placed: [Span] = []
    /// Bit `i` set: quote `i` was marked up in the body (quotes 0–63; the rest in `laterMarks`).
    private var firstMarks: UInt64 = 0
    /// Marks of quotes 64 and later, made only for articles with that many quotes.
    private var laterMarks: [Bool] = []

    /// For every quote: whether it was marked up in the body.
    var marked: [Bool] { (0..<quoteCount).map(isMarked) }
    private var quoteCount = 0

    /// True when quote `index` was marked up in the body.
    @inline(__always) func isMarked(_ index: Int) -> Bool {
        index < 64 ? firstMarks & (1 &<< UInt64(index)) != 0 : laterMarks[index - 64]
    }

    /// Borrows the article (an initializer would otherwise take, so copy, all of it).
    init(_ article: borrowing Article) {
        let quotes = article.quotes
        quoteCount = quotes.count
        if quotes.count > 64 { laterMarks = Array(repeating: false, count: quotes.count - 64) }
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
        // Spans come block by block and, within one, in order: one forward walk over each block's
        // bytes (from the last accepted span's end) finds their byte offsets and checks that `end`
        // is inside the text; a walk that reaches the end learns the block's scalar count.
        var walkedBlock = -1, cursor = (byte: 0, scalar: 0), knownScalars = Int.max
        // Block texts read in place (`StoredText`): passing one on would retain and release it.
        StoredText.elements(article.body) { texts in
            for position in quotes.indices {
                let index = order?[position] ?? position
                let paragraph = quotes[index].paragraph, start = quotes[index].start, end = quotes[index].end
                guard paragraph >= 0, paragraph < blocks, start >= 0, end > start else { continue }
                if paragraph != walkedBlock { walkedBlock = paragraph; cursor = (0, 0); knownScalars = .max }
                if let last = placed.last, last.block == paragraph, start < last.end { continue }
                guard end <= knownScalars else { continue }
                let found = StoredText.bytes(&texts[paragraph].text) { bytes in
                    let first = ScalarOffsets.advance(bytes, byte: cursor.byte, scalar: cursor.scalar, to: start)
                    let past = ScalarOffsets.advance(bytes, byte: first.0, scalar: first.1, to: end)
                    return (first.0, past.0, past.1)
                }
                guard found.2 == end else { knownScalars = found.2; continue }  // the text has fewer scalars
                cursor = (found.1, end)
                placed.append(Span(quote: index, block: paragraph, start: start, end: end, byteStart: found.0, byteEnd: found.1))
                if index < 64 { firstMarks |= 1 &<< UInt64(index) } else { laterMarks[index - 64] = true }
            }
        }
    }

    /// Where body block `block`'s spans sit in `placed` (sorted by start), for blocks taken in
    /// order: `cursor` starts at 0 and is moved past the block's spans.
    @inline(__always) func range(in block: Int, from cursor: inout Int) -> Range<Int> {
        let first = cursor
        while cursor < placed.count, placed[cursor].block == block { cursor += 1 }
        return first..<cursor
    }
}
