/// Unnamed people who open a sentence ("Another analyst, who asked not to be named, told …").
extension SpeakerResolver {
    /// Person nouns among the titles that rarely head an unnamed source ("A study found", "A team said").
    static let notUnnamedHeads: KeySet = WordKey.set(["study", "team", "head", "lead", "general", "star", "vice", "acting",
                                                      "former", "senior", "deputy", "guard", "forward", "host", "fan"])
    /// The indefinite words of one person: "a", "an", "another", "one".
    static let singleIndefinite: KeySet = WordKey.set(["a", "an", "another", "one"])

    /// "Another analyst, who asked not to be named, told The Times that …": a sentence at token `k` of paragraph `p`
    /// opening with a capitalised "A", "An", "Another" or "One", up to three words ending with a lower-case person noun
    /// (no spokesperson), then a comma, "who", a reporting verb or a preposition ("An official of the Finance Division
    /// said"), cites an unnamed source; a "he said" after it in the paragraph is that source, not the person named before
    /// (`lastUnnamedAt`), and so is "the official said" soon after (`lastUnnamedHead`).
    mutating func noteUnnamedOpening(_ tokens: TokenList, paragraph p: Int, at k: Int) {
        guard tokens[k].capitalized, Self.singleIndefinite.contains(tokens[k].key) else { return }
        var j = k + 1
        // (round 15) a capitalised place may stand before the noun: "One Kaulbach Street resident, who …"
        while j < tokens.count, j - k <= 3, tokens[j].isWord, !tokens[j].isIn(WordLists.verb | WordLists.preposition) { j += 1 }
        guard j > k + 1, j < tokens.count else { return }
        let head = tokens[j - 1], next = tokens[j]
        guard !head.capitalized, head.isIn(WordLists.title), !Self.notUnnamedHeads.contains(head.key), !CueTable.spokesHeads.contains(head.key),
              next.kind == .comma || next.key == Keyword.who || next.isWord && !next.capitalized && next.isIn(WordLists.verb | WordLists.preposition) else { return }
        lastUnnamedAt = (p, k); lastUnnamedHead = (p, head.key)
    }

    /// True when the unnamed source last noted is who a pronoun at token `at` of paragraph `p` stands for: noted earlier
    /// in the paragraph, or (round 14) in the paragraph before ("Another vendor, who declined to be named, said …", then
    /// "“…,” he said."), with no person named since.
    mutating func unnamedSourceSpeaks(paragraph p: Int, before at: Int) -> Bool {
        guard let u = lastUnnamedAt else { return false }
        if u.paragraph == p { return u.token < at && !namedSince(u, before: at) }
        return u.paragraph == p - 1 && !namedSince(u, paragraph: p, before: at)
    }
}
