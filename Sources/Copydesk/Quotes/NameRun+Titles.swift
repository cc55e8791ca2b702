/// Titles with a complement inside name runs: "US Ambassador to Ukraine Marie Yovanovitch".
extension NameRuns {
    /// "Ambassador to Ukraine", "Secretary of the Treasury": the index of the name word after "to", "of" or "for"
    /// (and "the") at `j` when a capitalised title word stands right before it; nil otherwise.
    @inline(__always)
    static func titleComplement(_ tokens: TokenList, at j: Int, limit: Int) -> Int? {
        let t = tokens[j]
        guard t.key == Keyword.to || t.key == Keyword.of || t.key == Keyword.for_, !t.capitalized, j > 0,
              tokens[j - 1].capitalized, tokens[j - 1].isIn(WordLists.title) else { return nil }
        var k = j + 1
        if k < limit, tokens[k].key == Keyword.the, !tokens[k].capitalized { k += 1 }
        return k < limit && isNameWord(tokens[k]) ? k : nil
    }
}
