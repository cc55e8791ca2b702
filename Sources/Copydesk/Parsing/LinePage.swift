/// The page a parse reads its lines from: the decoded text and that text's contiguous UTF-8. A line of
/// `TextLine.lines(in:)` holds only its offsets (`start..<end`) and facts, no string: its bytes are read here in place
/// and its `Substring` is made only where a rule needs one.
///
/// Memory: `utf8` points into `base`'s storage and is valid only inside the `withUTF8` (or
/// `withContiguousStorageIfAvailable`) call that made this page; a `LinePage` is passed down the call stack of that
/// call and never stored, returned or captured by an escaping closure.
struct LinePage {
    /// The decoded text the lines were split from.
    let base: String
    /// `base`'s UTF-8, borrowed for the parse (see the type's comment).
    let utf8: UnsafeBufferPointer<UInt8>

    /// A page over `base`, whose contiguous UTF-8 is `utf8`.
    @inline(__always)
    init(base: String, utf8: UnsafeBufferPointer<UInt8>) {
        self.base = base
        self.utf8 = utf8
    }

    /// The UTF-8 bytes of `line` (a line of this page), read in place.
    @inline(__always)
    func bytes(_ line: borrowing TextLine) -> UnsafeBufferPointer<UInt8> {
        let (start, end) = (line.start, line.end)
        assert(start <= end && end <= utf8.count, "a line of another page")
        return UnsafeBufferPointer(start: utf8.baseAddress.map { $0 + start }, count: end &- start)
    }

    /// The text of `line` (a line of this page) as a `Substring` of `base`, made on each call.
    @inline(__always)
    func text(_ line: borrowing TextLine) -> Substring {
        LineSplitter.substring(of: base, line.start, line.end)
    }
}
