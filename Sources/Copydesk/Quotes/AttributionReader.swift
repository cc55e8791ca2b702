/// Finds the attribution of one quote among a paragraph's tokens: after the quote
/// (`“…,” Wang said` / `said Wang` / `the NDRC said`), before it (`Wang said: “…”`,
/// `insisted that “…”`) or `according to X`. Windows are bounded, so a paragraph is read in
/// linear time however many quotes it holds.
struct AttributionReader {
    /// The paragraph's tokens.
    let tokens: TokenList
    /// Word counts of the paragraph's spans (short spans inside an attribution are titles).
    let spanWords: [Int]
    let according = Keyword.according, to = Keyword.to

    /// How many tokens next to a quote are read for its attribution.
    static let window = 40
    /// Words after which a reporting verb is no cue ("to say", "the tweets", "his statement").
    static let notBeforeVerbs: KeySet = WordKey.set(["to", "being", "having", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those"])
    /// "be": a weak verb after it is passive ("would be announced"), no cue.
    static let be = WordKey.of("be")
    /// "been": a verb after it (or after "be") that is not a participle ("-ing") is passive ("had been informed"), no cue.
    static let been = WordKey.of("been")
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
                    guard let source = accordingSource((k + 2)..<stop, quote: q) else { return nil }
                    return Attribution(cue: cue.words, speaker: source, before: true, cueIndex: k)
                }
                var start = k
                while start > 0, q - start < Self.window, !endsWindow(start - 1, previousQuote: previousQuote) { start -= 1 }
                // "Grisham dismissed it as “more of the same,” saying …": a participle's subject is its sentence's
                if start > 0, tokens[start - 1].kind == .quote, tokens.endsIng(k) { start = sentenceStart(of: start - 1, lower: q - Self.window) }
                let speaker = subject(before: k, from: start)
                // (round 14) "X said in a statement that design work would continue “…”": a cue with no subject
                if speaker == nil, let earlier = namedStrongCue(before: k, from: start) { return earlier }
                return Attribution(cue: cue.words, speaker: speaker, before: true, cueIndex: k)
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
        return Attribution(cue: .accordingTo, speaker: SubjectPhrase.objectPronoun(tokens, (k + 2)..<stop)
                               ?? SubjectPhrase.reference(tokens, (k + 2)..<stop, preferLast: false),
                           before: false, cueIndex: k)
    }
}
