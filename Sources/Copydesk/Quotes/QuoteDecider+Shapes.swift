/// The decider's tests of a quote's shape: its word count, a quoted label, a sentence going on after it.
extension QuoteDecider {
    /// The attribution of the quote token at `q`: a "Name:" label, else the cue right before the quote,
    /// else the one after it or before it (after first for a quote ending in , ? or !). Each reading is
    /// made only when the choice needs it (all are pure): a label or an adjacent cue reads no other.
    @inline(__always)
    static func attribution(_ reader: AttributionReader, _ q: Int, previousQuote: Int?, lastScalar: UInt32) -> Attribution? {
        if let label = reader.speakerLabel(q) { return label }
        let before = reader.before(q, previousQuote: previousQuote)
        if let b = before, adjacent(reader.tokens, b.cueIndex, q) { return b }
        if lastScalar == 0x2C || lastScalar == 0x3F || lastScalar == 0x21 { return after(reader, q, lastScalar: lastScalar) ?? before }
        return before ?? after(reader, q, lastScalar: lastScalar)
    }

    /// The attribution after the quote token at `q`, or "according to" right after it; none when the
    /// quote ended its sentence (a full stop, then a capitalised word).
    @inline(__always)
    static func after(_ reader: AttributionReader, _ q: Int, lastScalar: UInt32) -> Attribution? {
        if lastScalar == 0x2E && q + 1 < reader.tokens.count && reader.tokens[q + 1].capitalized { return nil }
        return reader.after(q) ?? reader.accordingTo(q)
    }

    /// True when only commas, colons, "that" and other marks stand between the cue at `cue` and the quote at `q`.
    @inline(__always)
    static func adjacent(_ tokens: TokenList, _ cue: Int, _ q: Int) -> Bool {
        (cue + 1..<q).allSatisfy { k in
            let t = tokens[k]; return t.kind == .comma || t.kind == .colon || t.key == Keyword.that || t.kind == .other
        }
    }

    /// The word count of `span` (up to 4): `known` when counted already (not negative).
    @inline(__always)
    static func words(_ para: ParagraphText, _ span: QuoteSpan, _ known: Int) -> Int {
        known >= 0 ? known : para.wordCount(of: span)
    }

    /// Verbs after which a Title Case quoted phrase is a name, not a quotation ("a service called ‘Doctor for Every Citizen’").
    static let namingVerbs: KeySet = WordKey.set(["called", "named", "dubbed", "titled", "entitled", "nicknamed", "branded", "labelled", "labeled", "christened"])

    /// True when the quote token at `q` follows a naming verb and its words are in Title Case: a name.
    func isNamed(_ para: ParagraphText, _ span: QuoteSpan, _ q: Int) -> Bool {
        // every naming verb ends in "-ed": a byte test first, the set only for such words
        guard q > 0, para.tokens.endsEd(q - 1), Self.namingVerbs.contains(para.tokens[q - 1].key) else { return false }
        return para.isTitleCase(span)
    }

    /// "“Truth Hurts” falls to No. 12 …, the company said": a Title Case quote with no closing punctuation that
    /// opens its sentence and a lower-case word (not the cue at `cue`) carries on: a title the sentence is about.
    func isTitleSubject(_ para: ParagraphText, _ span: QuoteSpan, _ q: Int, cue: Int) -> Bool {
        guard cue != q + 1, q == 0 || para.tokens[q - 1].kind == .stop || para.tokens[q - 1].kind == .other,
              followedByWord(para.tokens, q) else { return false }
        return para.isTitleCase(span)
    }

    /// Words after a quote that close its phrase (a conjunction or preposition), so "a “…” while" is no label.
    static let linkWords: KeySet = WordKey.set(["and", "or", "but", "as", "in", "on", "at", "to", "for", "from", "with", "by", "of", "if",
                                                "while", "whereas", "although", "though", "because", "since", "until", "unless"])

    /// "the “one country, two systems” formula": a quoted label between a determiner and a noun.
    func isLabel(_ tokens: TokenList, _ q: Int) -> Bool {
        guard q > 0, q + 1 < tokens.count, tokens[q - 1].isWord, Self.labelDeterminers.contains(tokens[q - 1].key) else { return false }
        return followedByLowerWord(tokens, q)
    }

    /// "“Shake It Off” was a hit": a quote at the start of a sentence that the sentence goes on from.
    func followedByWord(_ tokens: TokenList, _ q: Int) -> Bool {
        guard q + 1 < tokens.count else { return false }
        let t = tokens[q + 1]
        return t.isWord && !t.capitalized
    }

    /// A lower-case word after the quote that is not a verb, filler or link word ("formula").
    func followedByLowerWord(_ tokens: TokenList, _ q: Int) -> Bool {
        guard q + 1 < tokens.count else { return false }
        let t = tokens[q + 1]
        return t.isWord && !t.capitalized && !t.isIn(WordLists.verb | WordLists.filler)
            && !Self.linkWords.contains(t.key)
    }
}
