/// Finds the attribution of one quote among a paragraph's tokens: after the quote
/// (`“…,” Wang said` / `said Wang` / `the NDRC said`), before it (`Wang said: “…”`,
/// `insisted that “…”`) or `according to X`. Windows are bounded, so a paragraph is read in
/// linear time however many quotes it holds.
struct AttributionReader {
    /// The paragraph's tokens.
    let tokens: TokenList
    /// Word counts of the paragraph's spans (short spans inside an attribution are titles).
    let spanWords: [Int]
    private let according = Keyword.according, to = Keyword.to

    /// How many tokens next to a quote are read for its attribution.
    static let window = 40
    private static let notBeforeVerbs: KeySet = WordKey.set(["to", "being", "having", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those"])
    /// "be": a weak verb after it is passive ("would be announced"), no cue.
    static let be = WordKey.of("be")
    static let clauseCutters: KeySet = WordKey.set(["that", "who", "which", "what", "whom", "where", "when", "while", "because", "if", "but"])
    static let prepositionStarts: KeySet = WordKey.set(["in", "on", "at", "during", "after", "before", "later", "earlier", "speaking",
                                                         "asked", "when", "while", "separately", "meanwhile", "but", "and", "however", "as", "for", "from", "with"])

    /// The attribution that follows the quote token at `q`, within its sentence.
    func after(_ q: Int) -> Attribution? {
        // The window's end and its first strong cue in one walk.
        var end = q + 1
        var strong: Cue?
        while end < tokens.count, end - q < Self.window {
            let t = tokens[end]
            if t.kind == .stop, endsSentence(end) { break }
            if t.kind == .quote, spanWords[t.quoteIndex] > 3 { break }
            if strong == nil, mayCue(end) { strong = cue(at: end, allowWeak: false) }
            end += 1
        }
        guard let cue = strong ?? intransitiveWeakCue(in: (q + 1)..<min(end, q + 5)) else { return nil }
        return attribution(after: q, cue: cue, end: end)
    }

    /// The attribution that precedes the quote token at `q` within its sentence; `previousQuote`
    /// is the token index of the quote before it in the paragraph, if any.
    func before(_ q: Int, previousQuote: Int?) -> Attribution? {
        // One walk back: each token is tested as the window's edge, then as a cue; the window's
        // start is read on from a cue only once one is found.
        var k = q - 1
        while k >= 0, q - k <= Self.window, !endsWindow(k, previousQuote: previousQuote) {
            if mayCue(k), let cue = cue(at: k, allowWeak: true), !cue.weak || weakCueFits(cue, quote: q) {
                if cue.length == 2 {
                    // "According to Smith, the plan is “…”": the source is the phrase after "to".
                    var stop = k + 2
                    while stop < q, tokens[stop].isWord { stop += 1 }
                    guard let source = SubjectPhrase.reference(tokens, (k + 2)..<stop, preferLast: false) else { return nil }
                    return Attribution(cue: cue.words, speaker: source, before: true, cueIndex: k)
                }
                var start = k
                while start > 0, q - start < Self.window, !endsWindow(start - 1, previousQuote: previousQuote) { start -= 1 }
                // "Grisham dismissed it as “more of the same,” saying …": a participle's subject is its sentence's
                if start > 0, tokens[start - 1].kind == .quote, tokens.endsIng(k) { start = sentenceStart(of: start - 1, lower: q - Self.window) }
                return Attribution(cue: cue.words, speaker: subject(before: k, from: start), before: true, cueIndex: k)
            }
            k -= 1
        }
        return nil
    }

    /// True when token `k` closes the window before a quote: a sentence end, a quote of more than
    /// three words or the paragraph's previous quote.
    @inline(__always)
    private func endsWindow(_ k: Int, previousQuote: Int?) -> Bool {
        let t = tokens[k]
        return t.kind == .stop && endsSentence(k) || (t.kind == .quote && (spanWords[t.quoteIndex] > 3 || k == previousQuote))
    }

    /// False for the stop token at `k` when a comma or closing bracket follows it with no space: the dot of an
    /// abbreviation the word lists do not hold ("Rep. Jo Diaz, D-Fla., said", "(D-Wash.)"), not a sentence end.
    @inline(__always)
    func endsSentence(_ k: Int) -> Bool {
        guard k + 1 < tokens.count else { return true }
        let next = tokens[k + 1]
        return next.start != tokens[k].end || (next.kind != .comma && next.kind != .closeParen)
    }

    /// `according to X` right after the quote.
    func accordingTo(_ q: Int) -> Attribution? {
        var k = q + 1
        while k < tokens.count, k - q < 4, tokens[k].kind == .comma { k += 1 }
        guard k + 1 < tokens.count, tokens[k].key == Keyword.according, tokens[k + 1].key == Keyword.to else { return nil }
        var stop = k + 2
        while stop < tokens.count, tokens[stop].isWord, stop - k < 10 { stop += 1 }
        return Attribution(cue: .accordingTo, speaker: SubjectPhrase.reference(tokens, (k + 2)..<stop, preferLast: false),
                           before: false, cueIndex: k)
    }

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

    func cue(at k: Int, allowWeak: Bool) -> Cue? {
        let t = tokens[k]
        guard t.isWord else { return nil }
        if t.key == according, k + 1 < tokens.count, tokens[k + 1].key == to {
            return Cue(index: k, length: 2, weak: false)
        }
        guard t.isIn(WordLists.verb), !t.possessive else { return nil }
        if k > 0, tokens[k - 1].isWord, Self.notBeforeVerbs.contains(tokens[k - 1].key) || tokens[k - 1].possessive { return nil }
        let weak = t.isIn(WordLists.weakVerb)
        if weak && !allowWeak || weak && k > 0 && tokens[k - 1].key == Self.be { return nil }
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
}
