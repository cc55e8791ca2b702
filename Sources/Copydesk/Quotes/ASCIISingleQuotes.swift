/// Quotations marked with the ASCII apostrophe, as pages typed with straight single quotes print speech
/// ("'It was like walking into a graveyard,' he said."). Read only in a block that holds no other quotation mark, so a
/// page quoting with double marks keeps its reading; the pairs found are handed to the scanner as plain double marks.
enum ASCIISingleQuotes {
    /// Calls `pair` with the byte offsets of each opening mark and its closing mark (`nil`: the quote runs on to the
    /// block's end) of `b`, in order, and returns how many there were. A mark opens after a space, a bracket, a dash or a
    /// colon (or at the start) before a letter; it closes after a non-space before a non-letter. Of the closings, the
    /// first after a comma, a stop or a dash wins, unless a plain closing comes first and another quote opens before it
    /// ("'worst Christmas in years' and 'We…,'"); a plain closing after "s" is a plural possessive ("the players' union")
    /// unless there is no other. An unclosed quote is kept only at the block's start or after a colon, before a capital.
    @discardableResult
    static func pairs(in b: Bytes, _ pair: (Int, Int?) -> Void = { _, _ in }) -> Int {
        let n = b.count
        // most blocks hold no apostrophe that opens a quote: found by jumps from apostrophe to apostrophe
        var i = next(b, from: 0)
        while i < n, !opens(b, i) { i = next(b, from: i + 1) }
        guard i < n, !holdsOtherMark(b) else { return 0 }
        var found = 0
        while i < n {
            guard opens(b, i) else { i = next(b, from: i + 1); continue }
            var strong: Int?, weak: Int?, weakAfterS: Int?
            var j = next(b, from: i + 2)
            scan: while j < n {
                if closes(b, j) {
                    let before = b[j - 1]
                    if before == 0x2C || before == 0x2E || before == 0x21 || before == 0x3F || before == 0x2D || before == 0xA6 {
                        strong = j; break scan
                    }
                    if before == 0x73 { if weakAfterS == nil { weakAfterS = j } } else if weak == nil { weak = j }
                } else if opens(b, j), weak != nil || weakAfterS != nil { break scan }
                j = next(b, from: j + 1)
            }
            let close = strong ?? weak ?? weakAfterS
            if close == nil, !(i == 0 || i >= 2 && b[i - 2] == 0x3A) || b[i + 1] &- 0x41 >= 26 { i = next(b, from: i + 1); continue }
            // a one-word span closed by a plain mark is a scare quote or an elision ("rock 'n' roll"), not speech
            if let close, close == weak ?? weakAfterS, !b[(i + 1)..<close].contains(0x20) { i = next(b, from: close + 1); continue }
            pair(i, close)
            found += 1
            guard let close else { break }
            i = next(b, from: close + 1)
        }
        return found
    }

    /// The offset of the first apostrophe of `b` at or after `from` (`b.count` when there is none).
    @inline(__always)
    private static func next(_ b: Bytes, from: Int) -> Int {
        ByteSearch.firstIndex(of: 0x27, in: b, from: from) ?? b.count
    }

    /// True when `b[i]` (an apostrophe) may open a quote.
    @inline(__always)
    private static func opens(_ b: Bytes, _ i: Int) -> Bool {
        guard i + 1 < b.count, (b[i + 1] | 0x20) &- 0x61 < 26 else { return false }
        guard i > 0 else { return true }
        let p = b[i - 1]
        return p == 0x20 || p == 0x28 || p == 0x5B || p == 0x3A || p == 0x2D || p == 0x94 || p == 0x93 || p == 0xA0 || p == 0x09
    }

    /// True when `b[j]` (an apostrophe) may close a quote.
    @inline(__always)
    private static func closes(_ b: Bytes, _ j: Int) -> Bool {
        guard j > 0, b[j - 1] != 0x20 else { return false }
        guard j + 1 < b.count else { return true }
        let next = b[j + 1]
        return (next | 0x20) &- 0x61 >= 26 && next &- 0x30 >= 10 && next < 0x80 || next == 0xE2
    }

    /// True when `b` may hold another quotation mark (`QuoteFinder.mayHoldQuote`: ", «, or a mark of U+2018…U+201F,
    /// curly apostrophes included: a page printing those prints curly quotes too).
    @inline(__always)
    private static func holdsOtherMark(_ b: Bytes) -> Bool { QuoteFinder.mayHoldQuote(b) }

    /// Rewrites the marks of each pair of the first `length` bytes of `bytes` as 0x22 (same byte and scalar offsets);
    /// true when there was one. A mark is rewritten once the scan has passed it (the scan reads no byte before it again
    /// but the one before an opening, which neither mark is).
    static func rewrite(_ bytes: inout [UInt8], length: Int) -> Bool {
        bytes.withUnsafeMutableBufferPointer { m in
            pairs(in: UnsafeBufferPointer(rebasing: m[0..<length])) { open, close in
                m[open] = 0x22
                if let close { m[close] = 0x22 }
            } > 0
        }
    }
}
