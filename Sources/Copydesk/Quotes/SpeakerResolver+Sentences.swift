/// The subject of each sentence, as paragraphs are read.
extension SpeakerResolver {
    /// Keeps `lastSubject` up to date: in each sentence, the first person named near its start
    /// (not after a preposition) becomes the subject; a sentence opening with "he"/"she" keeps it. `genders`: a
    /// pronoun gives the subject it points at its gender (not where ", says X" later adds a subject before it).
    mutating func noteSentenceSubjects(paragraph p: Int, tokens: TokenList, mentions found: Range<Int>, genders: Bool) {
        // The tokens as a local array (`t[j]` is `tokens[j]` for every `j` below `tokens.count`): no closure, so the
        // loop's calls into `self` never copy the entity table.
        let t = tokens.items
        let count = tokens.count
        var k = 0
        var m = found.lowerBound
        // The token of mention `m` (Int.max past the last): most tokens are before it, and only a
        // token at or past it moves `m` or can be a mention.
        var nextMention = m < found.upperBound ? mentionItems[m].token : Int.max
        while k < count {
            // "Her father …": a possessive pronoun opening a sentence gives the subject so far its gender
            if t[k].isIn(WordLists.indefinite) { noteUnnamedOpening(tokens, paragraph: p, at: k) }
            if genders, let g = Self.possessiveGender(t[k].key), let s = subject(paragraph: p, before: k, gender: g) { table.noteGender(s, g) }
            // "The head coach confirmed that captain …": the job's holder, not the person named after it
            if t[k].key == Keyword.the, t[k].capitalized, let s = roleSubject(tokens, paragraph: p, at: k) {
                sentenceSubjects.append(SubjectEntry(paragraph: p, token: k, entity: s)); k = tokens.nextStop(from: k) + 1; continue
            }
            var j = k
            let limit = Swift.min(count, k + 10)
            scan: while j < limit {
                let token = t[j]
                if token.kind == .stop || token.kind == .quote { break scan }
                // Only words carry list bits: one test passes every token that is neither a verb nor "he"/"she".
                if token.lists & (WordLists.verb | WordLists.personPronoun) != 0 {
                    if !token.isIn(WordLists.verb) {
                        let g = Self.gender(of: token.key)
                        if let last = subject(paragraph: p, before: j, gender: g) {
                            if genders { table.noteGender(last, g) }; sentenceSubjects.append(SubjectEntry(paragraph: p, token: j, entity: last))
                        }
                        break scan
                    }
                    // "president Said Iqbal said": a capitalised verb inside the sentence is a name (`NameRuns.startsName`)
                    if !token.capitalized || j == k { break scan }
                }
                if nextMention <= j {
                    while m < found.upperBound, mentionItems[m].token < j { m += 1 }
                    nextMention = m < found.upperBound ? mentionItems[m].token : Int.max
                    // "According to Faisal Rahim, …": the source after "according to" is the subject
                    if nextMention == j, !(j > 0 && t[j - 1].isIn(WordLists.preposition)) || j >= 2 && t[j - 2].key == Keyword.according && t[j - 1].key == Keyword.to {
                        let entity = mentionItems[m].entity
                        // "White House press secretary Stephanie Grisham": the organisation before a role is not the subject
                        if table.isPerson(entity), !Self.namesEmployer(tokens, at: j) {
                            sentenceSubjects.append(SubjectEntry(paragraph: p, token: j, entity: entity)); break scan
                        }
                    }
                }
                j += 1
            }
            k = tokens.nextStop(from: j) + 1
        }
    }
}
