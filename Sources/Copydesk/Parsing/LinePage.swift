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
        assert(line.start <= line.end && line.end <= utf8.count, "a line of another page")
        return UnsafeBufferPointer(start: utf8.baseAddress.map { $0 + line.start }, count: line.end &- line.start)
    }

    /// The text of `line` (a line of this page) as a `Substring` of `base`, made on each call.
    @inline(__always)
    func text(_ line: borrowing TextLine) -> Substring {
        LineSplitter.substring(of: base, line.start, line.end)
    }

    /// Calls `body` with the page of `text` (made contiguous first when it is not).
    static func with<R>(_ text: String, _ body: (LinePage) -> R) -> R {
        if let found = text.utf8.withContiguousStorageIfAvailable({ body(LinePage(base: text, utf8: $0)) }) { return found }
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let base = contiguous
        return contiguous.withUTF8 { body(LinePage(base: base, utf8: $0)) }
    }
}

extension TextLine {
    /// Calls `body` with the page of a line made on its own (`init(number:text:)`, `lines(of:)`), which keeps the
    /// string it was split from. A line of `lines(in:)` keeps none: its page is passed along with it.
    func withOwnPage<R>(_ body: (LinePage) -> R) -> R {
        guard let owner else { preconditionFailure("a line of lines(in:) is read through the page it was split from") }
        return LinePage.with(owner, body)
    }

    /// Calls `body` with the UTF-8 bytes of a line made on its own (see `withOwnPage`).
    func withOwnBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withOwnPage { body($0.bytes(self)) }
    }
}

extension UnsafeBufferPointer where Element == TextLine {
    /// Calls `body` with the page of lines made on their own, all split from one string (`TextLine.lines(of:)`).
    func withOwnPage<R>(_ body: (LinePage) -> R) -> R {
        guard let first = first else { return LinePage.with("", body) }
        precondition(allSatisfy { $0.owner == first.owner }, "lines of different strings have no one page")
        return first.withOwnPage(body)
    }
}
