/// A person named with the organisation they belong to: "Gavin Thomson of the University of Glasgow said",
/// "Renata Ortiz of the Prison Policy Research Center at Emory University calls".
extension SubjectPhrase {
    /// The person's run right before "of/from/at (the)" and the organisation `org` in `range`, if any; also through
    /// one unit of the organisation between them ("of the Prison Policy Research Center at Emory University").
    @inline(never)
    static func member(_ tokens: TokenList, _ range: Range<Int>, of org: NameRun) -> NameRun? {
        guard org.first - range.lowerBound >= 3 else { return nil }
        var at = range.lowerBound, person: NameRun?, before: NameRun?
        while let run = NameRuns.nextRun(tokens, from: &at, before: org.first - 1) { before = person; person = run }
        guard let person else { return nil }
        if isMemberOf(tokens, person, org) { return person }
        if person.isOrganization, !person.possessive, links(tokens, person, org), let before, isMemberOf(tokens, before, person) { return before }
        return nil
    }

    /// True when `person` (two words or more, no organisation) is followed by "of", "from" or "at" (and "the"), then `org`.
    @inline(never)
    static func isMemberOf(_ tokens: TokenList, _ person: NameRun, _ org: NameRun) -> Bool {
        guard !person.isOrganization, person.keyCount >= 2, !person.possessive else { return false }
        return links(tokens, person, org)
    }

    /// True when only "of", "from" or "at" (and "the") stand between the runs `a` and `b`.
    @inline(__always)
    static func links(_ tokens: TokenList, _ a: NameRun, _ b: NameRun) -> Bool {
        let gap = b.first - a.last
        guard gap == 1 || gap == 2 else { return false }
        let k = tokens[a.last].key
        return (k == Keyword.of || k == Keyword.from || k == Keyword.at) && (gap == 1 || tokens[a.last + 1].key == Keyword.the)
    }
}
