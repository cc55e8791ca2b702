/// How `AttributionReader` finds the subject of a whole sentence or clause.
extension AttributionReader {
    /// "as" and "quoted" of "was quoted as saying".
    static let as_ = WordKey.of("as"), quoted = WordKey.of("quoted")

    /// The speaker phrase before the cue at `cue`, reading back no further than `from`.
    func subject(before cue: Int, from: Int) -> SpeakerReference? {
        // "Hamzah was quoted as saying": the subject of "quoted"
        if cue - from >= 3, tokens.endsIng(cue), tokens[cue - 1].key == Self.as_, tokens[cue - 2].key == Self.quoted { return subject(before: cue - 2, from: from) }
        var end = cue
        while end > from, tokens[end - 1].isWord, tokens[end - 1].isIn(WordLists.filler) || tokens.endsLy(end - 1) { end -= 1 }
        guard end > from else { return cue == from && tokens[cue].capitalized ? mainClauseSubject(after: cue) : nil }
        if tokens[end - 1].key == Keyword.who, let r = relativeWhoName(before: end - 1, from: from) { return r }  // (round 15)
        let participle = tokens.endsIng(cue)
        let last = tokens[end - 1]
        if last.kind == .comma, !participle, let r = appositiveSubject(from: from, to: end) ?? appositiveName(from: from, to: end) { return r }
        if participle || last.kind == .comma || last.key == Keyword.and {
            if last.key == Keyword.and, !participle, let r = coordinatedSubject(before: end - 1, from: from) { return r }
            return sentenceSubject(from: from, to: end)
        }
        var start = end
        while start > from {
            let t = tokens[start - 1]
            if t.kind == .comma || t.kind == .colon || t.kind == .stop && endsSentence(start - 1) { break }
            if t.kind == .quote, spanWords[t.quoteIndex] > 3 { break }
            if t.isIn(WordLists.clauseCutter) { break }
            start -= 1
        }
        let reference = SubjectPhrase.reference(tokens, start..<end, preferLast: true)
        if reference == nil, start > from + 3, tokens[start - 1].key == Self.but || tokens[start - 1].key == Keyword.and {
            return subjectBeforeVerbs(joinedAt: start - 1, from: from)
        }
        return reference
    }

    /// "the president of the Farmers' Association, Joaquim Palma, welcomed the decision but said": before the "but"
    /// (or "and") at `joiner`, a clause of verbs with no subject after a comma; the name filling the comma-enclosed
    /// segment before it speaks (`appositiveName`).
    @inline(never)
    func subjectBeforeVerbs(joinedAt joiner: Int, from: Int) -> SpeakerReference? {
        var comma = joiner - 1
        while comma > from, tokens[comma].kind != .comma {
            let t = tokens[comma]
            if t.kind == .stop || t.kind == .colon || t.kind == .quote || t.capitalized || t.isIn(WordLists.clauseCutter) { return nil }
            comma -= 1
        }
        guard comma > from, comma + 1 < joiner, tokens[comma + 1].isIn(WordLists.verb) || tokens.endsEd(comma + 1) else { return nil }
        return appositiveName(from: from, to: comma + 1)
    }

    /// "Smith: “We did it.”": a paragraph that opens with a name and a colon before the quote.
    func speakerLabel(_ q: Int) -> Attribution? {
        guard q >= 2, q <= 6, tokens[q - 1].kind == .colon,
              let run = NameRuns.firstRun(tokens, in: 0..<(q - 1)), run.first == 0, run.last == q - 1 else { return nil }
        return Attribution(cue: nil, speaker: .name(run, role: run.nameStart..<run.nameStart), before: true, cueIndex: q - 1)
    }

