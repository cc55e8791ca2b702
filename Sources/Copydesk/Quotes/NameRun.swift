/// A run of capitalised words that may name a person or organisation, split into the title words
/// before it ("Chinese President") and the name itself ("Xi Jinping").
struct NameRun {
    /// Token index of the first token of the whole run (titles included).
    var first: Int
    /// Token index past the last token of the run.
    var last: Int
    /// Token index where the name proper starts (after stripped titles).
    var nameStart: Int
    /// The name's words as printed.
    var words: [String]
    /// The name's words lower-cased.
    var lower: [String]
    /// Title words stripped from the front, as printed ("Chinese President").
    var title: [String]
    /// True when an organisation word or head noun marks it as an organisation.
    var isOrganization: Bool
    /// True when the run's last word is possessive ("China’s").
    var possessive: Bool

    /// The name as one string.
    var name: String { words.joined(separator: " ") }
}

/// Finds `NameRun`s in a token range.
enum NameRuns {
    /// True when `token` can be part of a name.
    static func isNameWord(_ token: Token) -> Bool {
        guard token.isWord, token.capitalized else { return false }
        return !CueTable.notNames.contains(token.lower)
    }

    /// Every name run in `tokens[range]`, in order.
    static func runs(_ tokens: [Token], in range: Range<Int>) -> [NameRun] {
        var result: [NameRun] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard isNameWord(tokens[i]) else { i += 1; continue }
            var j = i + 1
            if !tokens[i].possessive {
                while j < range.upperBound {
                    let t = tokens[j]
                    if isNameWord(t) { j += 1; if t.possessive { break } else { continue } }
                    // Particles and connectors between capitalised words.
                    if t.isWord, !t.capitalized, j + 1 < range.upperBound, isNameWord(tokens[j + 1]),
                       CueTable.nameParticles.contains(t.lower) || t.lower == "of" || t.lower == "and" || t.lower == "&" || t.lower == "for" {
                        j += 2; if tokens[j - 1].possessive { break } else { continue }
                    }
                    break
                }
            }
            if let run = make(tokens, i, j, limit: range.upperBound) { result.append(run) }
            i = j
        }
        return result
    }

    private static func make(_ tokens: [Token], _ first: Int, _ end: Int, limit: Int) -> NameRun? {
        var start = first
        // Strip leading titles up to the last title word, keeping at least one word.
        var lastTitle = -1
        for k in first..<end where CueTable.titles.contains(tokens[k].lower) && k < end - 1 { lastTitle = k }
        if lastTitle >= 0 { start = lastTitle + 1 }
        var words: [String] = [], lower: [String] = []
        var org = false
        for k in start..<end {
            words.append(tokens[k].text); lower.append(tokens[k].lower)
            if CueTable.organizationWords.contains(tokens[k].lower) { org = true }
        }
        var last = end
        // "the US military": a lower-case organisation head after the run belongs to the name.
        if end < limit, tokens[end].isWord, !tokens[end].capitalized, !tokens[end - 1].possessive,
           CueTable.organizationHeads.contains(tokens[end].lower) {
            words.append(tokens[end].text); lower.append(tokens[end].lower); org = true; last = end + 1
        }
        // Drop connector words left dangling at either end.
        while let l = lower.last, l == "of" || l == "and" || l == "&" || l == "for" { words.removeLast(); lower.removeLast() }
        guard !words.isEmpty else { return nil }
        if words.count == 1, isAcronym(words[0]) { org = true }
        let title = (first..<start).map { tokens[$0].text }
        return NameRun(first: first, last: last, nameStart: start, words: words, lower: lower, title: title,
                       isOrganization: org, possessive: tokens[last - 1].possessive)
    }

    /// True for words such as "NDRC", "UK", "FBI".
    static func isAcronym(_ word: String) -> Bool {
        var letters = 0
        for s in word.unicodeScalars {
            if ScalarClass.isLower(s) { return false }
            if ScalarClass.isUpper(s) { letters += 1 }
        }
        return letters >= 2
    }

    /// Initials of the capitalised words ("National Development and Reform Commission" → "NDRC").
    static func initials(_ words: [String]) -> String? {
        guard words.count >= 2 else { return nil }
        var out = ""
        for w in words {
            guard let f = w.unicodeScalars.first else { continue }
            if ScalarClass.isUpper(f) { out.unicodeScalars.append(f) }
        }
        return out.unicodeScalars.count >= 2 ? out : nil
    }
}
