/// Unnamed sources placed by a preposition.
extension SubjectPhrase {
    /// "one grazier near Breeza", "a mid-level officer in the Bureau of …": for a phrase opening with an indefinite whose
    /// name follows a preposition (and "the") after a common noun, the noun's key: the source is unnamed. One who
    /// speaks for the organisation still names it ("a spokesperson at the Ministry", "an official of the IMD"). A title
    /// "to" a place of one or two words is unnamed too, whatever opens the phrase ("China’s ambassador to Britain"); nil otherwise.
    @inline(__always)
    static func placedHead(_ tokens: TokenList, _ range: Range<Int>, _ run: NameRun) -> UInt64? {
        guard run.first >= range.lowerBound + 2 else { return nil }
        var p = run.first - 1
        if tokens[p].isIn(WordLists.article) { p -= 1 }
        guard p > range.lowerBound, tokens[p].isIn(WordLists.preposition), !tokens[p].capitalized else { return nil }
        let k = tokens[p].key, head = tokens[p - 1]
        guard head.isWord, !head.capitalized, !CueTable.spokesHeads.contains(head.key) else { return nil }
        if k == Keyword.to { return head.isIn(WordLists.title) && run.keyCount <= 2 ? head.key : nil }
        guard p > range.lowerBound + 1, k != Keyword.of, k != Keyword.for_, tokens[range.lowerBound].isIn(WordLists.indefinite) else { return nil }
        return head.key
    }

    /// "Nvidia vice president of applied deep learning research Bryan Catanzaro": true when the tokens from `from` to `to`
    /// are two to nine lowercase words holding a title word, none a verb nor a break other than "of" and "for".
    static func titledGap(_ tokens: TokenList, from: Int, to: Int) -> Bool {
        guard to - from >= 2, to - from <= 9 else { return false }
        var title = false
        for k in from..<to {
            let t = tokens[k]
            guard t.isWord, !t.capitalized, !t.isIn(WordLists.verb) else { return false }
            if t.isIn(WordLists.phraseBreaker), t.key != Keyword.of, t.key != Keyword.for_ { return false }
            if t.isIn(WordLists.title) { title = true }
        }
        return title
    }
}
