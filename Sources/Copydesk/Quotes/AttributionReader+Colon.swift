/// Colon introducers with no reporting verb: "Ellery put it simply: “…”", "Okafor’s answer was blunt: “…”".
extension AttributionReader {
    /// "put", "puts": with an object after it ("put it simply", "puts the challenge bluntly") a colon introducer's cue.
    static let putWords: KeySet = WordKey.set(["put", "puts"])

    /// Nouns for what someone said: a possessive before one names the speaker ("Okafor’s answer was blunt").
    static let speechNouns: KeySet = WordKey.set([
        "answer", "response", "reply", "message", "advice", "verdict", "reaction", "explanation", "comment", "comments",
        "assessment", "warning", "argument", "conclusion", "view", "take", "retort", "words", "plea", "instructions",
        "prediction", "pitch", "request", "demand", "question", "point", "opinion", "stance", "philosophy", "motto",
        "mantra", "promise", "rationale", "reasoning", "summary", "account", "diagnosis", "prognosis", "recommendation",
    ])

    /// The index of "put" or "puts" in `range` with a word after it (its object) and no article or preposition
    /// before it; nil when there is none. Only colon introducers are read for it.
    func putCue(in range: Range<Int>) -> Int? {
        for k in range where k + 1 < range.upperBound && tokens[k].isWord && !tokens[k].capitalized && Self.putWords.contains(tokens[k].key) {
            // "to put it simply" (no subject), "the put" (a noun)
            guard tokens[k + 1].isWord, k == range.lowerBound || !tokens[k - 1].isIn(WordLists.article | WordLists.preposition) else { continue }
            return k
        }
        return nil
    }

    /// The speaker of a colon introducer whose sentence `from..<to` has no reporting verb and no name or pronoun
    /// for a subject: the owner of a speech noun ("Okafor’s answer was blunt", "His advice is simple"), a name in
    /// apposition ("The report’s lead author, Jennifer Okafor, …, was blunt"), a title ("The mayor was blunt") or an
    /// unnamed source ("One resident was blunt"); nil otherwise (the quote is kept with no speaker).
    func colonSpeaker(from: Int, to: Int) -> SpeakerReference? {
        // The predicate opens with the first auxiliary ("was", "is", "has"), else at `to`.
        var v = from
        while v < to, !(tokens[v].isWord && tokens[v].isIn(WordLists.filler)) { v += 1 }
        guard v > from else { return nil }
        // "Okafor’s answer", "Her advice in the meantime": a speech noun after its owner
        for n in (from + 1)..<v where tokens[n].isWord && !tokens[n].capitalized && Self.speechNouns.contains(tokens[n].key) {
            let owner = tokens[n - 1]
            if owner.possessive, owner.capitalized, let run = NameRuns.lastRun(tokens, in: from..<n), run.last == n {
                return .name(run, role: run.nameStart..<run.nameStart)
            }
            if owner.isWord, let pronoun = SubjectPhrase.possessivePronouns[owner.key] { return .pronoun(pronoun, at: n - 1) }
        }
        let reference = subject(before: v, from: from)
        switch reference {
        case .name?, .pronoun?, .unnamed?: return reference
        case .description(let key)? where CueTable.titles.contains(key): return reference
        default: return nil
        }
    }
}
