/// The cues `AttributionReader` reads: a reporting verb (strong or weak) or "according to".
extension AttributionReader {
    /// A cue found at token `index`: one verb, or "according to" (`length` 2).
    struct Cue {
        var index: Int; var length: Int; var weak: Bool
        var words: CueWords { length == 2 ? .accordingTo : .verb(index) }
    }

    /// False for a token `cue(at:allowWeak:)` turns away at once (not a word, neither a verb nor
    /// "according"), read inline so most tokens of a window cost no call.
    @inline(__always)
    func mayCue(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.isWord && (t.isIn(WordLists.verb) || t.key == according)
    }

    /// The cue at token `k`: "according to", or a reporting verb not after a determiner, "to" or a possessive, not
    /// passive, and weak only when `allowWeak`; nil otherwise.
    func cue(at k: Int, allowWeak: Bool) -> Cue? {
        let t = tokens[k]
        guard t.isWord else { return nil }
        if t.key == according, k + 1 < tokens.count, tokens[k + 1].key == to {
            return Cue(index: k, length: 2, weak: false)
        }
        guard t.isIn(WordLists.verb), !t.possessive else { return nil }
        if k > 0, tokens[k - 1].isWord, Self.notBeforeVerbs.contains(tokens[k - 1].key) || tokens[k - 1].possessive { return nil }
        // "would continue to pursue “…”": a verb taking an infinitive is no cue
        if k + 1 < tokens.count, tokens[k + 1].key == to, Self.infinitiveVerbs.contains(t.key) { return nil }
        let weak = t.isIn(WordLists.weakVerb)
        if weak && !allowWeak { return nil }
        // "would be announced", "had been informed": a passive is no cue ("has been saying" is one)
        // "be" and "been" are the only two- or four-byte words `isPassive` reads
        if k > 0, (tokens[k - 1].end &- tokens[k - 1].start) | 6 == 6, isPassive(after: k - 1, weak: weak) { return nil }
        return Cue(index: k, length: 1, weak: weak)
    }

    /// "“…,” the patient described in the report": a weak verb after a quote counts only when no
    /// object follows it ("he described his first days" is not an attribution).
    func intransitiveWeakCue(in range: Range<Int>) -> Cue? {
        guard let cue = firstCue(in: range, allowWeak: true) else { return nil }
        let next = cue.index + cue.length
        guard next < tokens.count, tokens[next].isWord else { return cue }
        return tokens[next].isIn(WordLists.phraseBreaker) ? cue : nil
    }

    /// The first cue in `range`, if any.
    func firstCue(in range: Range<Int>, allowWeak: Bool) -> Cue? {
        for k in range where mayCue(k) { if let c = cue(at: k, allowWeak: allowWeak) { return c } }
        return nil
    }

    /// "called it a “…”", "described as the “…”": a weak verb counts only close to the quote.
    func weakCueFits(_ cue: Cue, quote: Int) -> Bool {
        quote - cue.index <= 9 && !(cue.index > 0 && tokens[cue.index - 1].isIn(WordLists.filler) && Self.accuse.contains(tokens[cue.index].key))
    }
    /// "accused the Treasury of “…”" cites; "was accused of “…”" (a filler before it) does not.
    static let accuse: KeySet = WordKey.set(["accused", "accuses", "accusing"])

    /// True when the verb at `k + 1` is passive after the word at `k`: "be" before a weak verb or one that is no
    /// participle ("would be announced"), "been" before one that is no participle ("had been informed").
    @inline(never)
    func isPassive(after k: Int, weak: Bool) -> Bool {
        let key = tokens[k].key
        return key == Self.be && (weak || !tokens.endsIng(k + 1)) || key == Self.been && !tokens.endsIng(k + 1)
    }

    /// Reporting verbs that are no cue before "to" and an infinitive ("continue to pursue").
    static let infinitiveVerbs: KeySet = WordKey.set(["continue", "continues", "continued", "continuing"])
}
