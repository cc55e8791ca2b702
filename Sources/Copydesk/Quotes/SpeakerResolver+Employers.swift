/// Names that only say where the next person works: "White House press secretary Stephanie Grisham".
extension SpeakerResolver {
    /// True for a run followed by one to three lower-case role words, the last a title, and then a
    /// name word: the organisation of the person named next ("White House press secretary Stephanie
    /// Grisham", "Pentagon spokeswoman Alyssa Farah"), who is the one a later pronoun points at.
    @inline(__always)
    static func namesEmployer(_ run: NameRun, _ tokens: TokenList) -> Bool {
        guard !run.possessive, run.last + 1 < tokens.count, tokens[run.last].isWord, !tokens[run.last].capitalized else { return false }
        return employerRoleEnd(tokens, from: run.last) != nil
    }

    /// The token past the role words starting at `from` when one to three lower-case words, the last a
    /// title, are followed by a name word; nil otherwise.
    static func employerRoleEnd(_ tokens: TokenList, from: Int) -> Int? {
        var k = from
        while k < tokens.count, k - from < 3 {
            let t = tokens[k]
            guard t.isWord, !t.capitalized, !t.possessive,
                  !t.isIn(WordLists.verb | WordLists.filler | WordLists.phraseBreaker | WordLists.article | WordLists.clauseCutter) else { return nil }
            k += 1
            if t.isIn(WordLists.title), k < tokens.count, NameRuns.isNameWord(tokens[k]) { return k }
        }
        return nil
    }
}
