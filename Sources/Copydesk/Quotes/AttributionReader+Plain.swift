/// The plain forms of `after` and `before` (the window found first, then searched for a cue), kept
/// as the rules the one-walk readers are tested against.
extension AttributionReader {
    /// `after(_:)` as two walks: the window's end, then its first cue.
    func afterByRule(_ q: Int) -> Attribution? {
        var end = q + 1
        while end < tokens.count, end - q < Self.window {
            let t = tokens[end]
            if t.kind == .stop { break }
            if t.kind == .quote, spanWords[t.quoteIndex] > 3 { break }
            end += 1
        }
        guard let cue = firstCue(in: (q + 1)..<end, allowWeak: false)
            ?? intransitiveWeakCue(in: (q + 1)..<min(end, q + 5)) else { return nil }
        var pre = (q + 1)..<cue.index
        while let last = pre.last, tokens[last].isWord, tokens[last].isIn(WordLists.filler) || tokens.endsLy(last) {
            pre = pre.lowerBound..<last
        }
        let afterCue = cue.index + cue.length
        // "said Wang", "said the actor", "comments Robin Biesbroek of the CDF"
        var k = afterCue
        while k < end, tokens[k].isWord, tokens[k].isIn(WordLists.filler) || tokens.endsLy(k) { k += 1 }
        var stop = k
        while stop < end, tokens[stop].isWord, stop == k || !tokens[stop].isIn(WordLists.phraseBreaker) { stop += 1 }
        let post = SubjectPhrase.reference(tokens, k..<stop, preferLast: false)
        if pre.isEmpty || pre.allSatisfy({ tokens[$0].kind == .comma || tokens[$0].kind == .other }) {
            if post == nil && tokens.endsIng(cue.index) { return nil }
            return Attribution(cue: cue.words, speaker: post, before: false, cueIndex: cue.index)
        }
        if let post, tokens[pre.upperBound - 1].kind == .comma {
            return Attribution(cue: cue.words, speaker: post, before: false, cueIndex: cue.index)
        }
        return Attribution(cue: cue.words, speaker: subject(before: cue.index, from: q + 1), before: false, cueIndex: cue.index)
    }

    /// `before(_:previousQuote:)` as two walks: the window's start, then a cue from the quote back.
    func beforeByRule(_ q: Int, previousQuote: Int?) -> Attribution? {
        var start = q
        while start > 0, q - start < Self.window {
            let t = tokens[start - 1]
            if t.kind == .stop { break }
            if t.kind == .quote, spanWords[t.quoteIndex] > 3 || (start - 1) == previousQuote { break }
            start -= 1
        }
        guard start < q else { return nil }
        var k = q - 1
        while k >= start {
            if mayCue(k), let cue = cue(at: k, allowWeak: true) {
                if cue.weak && !weakCueFits(cue, quote: q) { k -= 1; continue }
                if cue.length == 2 {
                    // "According to Smith, the plan is “…”": the source is the phrase after "to".
                    var stop = k + 2
                    while stop < q, tokens[stop].isWord { stop += 1 }
                    guard let source = SubjectPhrase.reference(tokens, (k + 2)..<stop, preferLast: false) else { return nil }
                    return Attribution(cue: cue.words, speaker: source, before: true, cueIndex: k)
                }
                return Attribution(cue: cue.words, speaker: subject(before: k, from: start), before: true, cueIndex: k)
            }
            k -= 1
        }
        return nil
    }
}
