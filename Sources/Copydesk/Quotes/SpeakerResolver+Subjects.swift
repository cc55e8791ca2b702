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
            if table.isPerson(entity), Self.followsComma(tokens, t) && Self.isAppositiveSubject(tokens, at: t) || Self.isNamedBeforeVerb(tokens, at: t) {
                var at = sentenceSubjects.endIndex
                while at > 0, !sentenceSubjects[at - 1].isBefore(p, t) { at -= 1 }
                sentenceSubjects.insert(SubjectEntry(paragraph: p, token: t, entity: entity), at: at); continue
            }
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

    /// "…, Dr Hamisi Mwakasege, said": true when the name words from `t` (after a comma) end at a comma followed by a
    /// lower-case reporting verb that is not weak.
    static func isAppositiveSubject(_ tokens: TokenList, at t: Int) -> Bool {
        var k = t
        while k < tokens.count, k - t < 8, tokens[k].isWord, tokens[k].capitalized { k += 1 }
        guard k > t + 1, k + 1 < tokens.count, tokens[k].kind == .comma else { return false }
        let verb = tokens[k + 1]
        return verb.isIn(WordLists.verb) && !verb.capitalized && !verb.isIn(WordLists.weakVerb)
    }

    /// True when `run` stands between two commas with a reporting verb after the second ("…, Dr Hamisi Mwakasege, said").
    @inline(__always)
    static func isBetweenCommasBeforeVerb(_ run: NameRun, _ tokens: TokenList) -> Bool {
        run.last + 1 < tokens.count && tokens[run.last].kind == .comma && followsComma(tokens, run.first) && tokens[run.last + 1].isIn(WordLists.verb)
    }

    /// True when a comma stands right before token `t`, or before a capitalised title word before it (", Dr Hamisi").
    @inline(__always)
    static func followsComma(_ tokens: TokenList, _ t: Int) -> Bool {
        t >= 1 && (tokens[t - 1].kind == .comma || t >= 2 && tokens[t - 2].kind == .comma && tokens[t - 1].capitalized && tokens[t - 1].isIn(WordLists.title))
    }

    /// "…, manager Sheila Navarro said": a run of two or more name words right before a lower-case reporting verb that
    /// is not weak (the run is the clause's subject wherever the sentence puts it).
    @inline(__always)
    static func isNameBeforeVerb(_ run: NameRun, _ tokens: TokenList) -> Bool {
        run.keyCount >= 2 && !run.possessive && run.last < tokens.count && isSubjectVerb(tokens[run.last])
    }

    /// `isNameBeforeVerb` from the mention at token `t`: the capitalised words from `t` end before such a verb.
    static func isNamedBeforeVerb(_ tokens: TokenList, at t: Int) -> Bool {
        var k = t
        while k < tokens.count, k - t < 8, tokens[k].isWord, tokens[k].capitalized, !tokens[k].possessive { k += 1 }
        return k > t + 1 && k < tokens.count && isSubjectVerb(tokens[k])
    }

    /// A lower-case reporting verb that is not weak and no possessive: what a subject name stands before.
    @inline(__always)
    static func isSubjectVerb(_ verb: Token) -> Bool {
        verb.isWord && verb.isIn(WordLists.verb) && !verb.capitalized && !verb.isIn(WordLists.weakVerb) && !verb.possessive
    }
}
