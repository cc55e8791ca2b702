/// The decider's tests of a quote's shape: its word count, a quoted label, a sentence going on after it.
extension QuoteDecider {
    /// The word count of `span` (up to 4): `known` when counted already (not negative).
    @inline(__always)
    static func words(_ para: ParagraphText, _ span: QuoteSpan, _ known: Int) -> Int {
        known >= 0 ? known : para.wordCount(of: span)
    }

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
