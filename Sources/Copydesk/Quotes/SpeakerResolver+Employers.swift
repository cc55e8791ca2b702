/// Names that only say where the next person works: "White House press secretary Stephanie Grisham".
extension SpeakerResolver {
    /// True when the name run starting at token `first` is followed by one to three lower-case role words, the
    /// last a title, and then a name word: the organisation of the person named next ("White House press
    /// secretary Stephanie Grisham", "Pentagon spokeswoman Alyssa Farah"), who is the sentence's subject.
    /// Read only for a sentence's subject candidate, so the run's end is found again here.
    @inline(never)
    static func namesEmployer(_ tokens: TokenList, at first: Int) -> Bool {
        // Most subjects are followed by a verb or a mark: the word after the capitals turns them away first.
        var after = first + 1
        while after < tokens.count, tokens[after].capitalized { after += 1 }
        guard after < tokens.count, tokens[after].lists & roleBreakers == 0, tokens[after].isWord else { return false }
        // "Spokeline’s chief executive, Gordon Reyes, wrote": a possessive name owns the noun after it
        if tokens[after - 1].possessive { return true }
        let end = NameRuns.runEnd(tokens, from: first, limit: tokens.count)
        guard end + 1 < tokens.count, !tokens[end - 1].possessive else { return false }
        var k = end
        while k < tokens.count, k - end < 3 {
            let t = tokens[k]
            guard t.isWord, !t.capitalized, !t.possessive, t.lists & roleBreakers == 0 else { return false }
            k += 1
            if t.isIn(WordLists.title), k < tokens.count, NameRuns.isNameWord(tokens[k]) { return true }
        }
        return false
    }

    /// The lists of words that cannot stand in a role between an organisation and a name.
    static let roleBreakers: UInt16 = WordLists.verb | WordLists.filler | WordLists.phraseBreaker | WordLists.article | WordLists.clauseCutter
}
