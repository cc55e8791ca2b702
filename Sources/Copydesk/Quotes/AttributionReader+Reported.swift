/// Quotes whose speaker is named in the sentence before them, with no cue of their own.
extension AttributionReader {
    /// "Gary Sugden said he had been told …. “Everything has gone.”", "Gary Sugden, a builder, was blunt: “…”":
    /// for the quote at `q` opening a sentence after one of reported speech (its first cue and subject), or
    /// following a colon, the speaker of that sentence or clause; only a name or a pronoun counts.
    func reportedSpeech(before q: Int) -> Attribution? {
        guard q >= 2 else { return nil }
        let mark = q - 1
        let colon = tokens[mark].kind == .colon
        guard colon || (tokens[mark].kind == .stop && endsSentence(mark)) else { return nil }
        var start = mark
        while start > 0, mark - start < Self.window {
            let t = tokens[start - 1]
            if t.kind == .stop && endsSentence(start - 1) { break }
            // a sentence holding a quote of its own is read by the rules for that quote
            if t.kind == .quote { return nil }
            start -= 1
        }
        let reference: SpeakerReference?
        var cue: Cue?
        if colon, let put = putCue(in: start..<mark) {
            // "Ellery put it simply: “…”": the subject of "put" ("it" is its object)
            cue = Cue(index: put, length: 1, weak: false)
            reference = subject(before: put, from: start)
        } else if colon {
            reference = sentenceSubject(from: start, to: mark)
        } else {
            guard let found = firstCue(in: start..<mark, allowWeak: false), found.length == 1 else { return nil }
            cue = found
            reference = subject(before: found.index, from: start)
        }
        switch reference {
        case .name(let run, _)? where colon && run.first > start && tokens[run.first - 1].isIn(WordLists.indefinite):
            // "A Labour MP in a Leave-voting seat put it more bluntly: ‘…’": a description, no one named
            return Attribution(cue: nil, speaker: .unnamed(nil), before: true, cueIndex: mark)
        case .name?, .pronoun?: return Attribution(cue: cue?.words, speaker: reference, before: true, cueIndex: cue?.index ?? mark)
        default:
            // "Okafor’s answer was blunt: “…”", "The mayor was blunt: “…”": a colon introducer keeps its quote
            guard colon else { return nil }
            // "One resident was blunt: “…”": an unnamed source is kept as one
            var speaker = reference
            if case .unnamed? = reference {} else { speaker = colonSpeaker(from: start, to: cue?.index ?? mark) }
            if case .name(let run, _)? = speaker, run.first > start, tokens[run.first - 1].isIn(WordLists.indefinite) { speaker = .unnamed(nil) }
            return Attribution(cue: cue?.words, speaker: speaker, before: true, cueIndex: cue?.index ?? mark)
        }
    }

    /// True when no sentence ends between the tokens at `a` and `b`.
    func sameSentence(_ a: Int, _ b: Int) -> Bool {
        for k in (a + 1)..<b where tokens[k].kind == .stop && endsSentence(k) { return false }
        return true
    }

    /// The first token of the sentence holding token `i` (quotes do not end it), reading back to `lower` at most.
    func sentenceStart(of i: Int, lower: Int) -> Int {
        var s = i
        while s > Swift.max(0, lower), !(tokens[s - 1].kind == .stop && endsSentence(s - 1)) { s -= 1 }
        return s
    }

    /// "in which Trump called her “bad news” and said": the subject of the clause a cue after "and" (at `and`)
    /// continues, when a clause word ("which", "who", "when") opens it with a name; nil otherwise.
    func coordinatedSubject(before and: Int, from: Int) -> SpeakerReference? {
        var b = and - 1
        while b >= from {
            let t = tokens[b]
            if t.kind == .comma || t.kind == .colon || t.kind == .stop { return nil }
            if t.isWord, t.isIn(WordLists.clauseCutter) { break }
            b -= 1
        }
        guard b >= from, b + 1 < and, NameRuns.isNameWord(tokens[b + 1]) else { return nil }
        // "Fernández said Friday that Argentina will … and warned": "and" joins the verb before "that", whose subject speaks
        if tokens[b].key == Keyword.that, (from..<b).contains(where: { tokens[$0].isWord && tokens[$0].isIn(WordLists.verb) }) { return nil }
        var stop = b + 1
        while stop < and, !(tokens[stop].isWord && tokens[stop].isIn(WordLists.verb | WordLists.clauseCutter)) { stop += 1 }
        let reference = SubjectPhrase.reference(tokens, (b + 1)..<stop, preferLast: false)
        if case .name? = reference { return reference }
        return nil
    }
}
