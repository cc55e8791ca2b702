/// A word or punctuation token of a paragraph, with scalar offsets.
struct Token {
    /// What the token is.
    enum Kind: Equatable {
        /// A word (letters, digits, inner apostrophes, hyphens, dots of abbreviations).
        case word
        /// A comma.
        case comma
        /// A colon.
        case colon
        /// A sentence end: `.`, `!`, `?` or `;` outside quotes.
        case stop
        /// A whole quoted span (index into the paragraph's spans).
        case quote(Int)
        /// Brackets, dashes and other marks.
        case other
    }

    /// The kind.
    var kind: Kind
    /// First scalar offset.
    var start: Int
    /// Offset past the last scalar.
    var end: Int
    /// The word's text without a possessive ending ("China" for "China’s"); empty for punctuation.
    var text: String
    /// `text` lower-cased.
    var lower: String
    /// True when the word starts with an upper-case letter.
    var capitalized: Bool
    /// True when the word ended in ’s / 's (or a bare ’ after s).
    var possessive: Bool

    /// True for word tokens.
    var isWord: Bool { kind == .word }
}

/// Splits a paragraph's scalars into tokens, treating each quoted span as one token.
enum Tokenizer {
    /// Tokens of `t`; quoted spans from `spans` become single `.quote` tokens.
    static func tokens(_ t: [Unicode.Scalar], spans: [QuoteSpan]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(t.count / 5)
        var i = 0, spanIndex = 0
        let n = t.count
        while i < n {
            if spanIndex < spans.count && spans[spanIndex].open == i {
                let s = spans[spanIndex]
                out.append(Token(kind: .quote(spanIndex), start: s.open, end: s.after, text: "", lower: "", capitalized: false, possessive: false))
                i = max(s.after, i + 1); spanIndex += 1; continue
            }
            let c = t[i]
            if ScalarClass.isWordChar(c) {
                var j = i + 1
                while j < n {
                    let d = t[j]
                    if ScalarClass.isWordChar(d) {
                        // "NoemKristi": words glued by the scrape split at a lower→upper seam.
                        if j - i >= 4, ScalarClass.isUpper(d), ScalarClass.isLower(t[j - 1]), j + 2 < n,
                           ScalarClass.isLower(t[j + 1]), ScalarClass.isLower(t[j + 2]), isLowerRun(t, i + 1, j) { break }
                        j += 1; continue
                    }
                    if (d == "'" || d == "\u{2019}" || d == "-" || d == "&" || d == "." || d == "\u{2010}")
                        && j + 1 < n && ScalarClass.isWordChar(t[j + 1]) { j += 2; continue }
                    break
                }
                var end = j
                // Abbreviation dot: "U.S.", "Gov.", "Jr.", single initials.
                if end < n && t[end] == "." && isAbbreviation(t, i, end) { end += 1 }
                out.append(word(t, i, end))
                i = end; continue
            }
            switch c {
            case ",": out.append(Token(kind: .comma, start: i, end: i + 1, text: "", lower: "", capitalized: false, possessive: false))
            case ":": out.append(Token(kind: .colon, start: i, end: i + 1, text: "", lower: "", capitalized: false, possessive: false))
            case ".", "!", "?", ";", "\u{2026}":
                out.append(Token(kind: .stop, start: i, end: i + 1, text: "", lower: "", capitalized: false, possessive: false))
            default:
                if !ScalarClass.isSpace(c) && !ScalarClass.isQuoteMark(c) {
                    out.append(Token(kind: .other, start: i, end: i + 1, text: String(Character(c)), lower: String(Character(c)), capitalized: false, possessive: false))
                }
            }
            i += 1
        }
        return out
    }

    private static func word(_ t: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token {
        var e = end
        var possessive = false
        if e - start > 2, t[e - 1] == "s" || t[e - 1] == "S", t[e - 2] == "'" || t[e - 2] == "\u{2019}" {
            e -= 2; possessive = true
        } else if e < t.count, t[e] == "\u{2019}" || t[e] == "'", t[e - 1] == "s", e + 1 >= t.count || !ScalarClass.isWordChar(t[e + 1]) {
            possessive = true
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: t[start..<e])
        let text = String(scalars)
        return Token(kind: .word, start: start, end: end, text: text, lower: text.lowercased(),
                     capitalized: ScalarClass.isUpper(t[start]), possessive: possessive)
    }

    private static func isLowerRun(_ t: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        for k in from..<to where !ScalarClass.isLower(t[k]) { return false }
        return true
    }

    private static func isAbbreviation(_ t: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        if length == 1 { return ScalarClass.isUpper(t[start]) }
        if t[start..<end].contains(".") { return true }
        guard length <= 4 else { return false }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: t[start..<end])
        return CueTable.abbreviations.contains(String(scalars).lowercased())
    }
}
