/// Lower-case name particles where a run of capitalised words opens or goes on: "Dr al-Hajri", "Dirk van der Berg".
extension NameRuns {
    /// The token a name run found at the capitalised word `i` opens at: `i`; a capitalised reporting verb before a
    /// name word ("said Said Iqbal"); the particle name after an honorific that is no name word ("Dr al-Hajri"); nil
    /// when no run opens there.
    @inline(__always)
    static func runStart(_ tokens: TokenList, _ i: Int, limit: Int) -> Int? {
        let t = tokens[i]
        guard t.isIn(WordLists.notName) else { return i }
        if t.isIn(WordLists.verb) { return startsName(tokens, i, limit: limit) ? i : nil }
        return t.isIn(WordLists.title) && i + 1 < limit && tokens.isParticleName(i + 1) ? i + 1 : nil
    }

    /// Past the lower-case joiner at `j` inside a run: 2 before a name word ("Bank of England", "bin Salman"), 3 for two
    /// particles before one ("van der Berg"); nil otherwise.
    @inline(__always)
    static func joinedStep(_ tokens: TokenList, _ j: Int, limit: Int) -> Int? {
        guard j + 1 < limit else { return nil }
        if isNameWord(tokens[j + 1]) { return 2 }
        return tokens[j + 1].isIn(WordLists.joiner) && particlePair(tokens, j, limit: limit) ? 3 : nil
    }

    /// "van der Berg", "de la Cruz": two lower-case name particles at `j` and `j + 1`, then a name word.
    @inline(never)
    static func particlePair(_ tokens: TokenList, _ j: Int, limit: Int) -> Bool {
        guard j + 2 < limit, CueTable.nameParticles.contains(tokens[j].key) else { return false }
        let next = tokens[j + 1]
        return next.isWord && !next.capitalized && CueTable.nameParticles.contains(next.key) && isNameWord(tokens[j + 2])
    }

    /// "councillor for Lawrence Hill Amira Yusuf": a run of four capitalised words or more after a lower-case title
    /// and "for" or "of", with no organisation word, joiner, title or inner possessive, names a place, then the
    /// person; "member of the City Council Henrik Lund": after "of the", three words or more whose third-last is an
    /// organisation word name the body, then the person. The index of the person's two last words; `first` otherwise.
    @inline(never)
    static func placedName(_ tokens: TokenList, _ first: Int, _ end: Int) -> Int {
        let the = tokens[first - 1].key == Keyword.the && !tokens[first - 1].capitalized && first >= 3
        let link = tokens[first - (the ? 2 : 1)], title = tokens[first - (the ? 3 : 2)]
        guard link.key == Keyword.for_ || link.key == Keyword.of, !link.capitalized, title.isWord, !title.capitalized,
              title.isIn(WordLists.title), the ? tokens[end - 3].isIn(WordLists.organizationWord) : end - first >= 4 else { return first }
        for k in first..<end {
            let t = tokens[k]
            let bars = the && k < end - 2 ? WordLists.joiner | WordLists.title : WordLists.organizationWord | WordLists.joiner | WordLists.title
            if t.lists & bars != 0 || !t.capitalized || t.possessive && k < end - 1 { return first }
        }
        return end - 2
    }
}
