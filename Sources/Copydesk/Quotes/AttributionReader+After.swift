/// The speaker of an attribution found after its quote.
extension AttributionReader {
    /// The attribution that `cue`, found after the quote token at `q` in the window that ends at `end`, gives: the
    /// speaker named after the cue ("said Wang") or the subject before it ("the NDRC said").
    @inline(__always)
    func attribution(after q: Int, cue: Cue, end: Int) -> Attribution? {
        var pre = (q + 1)..<cue.index
        while let last = pre.last, tokens[last].isWord, tokens[last].isIn(WordLists.filler) || tokens.endsLy(last) {
            pre = pre.lowerBound..<last
        }
        let afterCue = cue.index + cue.length
        // "said Wang", "said the actor", "comments Robin Biesbroek of the CDF"
        var k = afterCue
        while k < end, tokens[k].isWord, tokens[k].isIn(WordLists.filler) || tokens.endsLy(k) { k += 1 }
        var stop = k, complement = -1
        while stop < end, tokens[stop].isWord {
            // "said Secretary of State Mike Pompeo": a title's complement does not break the phrase (nor a second
            // one right after it: "said Senior Minister of State for Manpower Zaqy Mohamad")
            if stop > k, tokens[stop].isIn(WordLists.phraseBreaker) {
                guard let next = NameRuns.titleComplement(tokens, at: stop, limit: end, chained: complement == stop - 1)
                        ?? NameRuns.titleGap(tokens, at: stop, limit: end) else { break }
                stop = next; complement = next
            }
            stop += 1
        }
        // "said as she waited", "said while …": a clause after the cue names no speaker
        // "according to her": the pronoun speaks
        var post = k < end && tokens[k].isWord && tokens[k].isIn(WordLists.phraseBreaker) ? nil
            : cue.length == 2 ? SubjectPhrase.objectPronoun(tokens, k..<stop) ?? SubjectPhrase.reference(tokens, k..<stop, preferLast: false)
            : SubjectPhrase.reference(tokens, k..<stop, preferLast: false)
        // "said the city's mayor, Tomasz Wierzbicki, announcing …": the name in apposition to a description
        if stop < end, stop > k, tokens[stop].kind == .comma, tokens[k].isIn(WordLists.definite), let named = appositiveAfter(k..<stop, end: end) { post = named }
        if pre.isEmpty || pre.allSatisfy({ tokens[$0].kind == .comma || tokens[$0].kind == .other }) {
            if post == nil && tokens.endsIng(cue.index) { return nil }
            return Attribution(cue: cue.words, speaker: post, before: false, cueIndex: cue.index)
        }
        // "“…,” Heather Howard, a former commissioner, told Vox": after "told" comes the listener
        if let post, tokens[pre.upperBound - 1].kind == .comma, !Keyword.addresseeCues.contains(tokens[cue.index].key) {
            return Attribution(cue: cue.words, speaker: post, before: false, cueIndex: cue.index)
        }
        let speaker = subject(before: cue.index, from: q + 1)
        // "He added that … “…,” but said Japan would …": a verb joined by "but" names no one; the attribution before stands
        if speaker == nil, joinsVerb(after: q, cue: cue.index), let before = before(q, previousQuote: nil), before.speaker != nil { return before }
        return Attribution(cue: cue.words, speaker: speaker, before: false, cueIndex: cue.index)
    }

    /// True when only commas, dashes and at least one "but" or "and" stand between the quote token at `q` and the
    /// cue at `cue` ("“…,” but said Japan would …"): a verb joined to the sentence before the quote, sharing its subject.
    @inline(never)
    func joinsVerb(after q: Int, cue: Int) -> Bool {
        guard cue > q + 1 else { return false }
        var joined = false
        for k in (q + 1)..<cue {
            let t = tokens[k]
            if t.key == Keyword.and || t.key == Self.but, t.isWord { joined = true; continue }
            guard t.kind == .comma || t.kind == .other else { return false }
        }
        return joined
    }

    /// "but".
    static let but = WordKey.of("but")

    /// "the city's mayor, Tomasz Wierzbicki,": the name run of two words or more that fills the comma-enclosed
    /// segment right after the description `phrase` (a title or a definite noun, no name of its own), ending at a
    /// comma or at `end`; its role is the description as printed.
    @inline(never)
    func appositiveAfter(_ phrase: Range<Int>, end: Int) -> SpeakerReference? {
        guard let head = phrase.last, tokens[head].isWord, !tokens[head].capitalized,
              NameRuns.firstRun(tokens, in: phrase) == nil, phrase.upperBound + 1 < end,
              let run = NameRuns.firstRun(tokens, in: (phrase.upperBound + 1)..<end), run.first == phrase.upperBound + 1,
              run.keyCount >= 2, !run.isOrganization, run.last == end || tokens[run.last].kind == .comma else { return nil }
        return .name(run, role: (phrase.lowerBound + 1)..<phrase.upperBound)
    }
}
