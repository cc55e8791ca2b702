@testable import Copydesk

/// TEST ONLY. The plain forms of `after` and `before` (the window found first, then searched for a cue): the rules
/// the one-walk readers are tested against.
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
        return attribution(after: q, cue: cue, end: end)
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
                    // (round 14) a description's appositive name: "According to the union's organiser, Jo Roe, …"
                    guard let source = accordingSource((k + 2)..<stop, quote: q) else { return nil }
                    return Attribution(cue: cue.words, speaker: source, before: true, cueIndex: k)
                }
                // "Grisham dismissed it as “more of the same,” saying …": a participle's subject is its sentence's
                let from = start > 0 && tokens[start - 1].kind == .quote && tokens.endsIng(k)
                    ? sentenceStart(of: start - 1, lower: q - Self.window) : start
                let speaker = subject(before: k, from: from)
                // (round 14) a cue with no subject yields to the sentence's earlier strong cue with a named subject
                if speaker == nil, let earlier = namedStrongCue(before: k, from: from) { return earlier }
                return Attribution(cue: cue.words, speaker: speaker, before: true, cueIndex: k)
            }
            k -= 1
        }
        return nil
    }
}
