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
        guard end > from else { return nil }
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
        return SubjectPhrase.reference(tokens, start..<end, preferLast: true)
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
            if next.isWord, !next.capitalized || next.isIn(WordLists.article) || next.possessive {
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
              run.first == open + 1, run.last == close, run.keyCount >= 2 else { return nil }
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
                    while stop < k, !(tokens[stop].isWord && stop > segmentStart && tokens[stop].isIn(WordLists.verb | WordLists.clauseCutter)) { stop += 1 }
                    if let r = SubjectPhrase.reference(tokens, segmentStart..<stop, preferLast: false) { return r }
                }
                segmentStart = k + 1
            }
            k += 1
        }
        return nil
    }
}
