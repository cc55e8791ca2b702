/// One quoted span inside a paragraph, found by `QuoteMarkScanner`. Offsets are scalar offsets.
struct QuoteSpan: Equatable {
    /// Offset of the opening mark.
    var open: Int
    /// Offset of the first quoted scalar (`open + 1`).
    var start: Int
    /// Offset just past the last quoted scalar (the closing mark, or the paragraph's end).
    var end: Int
    /// False when the paragraph ended before a closing mark.
    var closed: Bool
    /// True for the single-mark family (‘…’).
    var single: Bool

    /// Offset just past the closing mark (or `end` when unclosed).
    var after: Int { closed ? end + 1 : end }
}

/// Finds quoted spans in one paragraph in a single pass: “…”, "…", „…“, «…» and ‘…’ (told apart
/// from apostrophes such as China’s). Marks of the other family inside an open quote are nested
/// quotes and stay part of its text. An unbalanced mark closes at the paragraph's end.
enum QuoteMarkScanner {
    /// Every top-level quoted span of `text`, in order.
    static func spans(in text: [Unicode.Scalar]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var openAt = -1
        var opener: Unicode.Scalar = " "
        var single = false
        let n = text.count
        var i = 0
        while i < n {
            let c = text[i]
            if openAt < 0 {
                if ScalarClass.opensDouble(c) {
                    openAt = i; opener = c; single = false
                } else if c == "\u{2018}" && opensSingle(text, i) {
                    openAt = i; opener = c; single = true
                }
            } else if single {
                if c == "\u{2019}" && closesSingle(text, i) {
                    spans.append(QuoteSpan(open: openAt, start: openAt + 1, end: i, closed: true, single: true))
                    openAt = -1
                }
            } else if ScalarClass.closesDouble(c, opener: opener) && !(c == "\"" && isOpeningPosition(text, i) && opener != "\"") {
                spans.append(QuoteSpan(open: openAt, start: openAt + 1, end: i, closed: true, single: false))
                openAt = -1
            } else if c == "\u{201C}" && opener == "\u{201C}" && isOpeningPosition(text, i) {
                // A second opening mark while one is open: the first quote was left unclosed.
                spans.append(QuoteSpan(open: openAt, start: openAt + 1, end: trimEnd(text, openAt + 1, i), closed: false, single: false))
                openAt = i
            }
            i += 1
        }
        if openAt >= 0 {
            spans.append(QuoteSpan(open: openAt, start: openAt + 1, end: trimEnd(text, openAt + 1, n), closed: false, single: single))
        }
        return spans.filter { $0.end > $0.start }
    }

    /// True when the mark at `i` stands where a quote opens: after space, a bracket or a dash and
    /// before a word.
    static func isOpeningPosition(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
        let beforeOK = i == 0 || ScalarClass.isSpace(t[i - 1]) || t[i - 1] == "(" || t[i - 1] == "[" || ScalarClass.isDash(t[i - 1])
        let afterOK = i + 1 < t.count && !ScalarClass.isSpace(t[i + 1])
        return beforeOK && afterOK
    }

    private static func opensSingle(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i + 1 < t.count else { return false }
        let prevOK = i == 0 || !ScalarClass.isWordChar(t[i - 1])
        let next = t[i + 1]
        return prevOK && (ScalarClass.isWordChar(next) || next == "[" || next == "(" || next == "\u{2026}")
    }

    private static func closesSingle(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i > 0, !ScalarClass.isSpace(t[i - 1]) else { return false }
        return i + 1 >= t.count || !ScalarClass.isWordChar(t[i + 1])
    }

    private static func trimEnd(_ t: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start && ScalarClass.isSpace(t[e - 1]) { e -= 1 }
        return e
    }
}
