/// Discarded lines written straight into storage reserved for the walk: `takeAll` makes the entries array with room
/// for one entry per line and the walk stores each entry through a pointer (no uniqueness check, capacity test or
/// array bookkeeping per line); the array then becomes the article's entries.
extension ArticleBuilder {
    /// The walk's discarded entries: `count` of `capacity` slots at `base` written (no storage outside a walk).
    struct DiscardSink {
        var base: UnsafeMutablePointer<DiscardedLines.Entry>?
        var count = 0
        var capacity = 0
    }

    /// Sets `line` aside: its text is kept as its range of the parsed text (`DiscardedLines.base`; see `lineText(of:)`).
    mutating func discard(_ line: TextLine, _ reason: DiscardReason) {
        assert(line.end <= article.discardedLines.base.utf8.count, "a page's line beyond the discarded lines' base")
        discard(number: line.number, start: line.start, end: line.end, reason)
    }

    /// `discard(_:_:)` for the line at `line`, read in place, whose text is in `text` (see `take`): the UTF-8 of
    /// the article's `discardedLines.base`, so the line's text is kept as its range there (no String is made).
    @inline(__always)
    mutating func discard(at line: UnsafePointer<TextLine>, text: UnsafeBufferPointer<UInt8>, _ reason: DiscardReason) {
        assert(text.count == article.discardedLines.base.utf8.count, "the lines' text is not the discarded lines' base")
        discard(number: line.pointee.number, start: line.pointee.start, end: line.pointee.end, reason)
    }

    /// Appends an entry: into the walk's storage while it has room, else to the article's entries (outside a walk,
    /// or past the walk's room, which one entry per line never fills; `takeAll` keeps the order).
    @inline(__always)
    private mutating func discard(number: Int, start: Int, end: Int, _ reason: DiscardReason) {
        if discards.count < discards.capacity, let base = discards.base {
            (base + discards.count).initialize(to: DiscardedLines.Entry(line: number, start: start, end: end, reason: reason, inOwn: false))
            discards.count &+= 1
        } else {
            article.discardedLines.append(line: number, start: start, end: end, reason: reason)
        }
    }

    /// Runs `walk` with room for `lines` discarded entries, then puts the entries it wrote where they belong among the
    /// article's: after those made before the walk, before any that did not fit.
    @inline(__always)
    mutating func withDiscardStorage(lines: Int, _ walk: (inout ArticleBuilder) -> Void) {
        let before = article.discardedLines.count
        let walked = [DiscardedLines.Entry](unsafeUninitializedCapacity: lines) { buffer, count in
            discards = DiscardSink(base: buffer.baseAddress, count: 0, capacity: buffer.baseAddress == nil ? 0 : buffer.count)
            walk(&self)
            count = discards.count
            discards = DiscardSink()
        }
        article.discardedLines.insert(walked, at: before)
    }
}
