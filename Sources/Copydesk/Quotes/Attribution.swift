/// Who a quote's attribution points at, before resolution against the entity table.
enum SpeakerReference {
    /// A proper name ("Wang", "the NDRC", "Oklahoma City coach Billy Donovan"); `role` is the
    /// token range of the role words before the name (empty for none), read as printed when needed.
    case name(NameRun, role: Range<Int>)
    /// A pronoun ("he", "they") at a token index.
    case pronoun(UInt64, at: Int)
    /// A definite description ("the actor", "the statement"): the key of its head noun.
    case description(UInt64)
    /// An unnamed source ("an officer", "one user"): no speaker; the head noun's key when there is one.
    case unnamed(UInt64?)
}

/// Where an attribution's cue is written.
enum CueWords {
    /// A reporting verb: the word at this token index.
    case verb(Int)
    /// The phrase "according to".
    case accordingTo
}

/// An attribution found next to a quote: the cue as written and the speaker reference.
struct Attribution {
    /// The cue verb (its token) or "according to"; nil for a bare "Name: “…”" label. The text is
    /// built by `cueText` only for the attribution a quote keeps.
    var cue: CueWords?
    /// Who it points at, or nil when nothing usable was found.
    var speaker: SpeakerReference?
    /// True when the attribution comes before the quote.
    var before: Bool
    /// Token index of the cue.
    var cueIndex: Int

    /// The cue as written ("said", "according to"), read from the paragraph's tokens.
    func cueText(_ tokens: TokenList) -> String? {
        switch cue {
        case .verb(let k): return tokens.cueWord(k)
        case .accordingTo: return "according to"
        case nil: return nil
        }
    }
}

/// Turns a phrase of tokens into a `SpeakerReference`.
enum SubjectPhrase {
    /// Reads the phrase `tokens[range]`; `preferLast` takes the last name run (speaker before the
    /// verb: "Oklahoma City coach Billy Donovan said"), otherwise the first ("said Robin Biesbroek").
    static func reference(_ tokens: TokenList, _ range: Range<Int>, preferLast: Bool) -> SpeakerReference? {
        guard !range.isEmpty else { return nil }
        // The first, the last, and the first after the first of the runs that are not modifiers
        // (a possessive run is a modifier, "China’s ambassador", unless it ends the phrase).
        var firstRun: NameRun?, lastRun: NameRun?, nextRun: NameRun?
        // A plain loop over the runs, no closure (nothing captured, so no retain and release per phrase).
        var at = range.lowerBound
        while let run = NameRuns.nextRun(tokens, from: &at, before: range.upperBound) {
            guard !(run.possessive && run.last < range.upperBound), !isBracketed(tokens, run) else { continue }
            if let firstRun {
                if nextRun == nil, run.first > firstRun.last { nextRun = run }
            } else {
                firstRun = run
            }
            lastRun = run
        }
        var chosen = preferLast ? lastRun : firstRun
        // "Gavin Thomson of the University of Glasgow said": the person, not the organisation they are from
        if preferLast, let run = lastRun, run.isOrganization, let person = member(tokens, range, of: run) { chosen = person }
        if let run = chosen, run.last < range.upperBound, tokens[run.last].isWord, !tokens[run.last].capitalized {
            // "an Intel spokesperson said": the organisation speaks (`NameRuns` made the run one)
            if run.isOrganization, run.first > range.lowerBound, NameRuns.speaksFor(tokens, run.first, run.last) {
                return .name(run, role: run.nameStart..<run.nameStart)
            }
            if !tokens[run.last].isIn(WordLists.filler | WordLists.phraseBreaker | WordLists.verb), !isSubjectsPastTense(tokens, range, run) {
                // "PR aides": the capitalised word only modifies a common noun.
                chosen = nil
                // "Bavarian state premier Klaus Wendt": a later name right after a title word is the person
                if !preferLast, let next = nextRun, next.first > range.lowerBound, let first = firstRun {
                    if tokens[next.first - 1].isIn(WordLists.title) { chosen = next }
                    if titledGap(tokens, from: first.last, to: next.first) { return .name(next, role: first.first..<next.nameStart) }
                }
            }
        }
        // "One of those students, now …, said": a lone "One" or "Another" opening the phrase is no name
        if let run = chosen, run.keyCount == 1, run.first == range.lowerBound, tokens[run.first].isIn(WordLists.indefinite) { chosen = nil }
        // "The Dutchman added": a nationality noun stands for a person already named
        if let run = chosen, CueTable.isDemonymPhrase(tokens, range, run) { return .description(tokens[run.nameStart].key) }
        if let run = chosen {
            if let head = placedHead(tokens, range, run) { return .unnamed(head) }
            return .name(run, role: rolePrefix(tokens, range.lowerBound, run))
        }
        for k in range where tokens[k].isIn(WordLists.personPronoun | WordLists.groupPronoun) { return .pronoun(tokens[k].key, at: k) }
        var firstWord = -1, head = -1, count = 0
        for k in range where tokens[k].isWord && !tokens[k].isIn(WordLists.filler) {
            if firstWord < 0 { firstWord = k }
            head = k; count += 1
        }
        guard firstWord >= 0 else { return nil }
        if tokens[firstWord].isIn(WordLists.indefinite) { return .unnamed(tokens[head].key) }
        if tokens[firstWord].isIn(WordLists.definite) || tokens[firstWord].possessive { return .description(tokens[head].key) }
        return count == 1 && tokens.bytes[tokens[head].stemEnd - 1] == 0x73 ? .unnamed(nil) : nil
    }

    /// True when `run` is all a bracketed aside holds: "Sen. Bob Smith (R-Ohio) said", "the World Health Organization (WHO)".
    @inline(__always)
    static func isBracketed(_ tokens: TokenList, _ run: NameRun) -> Bool {
        guard run.first > 0, tokens[run.first - 1].kind == .openParen else { return false }
        // an abbreviation's dot may stand before the bracket: "(D-Wash.)"
        let close = run.last < tokens.count && tokens[run.last].kind == .stop ? run.last + 1 : run.last
        return close < tokens.count && tokens[close].kind == .closeParen
    }

    /// The tokens of the role before the name: up to five words before the run (back to an
    /// article or `lower`), then the run's title words.
    private static func rolePrefix(_ tokens: TokenList, _ lower: Int, _ run: NameRun) -> Range<Int> {
        var k = run.first - 1
        while k >= lower, tokens[k].isWord, !tokens[k].isIn(WordLists.article), run.first - 1 - k < 5 { k -= 1 }
        return (k + 1)..<EntityTable.roleEnd(tokens, k + 1, run.nameStart)
    }
}
