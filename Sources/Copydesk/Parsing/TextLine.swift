/// One trimmed input line with the facts every rule asks for, computed once.
/// Together with `LineSplitter` this is the only type that looks at raw text; rules read its fields.
struct TextLine {
    /// 1-based line number in the decoded input.
    let number: Int
    /// The trimmed text.
    let text: Substring
    /// The text lowercased, for phrase tables.
    let lower: String
    /// Number of space-separated words.
    let words: Int
    /// Ends with ". ! ? … :" (closing quotes and brackets skipped).
    let endsLikeSentence: Bool
    /// Has letters and none of them lowercase.
    let isAllCaps: Bool

    init(_ line: SourceLine) {
        number = line.number
        text = line.text
        lower = line.text.lowercased()
        words = line.text.wordCount
        endsLikeSentence = line.text.endsLikeSentence
        isAllCaps = line.text.isAllCaps
    }

    /// A sentence of some length, or a long run of words: what body paragraphs look like.
    var isParagraphLike: Bool {
        words >= 25 || (words >= 8 && endsLikeSentence && !text.hasSuffix(":"))
    }

    /// A short complete sentence ("Webb emerged, naked.").
    var isShortSentence: Bool {
        words >= 2 && endsLikeSentence && startsWithUppercaseOrQuote
    }

    /// A line that reads like a title: a few words, no full stop at the end.
    var isTitleLike: Bool {
        guard words >= 2, words <= 30 else { return false }
        guard let last = text.lastSignificantScalar else { return false }
        return last != "." && last != ":" && last != ";" && last != ","
    }

    /// Starts with an uppercase letter, a digit or an opening quote.
    var startsWithUppercaseOrQuote: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first.properties.isUppercase || ("0"..."9").contains(first) { return true }
        return "\"“‘'".unicodeScalars.contains(first)
    }

    /// True when the line contains a web address.
    var hasURL: Bool { lower.contains("http://") || lower.contains("https://") || lower.contains("www.") }

    /// True when the line contains a quotation mark (speech is never page furniture).
    var hasQuoteMark: Bool {
        text.unicodeScalars.contains { $0 == "\"" || $0 == "“" || $0 == "”" }
    }
}
