/// Resolving the speaker reference of one attribution to a speaker, as the article is read.
extension SpeakerResolver {
    /// The speaker `reference` points at, in paragraph `p` before token `token`.
    mutating func speaker(for reference: SpeakerReference?, tokens: TokenList, paragraph p: Int, token: Int,
                          lastSpeaker: Speaker?) -> Speaker? {
        guard let reference else { return nil }
        switch reference {
        case .name(let run, let roleTokens):
            // The role as printed, built only when the speaker has no role of its own.
            let role = { roleTokens.isEmpty ? nil : tokens.joined(roleTokens, printed: true) }
            // An organisation's name never resolves to a person's ("an Intel spokesperson", not "Cores Crush Intel")
            if let i = table.resolve(run, tokens, recent: true, paragraph: p), !(run.isOrganization && table.isPerson(i)) {
                touch(i)
                if run.nameStart > run.first { table.noteGender(i, Self.titleGender(tokens[run.nameStart - 1].key)) }
                if table.isPerson(i) { noteSubject(i, paragraph: p, token: token) } else { noteSpokes(run, roleTokens, tokens, paragraph: p, token: token, entity: i) }
                return make(i, fallbackRole: table[i].role == nil ? role() : nil)
            }
            // "the President said", "a spokesman for the Mayor said": a title alone is read as "the president" (the
            // latest person introduced with that title), never as a name
            if run.keyCount == 1, !run.isOrganization, tokens[run.nameStart].isIn(WordLists.title) {
                return speaker(for: .description(tokens[run.nameStart].key), tokens: tokens, paragraph: p, token: token, lastSpeaker: lastSpeaker)
            }
            // "The First Minister told": the person who holds the title
            if Self.isTitleMention(run, tokens), let i = titleHolder(run, tokens, paragraph: p) { touch(i); return make(i, fallbackRole: nil) }
            return Speaker(name: run.name(tokens), role: role(), kind: run.isOrganization ? .organization : .person)
        case .pronoun(let word, let at):
            let wantsGroup = CueTable.groupPronouns.contains(word)
            // "A political appointee … told me …. He added": the pronoun is the unnamed source, unless a person came since
            if !wantsGroup, unnamedSourceSpeaks(paragraph: p, before: at) { return nil }
            if !wantsGroup, let i = spokesSource(paragraph: p, before: at, pronoun: word) { return make(i, fallbackRole: nil) }
            if !wantsGroup, let last = subject(paragraph: p, before: at, gender: Self.gender(of: word)) {
                table.noteGender(last, Self.gender(of: word)); return make(last, fallbackRole: nil)
            }
            if let i = recent(paragraph: p, before: at, organization: wantsGroup) { return make(i, fallbackRole: nil) }
            if wantsGroup, word == Self.they, let i = recent(paragraph: p, before: at, organization: false) { return make(i, fallbackRole: nil) }
            return lastSpeaker
        case .description(let head):
            // "the company said", "the charity said": the organisation named most recently, never a person
            if CueTable.organizationNouns.contains(head) {
                if let i = recent(paragraph: p, before: token, organization: true) ?? table.organization(holding: head) { return make(i, fallbackRole: nil) }
                return nil
            }
            // "A spokesperson for the Department for Education said …", then "the spokesperson said": with no person
            // of that role, the organisation named just before (as for "a spokesperson", unnamed)
            if CueTable.spokesHeads.contains(head), table.latestWithRole(head) == nil,
               let i = recent(paragraph: p, before: token, organization: true) { return make(i, fallbackRole: nil) }
            if let unnamed = lastUnnamedHead, unnamed.head == head, p - unnamed.paragraph <= 2 { return nil }
            if let i = table.latestWithRole(head) { return make(i, fallbackRole: nil) }
            if CueTable.statementNouns.contains(head) {
                // "In a statement, Mr Idris said …. The statement reads in part: “…”": who spoke just before issued it
                if let i = subject(paragraph: p, before: token, within: 1) { return make(i, fallbackRole: nil) }
                if let i = recent(paragraph: p, before: token, organization: true) { return make(i, fallbackRole: nil) }
                return nil
            }
            // "The Dutchman added": the latest subject, else the latest person named
            if CueTable.demonyms.contains(head) { return (subject(paragraph: p, before: token) ?? recent(paragraph: p, before: token, organization: false)).map { make($0, fallbackRole: nil) } }
            // "the actor": the most recent person, unless their role names a different job.
            if CueTable.titles.contains(head), let i = recent(paragraph: p, before: token, organization: false),
               !table.roleKeys(i).contains(where: { CueTable.titles.contains($0) }) {
                return make(i, fallbackRole: nil)
            }
            // "the association said": the organisation whose name holds the noun ("Russian Association of …")
            if let i = table.organization(holding: head) { return make(i, fallbackRole: nil) }
            return nil
        case .unnamed(let head):
            if let head { lastUnnamedHead = (p, head) }
            if let head, !CueTable.spokesHeads.contains(head) { lastUnnamedAt = (p, token) }
            // "The Department for Education said …", then "A spokesman said": the organisation named just before speaks
            if let head, CueTable.spokesHeads.contains(head), let i = recent(paragraph: p, before: token, organization: true) {
                lastSpokesAt = (p, token, i, head); return make(i, fallbackRole: nil)
            }
            return nil
        }
    }

    /// The speaker for entity `i` (mutating only to be read in place, as `subject`).
    mutating func make(_ i: Int, fallbackRole: String?) -> Speaker {
        table.speaker(i, fallbackRole: fallbackRole)
    }
}

extension SpeakerResolver {
    /// "A Southern Trust spokeswoman said …", then "She said: …": the organisation that spokesperson spoke for, when it
    /// spoke in this paragraph or the one before, no person became the subject since, and "he"/"she" fits the noun.
    mutating func spokesSource(paragraph p: Int, before at: Int, pronoun: UInt64) -> Int? {
        guard let s = lastSpokesAt, p - s.paragraph <= 1, s.paragraph < p || s.token < at else { return nil }
        if pronoun == Self.he && s.head == Self.spokeswoman || pronoun == Self.she && s.head == Self.spokesman { return nil }
        let a = Self.lastEntry(sentenceSubjects, before: p, at), b = Self.lastEntry(spokenSubjects, before: p, at)
        if let a, !a.isBefore(s.paragraph, s.token) { return nil }
        if let b, !b.isBefore(s.paragraph, s.token) { return nil }
        return s.entity
    }

    /// "A Southern Trust spokeswoman said": an organisation's name with a spokesperson noun after it or in its role
    /// is the source a later "she said" points at.
    mutating func noteSpokes(_ run: NameRun, _ role: Range<Int>, _ tokens: TokenList, paragraph p: Int, token: Int, entity i: Int) {
        let after = run.last < tokens.count && tokens[run.last].isWord ? tokens[run.last].key : 0
        if CueTable.spokesHeads.contains(after) { lastSpokesAt = (p, token, i, after); return }
        for k in role where tokens[k].isWord && CueTable.spokesHeads.contains(tokens[k].key) { lastSpokesAt = (p, token, i, tokens[k].key); return }
    }

    static let spokeswoman = WordKey.of("spokeswoman"), spokesman = WordKey.of("spokesman")
}
