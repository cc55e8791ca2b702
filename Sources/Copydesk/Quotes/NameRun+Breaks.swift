/// Where a run of capitalised words stops naming one person: before "of" and an organisation
/// ("Daniel Kessler of Washington University") and before "and" and a second name ("Anna Winger and Alexa Karolinski").
extension NameRuns {
    /// "Principal Lim Hui Min of Bukit Rise School", "Daniel Kessler of Washington University": the index of an "of"
    /// two words or more into `start..<end` with no organisation word before it, when the run is `titled` or an
    /// organisation word follows it; `end` otherwise.
    static func ofBreak(_ tokens: TokenList, _ start: Int, _ end: Int, titled: Bool) -> Int {
        var k = start + 2
        while k < end - 1 {
            if tokens[k].key == Keyword.of {
                if (start..<k).contains(where: { tokens[$0].isIn(WordLists.organizationWord) }) { return end }
                if titled || (k + 1..<end).contains(where: { tokens[$0].isIn(WordLists.organizationWord) }) { return k }
            }
            k += 1
        }
        return end
    }

    /// "Anna Winger and Alexa Karolinski": the index of a lower-case "and", the run's one joiner, with two
    /// capitalised words or more on each side and no title word after it in `first..<end` (`lists`: the words'
    /// lists, holding no organisation word); nil otherwise ("Procter and Gamble", "Bill and Melinda Gates",
    /// "Home Affairs and Justice Minister Tom Roe" stay one run).
    static func andBreak(_ tokens: TokenList, _ first: Int, _ end: Int, _ lists: UInt16) -> Int? {
        guard lists & WordLists.organizationWord == 0 else { return nil }
        var and = -1
        for k in first..<end where tokens[k].isIn(WordLists.joiner) {
            guard and < 0, tokens[k].key == Keyword.and, !tokens[k].capitalized else { return nil }
            and = k
        }
        guard and >= first + 2, and + 2 < end, tokens[and - 1].capitalized, tokens[and - 2].capitalized else { return nil }
        for k in (and + 1)..<end where !tokens[k].capitalized || tokens[k].isIn(WordLists.title) { return nil }
        return and
    }

    /// The index of the last title word in `first..<end` that is not its last word, or -1.
    static func lastTitleBefore(_ tokens: TokenList, _ first: Int, _ end: Int) -> Int {
        var k = end - 2
        while k >= first { if tokens[k].isIn(WordLists.title) { return k }; k -= 1 }
        return -1
    }

    /// Where the search for the next run goes on after `run`, read from the run's name word up to `j`: past the
    /// "and" that split it ("Bruno Tonioli and Carrie Ann Inaba" holds two), else at `j`.
    @inline(__always)
    static func nextStart(_ tokens: TokenList, _ run: NameRun?, _ j: Int) -> Int {
        guard let run, run.last < j, tokens[run.last].key == Keyword.and else { return j }
        return run.last + 1
    }

    /// "Special Economic Zone Authority at Duqm", "University of Illinois at Chicago": past a lower-case "at" right
    /// after an organisation word and one or two name words (no possessive, no organisation word) to the index after
    /// them, when no name word follows; nil otherwise.
    @inline(never)
    static func placeAfterBody(_ tokens: TokenList, at j: Int, limit: Int) -> Int? {
        guard j > 0, !tokens[j].capitalized, tokens[j - 1].isIn(WordLists.organizationWord), !tokens[j - 1].possessive else { return nil }
        var k = j + 1
        while k < limit, k - j <= 3, isNameWord(tokens[k]), !tokens[k].isIn(WordLists.organizationWord) {
            k += 1; if tokens[k - 1].possessive { return nil }
        }
        guard k > j + 1, k - j <= 3, k >= limit || !isNameWord(tokens[k]) else { return nil }
        return k
    }

    /// "group", "firm", "company": heads that describe the organisation named right after them.
    static let bodyDescriptors = WordKey.set(["group", "firm", "company"])

    /// "Environmental group Green Future", "the consultancy firm Halsted Advisory": true when `h` is a lower-case
    /// "group", "firm" or "company" after a modifier (no article or possessive: "the company Elon Musk bought") and
    /// before a name word that is no title: the name after it is the organisation.
    @inline(__always)
    static func describesBody(_ tokens: TokenList, _ h: Int, _ limit: Int) -> Bool {
        let t = tokens[h]
        guard h >= 1, h + 1 < limit, t.isWord, !t.capitalized, !t.possessive, bodyDescriptors.contains(t.key) else { return false }
        let before = tokens[h - 1], next = tokens[h + 1]
        return before.isWord && !before.isIn(WordLists.article) && !before.possessive && isNameWord(next) && !next.isIn(WordLists.title)
    }
}
