/// Subjects noted besides the first person of each sentence: a quote's speaker, a person named after ", says".
extension SpeakerResolver {
    /// Records a quote's resolved speaker as the subject at its cue, keeping the log sorted.
    mutating func noteSubject(_ entity: Int, paragraph p: Int, token: Int) {
        var at = spokenSubjects.endIndex
        while at > 0, !spokenSubjects[at - 1].isBefore(p, token), spokenSubjects.endIndex - at < 8 { at -= 1 }
        // Speakers are mostly resolved in reading order: the entry goes last (an append, no shift).
        let entry = SubjectEntry(paragraph: p, token: token, entity: entity)
        if at == spokenSubjects.endIndex { spokenSubjects.append(entry) } else { spokenSubjects.insert(entry, at: at) }
    }

    /// "…, says Rosa Quintanilla, a biologist": each person of `mentions` (paragraph `p`'s) named right after a comma
    /// and a lower-case reporting verb that is neither weak nor "told" becomes a subject from there (entries kept sorted).
    @inline(never)
    mutating func noteInvertedSubjects(paragraph p: Int, tokens: TokenList, mentions: Range<Int>) {
        for m in mentions {
            let (t, entity) = mentionItems[m]
            guard t >= 2, tokens[t - 2].kind == .comma else { continue }
            let verb = tokens[t - 1]
            // "…, told Arab News that": after "told" comes who was told
            guard verb.isIn(WordLists.verb), !verb.capitalized, !verb.isIn(WordLists.weakVerb), !Keyword.addresseeCues.contains(verb.key),
                  table.isPerson(entity) else { continue }
            var at = sentenceSubjects.endIndex
            while at > 0, !sentenceSubjects[at - 1].isBefore(p, t) { at -= 1 }
            sentenceSubjects.insert(SubjectEntry(paragraph: p, token: t, entity: entity), at: at)
        }
    }
}
