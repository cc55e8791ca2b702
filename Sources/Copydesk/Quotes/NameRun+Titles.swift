/// Complements inside name runs: a title's ("US Ambassador to Ukraine Marie Yovanovitch") and a ministry's list
/// ("Ministry of Housing, Communities and Local Government").
extension NameRuns {
    /// "Ambassador to Ukraine", "Secretary of the Treasury": the index of the name word after "to", "of" or "for"
    /// (and "the") at `j` when a capitalised title word stands right before it; nil otherwise.
    @inline(never)
    /// `chained`: the word before is a one-word complement itself ("Minister of State for Manpower").
    static func titleComplement(_ tokens: TokenList, at j: Int, limit: Int, chained: Bool = false) -> Int? {
        let t = tokens[j]
        guard t.key == Keyword.to || t.key == Keyword.of || t.key == Keyword.for_, !t.capitalized, j > 0,
              tokens[j - 1].capitalized, chained || tokens[j - 1].isIn(WordLists.title) else { return nil }
        var k = j + 1
        if k < limit, tokens[k].key == Keyword.the, !tokens[k].capitalized { k += 1 }
        return k < limit && isNameWord(tokens[k]) ? k : nil
    }

    /// "said Nvidia vice president of applied deep learning research Bryan Catanzaro": past "of" or "for" after a
    /// lowercase title word, one to six lowercase words (no break, no verb), then a name word: its index; nil otherwise.
    static func titleGap(_ tokens: TokenList, at j: Int, limit: Int) -> Int? {
        let t = tokens[j]
        guard t.key == Keyword.of || t.key == Keyword.for_, j > 0, !tokens[j - 1].capitalized, tokens[j - 1].isIn(WordLists.title) else { return nil }
        var k = j + 1
        while k < limit, k - j <= 7 {
            let w = tokens[k]
            guard w.isWord else { return nil }
            if isNameWord(w) { return k - j >= 2 ? k : nil }
            if w.capitalized || w.isIn(WordLists.phraseBreaker | WordLists.verb | WordLists.article) { return nil }
            k += 1
        }
        return nil
    }

    /// "ministry" and "department": the organisation words whose complement may be a list.
    static let listedHeads = KeySet(keys: [WordKey.of("ministry"), WordKey.of("department")])

    /// "Ministry of Housing, Communities and Local Government": past a list of capitalised words after the comma
    /// at `j` that ends with "and" and a name, when the run from `first` holds "Ministry" or "Department" then
    /// "of" or "for"; nil otherwise.
    static func listedComplement(_ tokens: TokenList, first: Int, comma j: Int, limit: Int) -> Int? {
        guard tokens[j].kind == .comma, j > first, tokens[j].start == tokens[j - 1].end, j + 1 < limit, isNameWord(tokens[j + 1]) else { return nil }
        var head = false
        for k in (first + 1)..<j where tokens[k].key == Keyword.of || tokens[k].key == Keyword.for_ {
            if tokens[k - 1].isWord, listedHeads.contains(tokens[k - 1].key) { head = true; break }
        }
        guard head else { return nil }
        var k = j + 1
        while k < limit, k - j < 16 {
            let t = tokens[k]
            if isNameWord(t), !t.possessive { k += 1; continue }
            if t.kind == .comma, k + 1 < limit, isNameWord(tokens[k + 1]) { k += 1; continue }
            guard t.key == Keyword.and, !t.capitalized, k + 1 < limit, isNameWord(tokens[k + 1]) else { return nil }
            k += 1
            while k < limit, isNameWord(tokens[k]) { k += 1; if tokens[k - 1].possessive { break } }
            return k
        }
        return nil
    }

    /// "Friends of the Earth Scotland", "Federal Office for the Environment": past "of/for the" and the name word after it (the index after
    /// that word) when the run from `first` holds an organisation word; nil otherwise (`j`: a joiner).
    @inline(never)
    static func ofTheName(_ tokens: TokenList, first: Int, at j: Int, limit: Int) -> Int? {
        guard tokens[j].key == Keyword.of || tokens[j].key == Keyword.for_, !tokens[j].capitalized, j + 2 < limit, tokens[j + 1].key == Keyword.the, !tokens[j + 1].capitalized,
              isNameWord(tokens[j + 2]), (first..<j).contains(where: { tokens[$0].isIn(WordLists.organizationWord) }) else { return nil }
        return j + 3
    }

    /// "Chula Vista Mayor and board member Hector Salcedo": past a lower-case "and" after a capitalised title word, one
    /// to four lower-case words ending with a title word, to the name word after them (its index); nil otherwise.
    @inline(never)
    static func titledAnd(_ tokens: TokenList, at j: Int, limit: Int) -> Int? {
        guard tokens[j].key == Keyword.and, !tokens[j].capitalized, j > 0, tokens[j - 1].capitalized, tokens[j - 1].isIn(WordLists.title) else { return nil }
        var k = j + 1
        while k < limit, k - j <= 4, tokens[k].isWord, !tokens[k].capitalized, !tokens[k].isIn(WordLists.phraseBreaker | WordLists.verb) { k += 1 }
        guard k > j + 1, k < limit, tokens[k - 1].isIn(WordLists.title), isNameWord(tokens[k]) else { return nil }
        return k
    }
}

extension NameRuns {
    /// Title words that are also given names ("Dean").
    static let givenTitles = KeySet(keys: [WordKey.of("dean")])

    /// "Another parent, Dean Holloway, said": a capitalised given-name title at `k` right after a comma or at a
    /// sentence start, followed by exactly one name word before `end`, is a first name, not a title.
    static func isGivenName(_ tokens: TokenList, _ k: Int, _ end: Int) -> Bool {
        guard end - k == 2, tokens[k].capitalized, givenTitles.contains(tokens[k].key) else { return false }
        return k == 0 || !tokens[k - 1].isWord
    }
}
