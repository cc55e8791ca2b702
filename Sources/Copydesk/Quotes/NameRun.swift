/// A run of capitalised words that may name a person or organisation, split into the title words
/// before it ("Chinese President") and the name itself ("Xi Jinping").
struct NameRun {
    /// Token index of the first token of the whole run (titles included).
    var first: Int
    /// Token index past the last token of the run.
    var last: Int
    /// Token index where the name proper starts (after stripped titles).
    var nameStart: Int
    /// True when an organisation word or head noun marks it as an organisation.
    var isOrganization: Bool
    /// True when the run's last word is possessive ("China’s").
    var possessive: Bool
    /// True when the name is one all-capitals word ("NDRC").
    var isAcronym: Bool

    /// Number of words in the name (titles stripped, an organisation head included).
    @inline(__always)
    var keyCount: Int { last - nameStart }

    /// The name as one string: its words as printed (no possessive endings), one space apart.
    func name(_ tokens: TokenList) -> String { tokens.joined(nameStart..<last, printed: false) }
}

/// Finds `NameRun`s in a token range.
enum NameRuns {
    /// True when `token` can be part of a name (only words are ever capitalised: no kind test).
    @inline(__always)
    static func isNameWord(_ token: Token) -> Bool {
        token.capitalized && !token.isIn(WordLists.notName)
    }

    /// The first of `runs(tokens, in: range)`.
    static func firstRun(_ tokens: TokenList, in range: Range<Int>) -> NameRun? {
        var i = range.lowerBound
        while i < range.upperBound {
            i = tokens.nextCapitalizedWord(from: i, before: range.upperBound)
            guard i < range.upperBound else { return nil }
            guard let s = runStart(tokens, i, limit: range.upperBound) else { i += 1; continue }
            let j = runEnd(tokens, from: s, limit: range.upperBound)
            if let run = make(tokens, s, j, limit: range.upperBound) { return run }
            i = j
        }
        return nil
    }

    /// Calls `body` with every name run in `tokens[range]`, in order, without collecting them.
    @inline(__always)
    static func forEachRun(_ tokens: TokenList, in range: Range<Int>, _ body: (NameRun) -> Void) {
        var i = range.lowerBound
        while let run = nextRun(tokens, from: &i, before: range.upperBound) { body(run) }
    }

    /// The next name run at or after token `i` and before `end`, with `i` moved past it (nil when
    /// there is none): a loop over it visits the runs `forEachRun` visits, with no closure.
    @inline(__always)
    static func nextRun(_ tokens: TokenList, from i: inout Int, before end: Int) -> NameRun? {
        while i < end {
            i = tokens.nextCapitalizedWord(from: i, before: end)
            guard i < end else { return nil }
            guard let s = runStart(tokens, i, limit: end) else { i += 1; continue }
            let j = runEnd(tokens, from: s, limit: end)
            let run = make(tokens, s, j, limit: end)
            i = nextStart(tokens, run, j)
            if let run { return run }
        }
        return nil
    }

    /// The end of the run starting at the name word `i`.
    @inline(__always)
    static func runEnd(_ tokens: TokenList, from i: Int, limit: Int) -> Int {
        var j = i + 1
        guard !tokens[i].possessive else { return j }
        // The one-word complement just read ("Minister of State for Manpower" chains another)
        var complement = -1
        while j < limit {
            let t = tokens[j]
            if isNameWord(t) || !t.capitalized && t.kind == .word && tokens.isParticleName(j) { j += 1; if t.possessive { break } else { continue } }
            if t.isIn(WordLists.joiner), !t.capitalized, let step = joinedStep(tokens, j, limit: limit) {
                j += step; if tokens[j - 1].possessive { break } else { continue }
            }
            // "Ambassador to Ukraine Marie Yovanovitch", "Secretary of the Treasury Steven Mnuchin"
            if tokens[j - 1].isIn(WordLists.title) || complement == j - 1, let k = titleComplement(tokens, at: j, limit: limit, chained: complement == j - 1) {
                complement = k
                j = k + 1; if tokens[k].possessive { break } else { continue }
            }
            if t.isIn(WordLists.joiner), let k = ofTheName(tokens, first: i, at: j, limit: limit) ?? titledAnd(tokens, at: j, limit: limit) {
                j = k; if tokens[k - 1].possessive { break } else { continue }
            }
            if t.key == Keyword.at, let k = placeAfterBody(tokens, at: j, limit: limit) { j = k; continue }
            if t.kind == .comma, j - i >= 3, j + 1 < limit, tokens[j + 1].capitalized,
               let end = listedComplement(tokens, first: i, comma: j, limit: limit) { j = end }
            break
        }
        return j
    }

    @inline(__always)
    private static func make(_ tokens: TokenList, _ first: Int, _ end: Int, limit: Int) -> NameRun? {
        let first = end - first >= 3 && first >= 2 ? placedName(tokens, first, end) : first
        var start = first
        // Strip titles up to the last title word, keeping one word (`lists`: the words')
        var lastTitle = -1
        var lists: UInt16 = 0
        for k in first..<end {
            let l = tokens[k].lists
            lists |= l
            if k < end - 1 && l & WordLists.title != 0 && !isGivenName(tokens, k, end) { lastTitle = k }
        }
        var end = end
        if lists & WordLists.joiner != 0, let a = andBreak(tokens, first, end, lists) { end = a; lastTitle = lastTitleBefore(tokens, first, a) }
        if lastTitle >= 0 { start = lastTitle + 1 }
        if lastTitle >= 0, tokens[start].key == Keyword.of || tokens[start].key == Keyword.for_ || tokens[start].key == Keyword.to {
            // "Minister for Transport Shane Ross": the last two words (and an initial, or a first name before "Chi-wai")
            guard end - start > 3 else { return nil }  // "Mayor of London": a title alone
            start = end - 2
            if tokens[start - 1].capitalized, start - 1 > lastTitle + 2, tokens[start - 1].end - tokens[start - 1].start <= 2 || tokens.isHyphenatedGivenName(end - 1) { start -= 1 }
        }
        let whole = end
        if lastTitle >= 0 || lists & WordLists.organizationWord != 0 && lists & WordLists.joiner != 0 { end = ofBreak(tokens, start, end, titled: lastTitle >= 0) }
        var org = lastTitle < 0 && end == whole && lists & WordLists.organizationWord != 0
        if lastTitle >= 0 || end < whole { for k in start..<end where tokens[k].isIn(WordLists.organizationWord) { org = true; break } }
        var last = end
        // "the US military": a lower-case organisation head after the run belongs to the name (`describesBody`)
        if end < limit, tokens[end].isIn(WordLists.organizationHead), !tokens[end].capitalized, !tokens[end - 1].possessive, !describesBody(tokens, end, limit) {
            org = true; last = end + 1
        } else if end < limit, tokens[end].isIn(WordLists.title), speaksFor(tokens, first, end) { org = true }
        if lastTitle < 0, first > 0, describesBody(tokens, first - 1, limit) { org = true }
        guard last > start else { return nil }
        let acronym = last - start == 1 && isAcronym(tokens, start)
        if acronym { guard !isCurrencyCode(tokens, start) else { return nil }; org = true }
        return NameRun(first: first, last: last, nameStart: start, isOrganization: org,
                       possessive: tokens[last - 1].possessive, isAcronym: acronym)
    }
}