    /// "General Mark Milley, chairman of the Joint Chiefs of Staff, told": the name that ends the
    /// clause segment right before an appositive.
    func appositiveSubject(from: Int, to: Int) -> SpeakerReference? {
        var segmentStart = from
        for k in from..<to where tokens[k].kind == .comma {
            guard k > segmentStart, k + 1 < to, tokens[k - 1].isWord, NameRuns.isNameWord(tokens[k - 1]) else { segmentStart = k + 1; continue }
            let next = tokens[k + 1]
            // "State Sen. Anthony Ruocco, R-Morris, who …": a party tag is no name
            if next.isWord, !next.capitalized || next.isIn(WordLists.article) || next.possessive || tokens.isPartyTag(k + 1) {
                // "In a statement to BuzzFeed News, a spokesperson, …": a name after a preposition is no subject
                if let run = NameRuns.lastRun(tokens, in: segmentStart..<k), run.last == k,
                   !(run.first > segmentStart && tokens[run.first - 1].isIn(WordLists.preposition)) {
                    return .name(run, role: run.nameStart..<run.nameStart)
                }
            }
            segmentStart = k + 1
        }
        return nil
    }

    /// "The Mayor of London, Sadiq Khan, called", "Another passenger, Richard Mace, said": a name that fills the last
    /// comma-enclosed segment before the cue (`to` is past its closing comma).
    func appositiveName(from: Int, to: Int) -> SpeakerReference? {
        let close = to - 1
        var open = close - 1
        while open >= from, tokens[open].kind != .comma { open -= 1 }
        guard open >= from, open + 1 < close, let run = NameRuns.firstRun(tokens, in: (open + 1)..<close),
              run.first == open + 1, run.last == close else { return nil }
        // (round 14) one word names the speaker after a description ending in a lower-case noun ("Lefort's team, Arvelle-Lyonnaise,")
        guard run.keyCount >= 2 || open > from && tokens[open - 1].isWord && !tokens[open - 1].capitalized else { return nil }
        return .name(run, role: run.nameStart..<run.nameStart)
    }

    /// The subject of the sentence: the first clause segment that does not open with a
    /// preposition, read for its first name or pronoun.
    func sentenceSubject(from: Int, to: Int) -> SpeakerReference? {
        var segmentStart = from
        var k = from
        while k <= to {
            if k == to || tokens[k].kind == .comma {
                if k > segmentStart, !(tokens[segmentStart].isWord && Self.prepositionStarts.contains(tokens[segmentStart].key)) {
                    var stop = segmentStart
                    while stop < k, !(tokens[stop].isWord && stop > segmentStart && tokens[stop].isIn(WordLists.verb | WordLists.clauseCutter)) {
                        // "She pointed to Timbs v. Indiana": a pronoun's past tense ends its subject
                        if stop == segmentStart + 1, tokens[segmentStart].isIn(WordLists.personPronoun | WordLists.groupPronoun), tokens.endsEd(stop) { break }
                        stop += 1
                    }
                    if let r = SubjectPhrase.reference(tokens, segmentStart..<stop, preferLast: false) { return r }
                }
                segmentStart = k + 1
            }
            k += 1
        }
        return nil
    }

    /// "Asked whether they could win, he smiled: “…”": for "Asked" opening its sentence (a participle), the
    /// subject of the main clause after its first comma (up to a colon, quote or sentence end); nil otherwise.
    @inline(never)
    func mainClauseSubject(after cue: Int) -> SpeakerReference? {
        guard tokens[cue].key == Self.asked else { return nil }
        var comma = cue + 1
        while comma < tokens.count, comma - cue < Self.window, tokens[comma].kind == .word || tokens[comma].kind == .other { comma += 1 }
        guard comma < tokens.count, tokens[comma].kind == .comma else { return nil }
        var end = comma + 1
        while end < tokens.count, end - cue < Self.window, tokens[end].kind == .word || tokens[end].kind == .comma { end += 1 }
        guard end > comma + 1 else { return nil }
        return sentenceSubject(from: comma + 1, to: end)
    }

    /// "asked".
    static let asked = WordKey.of("asked")
}
