/// The scanner's lead-byte search, and one quote read from its opening mark (for the tokenizer,
/// which finds the opening marks itself in the same pass as the words).
extension QuoteMarkScanner {
    /// The first byte at or after `start` that is 0x22, 0xC2 or 0xE2 (`b.count` when there is none).
    @inline(__always)
    static func nextLead(_ b: Bytes, from start: Int) -> Int {
        let n = b.count
        var i = start
        while i < n {
            // Thirty-two, then sixteen bytes per step; the last sixteen bytes of the block are read
            // as one overlapping chunk. A lane is all ones where the byte is a lead byte, so the
            // first one is found from the lanes read as two words (first byte lowest).
            if n &- i >= 32 {
                let p = b.baseAddress! + i
                let first = leadLanes(ByteLanes.load(p)), second = leadLanes(ByteLanes.load(p + 16))
                if first.0 | first.1 | second.0 | second.1 == 0 { i &+= 32; continue }
                i &+= first.0 | first.1 != 0 ? firstLane(first) : 16 &+ firstLane(second)
            } else if n &- i >= 16 {
                let lanes = leadLanes(ByteLanes.load(b.baseAddress! + i))
                if lanes.0 | lanes.1 == 0 { i &+= 16; continue }
                i &+= firstLane(lanes)
            } else if n >= 16 {
                // Fewer than sixteen bytes left: the block's last sixteen, lanes before `i` cleared.
                let start = n &- 16, skip = i &- start
                var lanes = leadLanes(ByteLanes.load(b.baseAddress! + start))
                if skip >= 8 { lanes.0 = 0; lanes.1 &= ~0 &<< UInt64(truncatingIfNeeded: (skip &- 8) &* 8) } else {
                    lanes.0 &= ~0 &<< UInt64(truncatingIfNeeded: skip &* 8)
                }
                if lanes.0 | lanes.1 == 0 { return n }
                i = start &+ firstLane(lanes)
            } else if n - i >= 8 {
                let marks = leadMask(UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self).littleEndian)
                if marks == 0 { i += 8; continue }
                i += marks.trailingZeroBitCount >> 3
            }
            let byte = b[i]
            if byte == 0x22 || byte == 0xE2 || byte == 0xC2 { return i }
            i += 1
        }
        return n
    }

    /// What reading a quote from its opening mark gave: where the tokenizer goes on, and whether
    /// a span was appended (an empty quote is not).
    struct Opened {
        /// The byte offset after the quote (`after` of its span; past the opening mark when empty).
        var resume: Int
        /// True when the quote's span was appended.
        var kept: Bool
    }

    /// For the mark whose lead byte (0x22, 0xC2 or 0xE2) is at `i`, outside any quote: nil when it
    /// opens no quote; otherwise the quote is read to its end by the rules of `spans(in:)` and its
    /// span appended to `spans` when not empty. `counter` must not have counted past `i`.
    @inline(__always)
    static func quote(openingAt i: Int, in b: Bytes, counter: inout ScalarCounter, spans: inout [QuoteSpan]) -> Opened? {
        let (v, length) = ByteClass.decode(b, i)
        let single: Bool
        if ByteClass.opensDouble(v) { single = false } else if v == 0x2018 && opensSingle(b, i, length) { single = true } else {
            return nil
        }
        return readQuote(b, opener: v, at: i, length: length, single: single, counter: &counter, spans: &spans)
    }

    /// The open-quote half of `spans(in:)`: from the mark at `at` to the mark that closes it, a
    /// second opening “ (the first quote is left unclosed) or the end of the block.
    private static func readQuote(_ b: Bytes, opener: UInt32, at: Int, length: Int, single: Bool,
                                  counter: inout ScalarCounter, spans: inout [QuoteSpan]) -> Opened {
        let openAt = at + length, openScalar = counter.index(of: at, in: b) + 1
        let n = b.count, before = spans.count
        var i = openAt
        while true {
            i = nextLead(b, from: i)
            guard i < n else { break }
            let (v, length) = ByteClass.decode(b, i)
            guard v == 0x22 || v == 0xAB || v == 0xBB || (v >= 0x2018 && v <= 0x201F) else { i += length; continue }
            if single {
                if v == 0x2019 && closesSingle(b, i, length) {
                    append(&spans, QuoteSpan(open: openAt - 3, start: openAt, end: i, after: i + length, scalarStart: openScalar,
                                             scalarEnd: counter.index(of: i, in: b), closed: true, single: true))
                    return Opened(resume: i + length, kept: spans.count > before)
                }
            } else if ByteClass.closesDouble(v, opener: opener) && !(v == 0x22 && opener != 0x22 && isOpeningPosition(b, i, length)) {
                append(&spans, QuoteSpan(open: openAt - markLength(opener), start: openAt, end: i, after: i + length,
                                         scalarStart: openScalar, scalarEnd: counter.index(of: i, in: b), closed: true, single: false))
                return Opened(resume: i + length, kept: spans.count > before)
            } else if v == 0x201C && opener == 0x201C && isOpeningPosition(b, i, length) {
                // A second opening mark: this quote was left unclosed; the tokenizer meets the new
                // mark again after the spaces before it and opens the next quote there.
                let (end, endScalar) = unclosedEnd(b, before: i, openAt: openAt, openScalar: openScalar, counter: &counter)
                append(&spans, QuoteSpan(open: openAt - 3, start: openAt, end: end, after: end, scalarStart: openScalar,
                                         scalarEnd: endScalar, closed: false, single: false))
                return Opened(resume: end, kept: spans.count > before)
            }
            i += length
        }
        let (end, endScalar) = unclosedEnd(b, before: n, openAt: openAt, openScalar: openScalar, counter: &counter)
        append(&spans, QuoteSpan(open: openAt - markLength(opener), start: openAt, end: end, after: end, scalarStart: openScalar,
                                 scalarEnd: endScalar, closed: false, single: single))
        return Opened(resume: end, kept: spans.count > before)
    }
}
