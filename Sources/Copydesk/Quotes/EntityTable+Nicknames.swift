/// A quoted nickname inside a person's name: "Devon ‘Scrappy’ Campbell" is "Devon Campbell".
extension EntityTable {
    /// Adds (or finds) the person named by `first` and `second`, the runs on each side of a quoted nickname, as one
    /// name without the nickname; its role is the one read before `first` or after `second`.
    @discardableResult
    mutating func addNicknamed(_ first: NameRun, _ second: NameRun, _ tokens: TokenList, paragraph: Int) -> Int {
        let indices = Array(first.nameStart..<first.last) + Array(second.nameStart..<second.last)
        let keys = indices.map { tokens[$0].key }
        if let found = index[Self.fold(keys)] { return found }
        let role = Self.role(of: first, tokens) ?? Self.role(of: second, tokens)
        append(Entity(name: storeText(indices, tokens), keys: storeKeys(keys), kind: .person,
                      role: role.map { storeText($0, tokens, printed: true) }, roleKeys: role.map { storeKeys($0, tokens) } ?? 0..<0,
                      acronym: nil, looksLikePlace: false, firstParagraph: paragraph))
        index[Self.fold(keys)] = entities.count - 1
        return entities.count - 1
    }
}

extension NameRuns {
    /// "Devon ‘Scrappy’ Campbell": when a quoted nickname (one or two words, the first capitalised, at most 24 bytes)
    /// follows the person's run `run` and a name run opens right after it, that run (a caller reads on after it); nil
    /// otherwise. Read for runs followed by a quote token only.
    @inline(never)
    static func nicknamed(_ run: NameRun, _ tokens: TokenList) -> NameRun? {
        let q = run.last
        guard q + 1 < tokens.count, tokens[q].kind == .quote, !run.isOrganization, !run.possessive,
              isNameWord(tokens[q + 1]), isNickname(tokens.bytes, tokens[q].start, tokens[q].end) else { return nil }
        var next = q + 1
        guard let second = nextRun(tokens, from: &next, before: tokens.count), second.first == q + 1,
              second.nameStart == second.first, !second.isOrganization else { return nil }
        return second
    }

    /// True when the quoted span `bytes[start..<end]` (marks included) holds one or two words, the first opening
    /// with an ASCII capital, in at most 24 bytes.
    static func isNickname(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 24 else { return false }
        var first: UInt8 = 0, spaces = 0
        for i in start..<end {
            let b = bytes[i]
            if b == 0x20 { spaces += 1; continue }
            if first == 0, b < 0x80, b | 0x20 >= 0x61, b | 0x20 <= 0x7A { first = b }
            // sentence marks: a quotation, not a nickname
            if b == 0x2E || b == 0x2C || b == 0x21 || b == 0x3F { return false }
        }
        return spaces <= 1 && first >= 0x41 && first <= 0x5A
    }
}
