/// Mentions that are not a full name: a title alone, and a one-word name that speaks.
extension SpeakerResolver {
    /// "The First Minister told", "its Public Relations Officer": a run after "the" (or "its", "their", "his", "her")
    /// that ends with a title word (no organisation) names a job, not a new person.
    @inline(__always)
    static func isTitleMention(_ run: NameRun, _ tokens: TokenList) -> Bool {
        guard run.first > 0, run.last > run.first, !run.isOrganization, tokens[run.last - 1].isIn(WordLists.title) else { return false }
        let before = tokens[run.first - 1].key
        return before == Keyword.the || !tokens[run.first - 1].capitalized && ownerWords.contains(before)
    }

    /// "its Public Relations Officer, Kofi Adjei": possessive words before a title that names a job, not a person.
    static let ownerWords = WordKey.set(["its", "their", "his", "her"])

    /// The person a title mention points at: the latest person introduced with that title, else the subject so far.
    mutating func titleHolder(_ run: NameRun, _ tokens: TokenList, paragraph p: Int) -> Int? {
        if let i = table.latestWithRole(tokens[run.last - 1].key) { return i }
        return subject(paragraph: p, before: run.first)
    }

    /// "In a statement, Lizzo said": a one-word name (no title) after a comma, right before a speech verb, is a
    /// person, added to the table so a later pronoun finds it; nil otherwise.
    mutating func speakingOne(_ run: NameRun, _ tokens: TokenList, paragraph p: Int) -> Int? {
        guard run.last < tokens.count, run.nameStart == run.first, !run.possessive, !run.isAcronym else { return nil }
        let verb = tokens[run.last]
        guard verb.isIn(WordLists.verb), !verb.capitalized, !verb.isIn(WordLists.weakVerb), !verb.possessive else { return nil }
        // After a comma only: a capitalised word opening a sentence may be a common noun ("Petitioners asked")
        guard run.first > 0, tokens[run.first - 1].kind == .comma else { return nil }
        return table.add(run: run, tokens: tokens, paragraph: p, recent: true, single: true)
    }
}
