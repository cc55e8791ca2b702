/// (round 14) "According to the union's Scottish organiser, Derek Lindsay, …": the name set off by commas after a
/// description is the source.
extension AttributionReader {
    /// The source of "according to" whose phrase runs over `phrase` (words after "to", up to a non-word token): a name
    /// in that phrase, else the name of an appositive between the two commas after it (before the quote at `q`), else
    /// whatever the phrase refers to.
    func accordingSource(_ phrase: Range<Int>, quote q: Int) -> SpeakerReference? {
        let source = SubjectPhrase.objectPronoun(tokens, phrase) ?? SubjectPhrase.reference(tokens, phrase, preferLast: false)
        if case .name? = source { return source }
        let comma = phrase.upperBound
        guard comma < q, tokens[comma].kind == .comma else { return source }
        var stop = comma + 1
        while stop < q, tokens[stop].isWord { stop += 1 }
        guard stop > comma + 1, stop < q, tokens[stop].kind == .comma,
              case .name? = SubjectPhrase.reference(tokens, (comma + 1)..<stop, preferLast: false) else { return source }
        return SubjectPhrase.reference(tokens, (comma + 1)..<stop, preferLast: false)
    }
}

extension AttributionReader {
    /// (round 14) The attribution of the nearest strong cue before token `k` (back to `start`) whose subject is a name:
    /// "The Department for Infrastructure said in a statement that design work would continue" gives the department.
    func namedStrongCue(before k: Int, from start: Int) -> Attribution? {
        var j = k - 1
        while j > start {
            if mayCue(j), let cue = cue(at: j, allowWeak: false), cue.length == 1 {
                let speaker = subject(before: j, from: start)
                guard case .name? = speaker else { return nil }
                return Attribution(cue: cue.words, speaker: speaker, before: true, cueIndex: j)
            }
            j -= 1
        }
        return nil
    }
}

extension AttributionReader {
    /// (round 15) "according to Hauksdóttir, who said": the name run (`last` exclusive) that ends at the comma ahead of the relative
    /// "who" at `who` (read back no further than `from`), or `nil` when no name closes that segment.
    func relativeWhoName(before who: Int, from: Int) -> SpeakerReference? {
        guard who - from >= 2, tokens[who - 1].kind == .comma, tokens[who - 2].isWord,
              let run = NameRuns.lastRun(tokens, in: from..<(who - 1)), run.last == who - 1 else { return nil }
        return .name(run, role: run.nameStart..<run.nameStart)
    }
}
