/// One quoted span inside a paragraph, found by `QuoteMarkScanner`. Offsets are UTF-8 byte
/// offsets; `scalarStart`/`scalarEnd` are the same positions in Unicode scalars (the model's unit).
struct QuoteSpan: Equatable {
    /// Byte offset of the opening mark.
    var open: Int
    /// Byte offset of the first quoted byte.
    var start: Int
    /// Byte offset just past the last quoted byte (the closing mark, or the paragraph's end).
    var end: Int
    /// Byte offset just past the closing mark (or `end` when unclosed).
    var after: Int
    /// `start` in Unicode scalars.
    var scalarStart: Int
    /// `end` in Unicode scalars.
    var scalarEnd: Int
    /// False when the paragraph ended before a closing mark.
    var closed: Bool
    /// True for the single-mark family (‘…’).
    var single: Bool
}

/// Finds quoted spans in one paragraph in a single pass over its UTF-8 bytes: “…”, "…", „…“, «…»
/// and ‘…’ (told apart from apostrophes such as China’s). Marks of the other family inside an open
/// quote are nested quotes and stay part of its text. An unbalanced mark closes at the paragraph end.
enum QuoteMarkScanner {
    /// Every top-level quoted span of `b`, in order.
    static func spans(in bytes: [UInt8]) -> [QuoteSpan] {
        bytes.withUnsafeBufferPointer { spans(in: $0) }
    }

    /// Every top-level quoted span of `b`, in order. Only the lead bytes of quotation marks
    /// (0x22, 0xC2, 0xE2) are looked at; scalar offsets are counted on demand, and the end of an
    /// unclosed quote is found by stepping back over spaces. With `firstOnly` the scan stops once
    /// a span is found (the spans up to it are those of the whole scan: a test for any span).
    static func spans(in b: Bytes, firstOnly: Bool = false) -> [QuoteSpan] {
        var found: [QuoteSpan] = []
        spans(in: b, firstOnly: firstOnly, into: &found)
        return found
    }

    /// `spans(in:firstOnly:)` appended to `spans`, which must be empty (a kept buffer: no
    /// allocation once it has room).
    static func spans(in b: Bytes, firstOnly: Bool, into spans: inout [QuoteSpan]) {
        var openAt = -1, openScalar = 0
        var opener: UInt32 = 0
        var single = false
        var counter = ScalarCounter()
        let n = b.count
        var i = 0
        while !(firstOnly && !spans.isEmpty) {
            i = nextLead(b, from: i)
            guard i < n else { break }
            let (v, length) = ByteClass.decode(b, i)
            guard v == 0x22 || v == 0xAB || v == 0xBB || (v >= 0x2018 && v <= 0x201F) else { i += length; continue }
            if openAt < 0 {
                if ByteClass.opensDouble(v) {
                    openAt = i + length; openScalar = counter.index(of: i, in: b) + 1; opener = v; single = false
                } else if v == 0x2018 && opensSingle(b, i, length) {
                    openAt = i + length; openScalar = counter.index(of: i, in: b) + 1; opener = v; single = true
                }
            } else if single {
                if v == 0x2019 && closesSingle(b, i, length) {
                    append(&spans, QuoteSpan(open: openAt - 3, start: openAt, end: i, after: i + length, scalarStart: openScalar,
                                             scalarEnd: counter.index(of: i, in: b), closed: true, single: true))
                    openAt = -1
                }
            } else if ByteClass.closesDouble(v, opener: opener) && !(v == 0x22 && opener != 0x22 && isOpeningPosition(b, i, length)) {
                append(&spans, QuoteSpan(open: openAt - markLength(opener), start: openAt, end: i, after: i + length,
                                         scalarStart: openScalar, scalarEnd: counter.index(of: i, in: b), closed: true, single: false))
                openAt = -1
            } else if v == 0x201C && opener == 0x201C && isOpeningPosition(b, i, length) {
                // A second opening mark while one is open: the first quote was left unclosed.
                let (end, endScalar) = unclosedEnd(b, before: i, openAt: openAt, openScalar: openScalar, counter: &counter)
                append(&spans, QuoteSpan(open: openAt - 3, start: openAt, end: end, after: end, scalarStart: openScalar,
                                         scalarEnd: endScalar, closed: false, single: false))
                openAt = i + length; openScalar = counter.index(of: i, in: b) + 1
            }
            i += length
        }
        if openAt >= 0, !(firstOnly && !spans.isEmpty) {
            let (end, endScalar) = unclosedEnd(b, before: n, openAt: openAt, openScalar: openScalar, counter: &counter)
            append(&spans, QuoteSpan(open: openAt - markLength(opener), start: openAt, end: end, after: end, scalarStart: openScalar,
                                     scalarEnd: endScalar, closed: false, single: single))
        }
    }

    /// Empties `spans` in place, capacity kept: one `removeLast` per span (a block holds a few),
    /// cheaper than `removeAll(keepingCapacity:)`, which replaces the whole range.
    @inline(__always)
    static func empty(_ spans: inout [QuoteSpan]) {
        while !spans.isEmpty { spans.removeLast() }
    }

    /// Keeps non-empty spans only.
    @inline(__always)
    static func append(_ spans: inout [QuoteSpan], _ span: QuoteSpan) {
        guard span.end > span.start else { return }
        // One allocation for most paragraphs; a kept buffer already has the room (no call).
        if spans.capacity < 8 { spans.reserveCapacity(8) }
        spans.append(span)
    }

    /// Where a quote opened at `openAt` and left unclosed before byte `i` ends: past the last
    /// non-space scalar before `i`, and never before `openAt`.
    static func unclosedEnd(_ b: Bytes, before i: Int, openAt: Int, openScalar: Int,
                                    counter: inout ScalarCounter) -> (Int, Int) {
        var k = i
        while k > openAt, ByteClass.isSpace(ByteClass.scalar(before: k, in: b)) { k = ByteClass.previous(b, k) }
        return k > openAt ? (k, counter.index(of: k, in: b)) : (openAt, openScalar)
    }
}
