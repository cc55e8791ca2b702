/// Names joined by "and" inside one run: "Missouri and Iowa" (two one-word names, no one's name) and "Ruth and
/// Elias Brandwein" (two people sharing a family name).
extension EntityTable {
    /// True when the run's name opens with one word and a lower-case "and" ("Uber and Bolt", "Ruth and Elias
    /// Brandwein") and it is no organisation: a byte-cheap gate, read for runs of three words or more.
    @inline(__always)
    static func opensWithJoinedWord(_ run: NameRun, _ tokens: TokenList) -> Bool {
        guard run.keyCount >= 3, !run.isOrganization else { return false }
        let and = tokens[run.nameStart + 1]
        return and.key == Keyword.and && !and.capitalized
    }

    /// "Ruth and Elias Brandwein": adds "Ruth Brandwein" and "Elias Brandwein" (the first word with the family
    /// name, then the second name as printed) and returns the first; nil for "Missouri and Iowa" (one word on each
    /// side names no one) and when a word after "and" is a title or not capitalised.
    @inline(never)
    mutating func addCouple(_ run: NameRun, _ tokens: TokenList, paragraph: Int) -> Int? {
        guard run.keyCount >= 4 else { return nil }
        for k in (run.nameStart + 2)..<run.last where !tokens[k].capitalized || tokens[k].isIn(WordLists.title) { return nil }
        let role = Self.role(of: run, tokens)
        let first = [run.nameStart, run.last - 1], second = Array((run.nameStart + 2)..<run.last)
        var result = -1
        for indices in [first, second] {
            let keys = indices.map { tokens[$0].key }
            if let found = index[Self.fold(keys)] { if result < 0 { result = found }; continue }
            append(Entity(name: storeText(indices, tokens), keys: storeKeys(keys), kind: .person,
                          role: role.map { storeText($0, tokens, printed: true) }, roleKeys: role.map { storeKeys($0, tokens) } ?? 0..<0,
                          acronym: nil, looksLikePlace: false, firstParagraph: paragraph))
            index[Self.fold(keys)] = entities.count - 1
            if result < 0 { result = entities.count - 1 }
        }
        return result
    }
}
