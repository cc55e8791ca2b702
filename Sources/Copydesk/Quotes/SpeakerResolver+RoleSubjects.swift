/// Sentences whose subject is a definite job description ("The judge was not persuaded", "The head coach confirmed").
extension SpeakerResolver {
    /// The person a sentence at token `k` of paragraph `p` is about when it opens with a capitalised "The", up to two
    /// lower-case words and lower-case job words ("The head coach"), then a lower-case word that is neither a job word nor
    /// a preposition, or a comma: the latest person introduced with that job, else the subject so far when the text gave
    /// them no job; nil otherwise (the sentence is read as before).
    @inline(never)
    mutating func roleSubject(_ tokens: TokenList, paragraph p: Int, at k: Int) -> Int? {
        var j = k + 1
        // Up to two modifiers before the job words ("The 41-year-old coach", "The visiting head coach")
        while j < tokens.count, j - k <= 2, Self.isPlainLowerWord(tokens[j]), !tokens[j].isIn(WordLists.title | WordLists.verb) { j += 1 }
        let jobStart = j
        while j < tokens.count, j - jobStart < 3, Self.isPlainLowerWord(tokens[j]), tokens[j].isIn(WordLists.title) { j += 1 }
        guard j > jobStart, j < tokens.count else { return nil }
        let head = tokens[j - 1].key, next = tokens[j]
        guard !Self.notUnnamedHeads.contains(head),
              next.kind == .comma || Self.isPlainLowerWord(next) && !next.isIn(WordLists.title | WordLists.preposition) else { return nil }
        if let i = table.latestWithRole(head), table.isPerson(i) { return i }
        guard let i = subject(paragraph: p, before: k), !table.roleKeys(i).contains(where: { CueTable.titles.contains($0) }) else { return nil }
        return i
    }

    /// A lower-case word that is not possessive.
    @inline(__always)
    static func isPlainLowerWord(_ t: Token) -> Bool { t.isWord && !t.capitalized && !t.possessive }
}
