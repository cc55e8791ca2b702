/// Who a quote's attribution points at, before resolution against the entity table.
enum SpeakerReference {
    /// A proper name ("Wang", "the NDRC", "Oklahoma City coach Billy Donovan"); `role` as printed.
    case name(NameRun, role: String?)
    /// A pronoun ("he", "they") at a token index.
    case pronoun(String, at: Int)
    /// A definite description ("the actor", "the statement"): its head noun.
    case description(String)
    /// An unnamed source ("an officer", "one user"): no speaker; the head noun when there is one.
    case unnamed(String?)
}

/// An attribution found next to a quote: the cue as written and the speaker reference.
struct Attribution {
    /// The cue verb or phrase ("said", "according to").
    var cue: String
    /// Who it points at, or nil when nothing usable was found.
    var speaker: SpeakerReference?
    /// True when the attribution comes before the quote.
    var before: Bool
    /// Token index of the cue (for diagnostics and ordering).
    var cueIndex: Int
}

/// Turns a phrase of tokens into a `SpeakerReference`.
enum SubjectPhrase {
    /// Reads the phrase `tokens[range]`; `preferLast` takes the last name run (speaker before the
    /// verb: "Oklahoma City coach Billy Donovan said"), otherwise the first ("said Robin Biesbroek").
    static func reference(_ tokens: [Token], _ range: Range<Int>, preferLast: Bool) -> SpeakerReference? {
        guard !range.isEmpty else { return nil }
        let runs = NameRuns.runs(tokens, in: range).filter { run in
            // A possessive run is a modifier ("China’s ambassador"), unless it ends the phrase.
            !(run.possessive && run.last < range.upperBound)
        }
        var chosen = preferLast ? runs.last : runs.first
        if let run = chosen, run.last < range.upperBound, tokens[run.last].isWord, !tokens[run.last].capitalized,
           !CueTable.fillers.contains(tokens[run.last].lower), !CueTable.phraseBreakers.contains(tokens[run.last].lower),
           !CueTable.verbs.contains(tokens[run.last].lower) {
            // "PR aides": the capitalised word only modifies a common noun.
            chosen = nil
        }
        if let run = chosen {
            let role = rolePrefix(tokens, range.lowerBound, run)
            return .name(run, role: role)
        }
        for k in range where tokens[k].isWord {
            if CueTable.personPronouns.contains(tokens[k].lower) || CueTable.groupPronouns.contains(tokens[k].lower) {
                return .pronoun(tokens[k].lower, at: k)
            }
        }
        let words = range.filter { tokens[$0].isWord && !CueTable.fillers.contains(tokens[$0].lower) }
        guard let firstWord = words.first, let head = words.last else { return nil }
        if CueTable.indefinite.contains(tokens[firstWord].lower) { return .unnamed(tokens[head].lower) }
        if ["the", "this", "that", "his", "her", "their", "its"].contains(tokens[firstWord].lower) || tokens[firstWord].possessive {
            return .description(tokens[head].lower)
        }
        return words.count == 1 && tokens[head].lower.hasSuffix("s") ? .unnamed(nil) : nil
    }

    private static func rolePrefix(_ tokens: [Token], _ lower: Int, _ run: NameRun) -> String? {
        var words: [String] = []
        var k = run.first - 1
        while k >= lower, tokens[k].isWord, !["the", "a", "an"].contains(tokens[k].lower), words.count < 5 {
            words.insert(tokens[k].text, at: 0); k -= 1
        }
        words += run.title
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
