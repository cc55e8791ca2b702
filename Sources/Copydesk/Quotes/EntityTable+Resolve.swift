/// Resolving a surface name ("Wang", "NDRC") to an entity of the table.
extension EntityTable {
    /// Adds the multi-word names and acronyms found in one block's tokens.
    mutating func add(tokens: TokenList, paragraph: Int) {
        var at = 0
        while let run = NameRuns.nextRun(tokens, from: &at, before: tokens.count) {
            if run.last < tokens.count, tokens[run.last].kind == .quote, let second = NameRuns.nicknamed(run, tokens) {
                addNicknamed(run, second, tokens, paragraph: paragraph); at = second.last; continue
            }
            add(run: run, tokens: tokens, paragraph: paragraph)
        }
    }

    /// The entity a surface name refers to: an acronym, the same name, or a contiguous part of a
    /// longer name introduced by paragraph `paragraph` (last-name match first, then first-name or
    /// family-name match). Among several, the most recently mentioned one (`recency`, when `recent`).
    /// Mutating only so the table is passed in place: as a plain method, every call from the
    /// resolver's or the table's own mutating code first copied the table's 136 bytes.
    mutating func resolve(_ run: NameRun, _ tokens: TokenList, recent: Bool, paragraph: Int) -> Int? {
        let surfaceCount = run.keyCount
        guard surfaceCount > 0 else { return nil }
        let first = tokens[run.nameStart].key
        if surfaceCount == 1, acronymBits.mayContain(lowByteOf: first) {
            if let i = entity(withAcronym: first) { return i }
        }
        if let found = index[Self.fold(run, tokens)] { return found }
        return resolveInLongerName(run, tokens, recent: recent, paragraph: paragraph)
    }

    /// The last step of `resolve`: the entity whose longer name holds the run's keys (for a run
    /// neither an acronym nor a whole name of the index).
    mutating func resolveInLongerName(_ run: NameRun, _ tokens: TokenList, recent: Bool, paragraph: Int) -> Int? {
        let surfaceCount = run.keyCount
        guard surfaceCount > 0 else { return nil }
        let first = tokens[run.nameStart].key
        // A longer name holding the surface holds its first word.
        guard nameBits.mayContain(lowByteOf: first) else { return nil }
        // a large table answers a one-word surface from its holders: two entries, not every name holding the word
        if surfaceCount == 1, holders != nil, case .some(let answer) = slotWinner(first, recent: recent, paragraph: paragraph) { return answer }
        var best: Int?, bestPlace = -1, bestRecency = Int.min
        let firstBit: UInt64 = 1 &<< (first & 63)
        @inline(__always) func consider(_ i: Int) {
            // A name without the surface's first word cannot hold the surface.
            guard entities[i].keyBits & firstBit != 0 else { return }
            let keys = entities[i].keys
            let count = keys.count
            guard count > surfaceCount, entities[i].firstParagraph <= paragraph,
                  let at = find(run, tokens, in: keys) else { return }
            // the place first (last word, first word, middle), then the latest mention
            let place = at + surfaceCount == count ? 2 : (at == 0 ? 1 : 0)
            let mentioned = recent && i < recency.count && recency[i] > 0 ? recency[i] : -1
            if place > bestPlace || (place == bestPlace && mentioned > bestRecency) { bestPlace = place; bestRecency = mentioned; best = i }
        }
        if let lists = entitiesByKey {
            // a large table reads only the names that hold the surface's rarest word, in the same order
            guard let shortest = Self.shortestList(lists, run, tokens) else { return nil }
            for i in shortest { consider(i) }
        } else {
            for i in entities.indices { consider(i) }
        }
        return best
    }

    /// The shortest of the key lists of the run's words (every name holding the run holds each of them); nil when a
    /// word is in no name.
    static func shortestList(_ lists: [UInt64: [Int]], _ run: NameRun, _ tokens: TokenList) -> [Int]? {
        var shortest: [Int]?
        for k in 0..<run.keyCount {
            guard let list = lists[tokens[run.nameStart + k].key] else { return nil }
            if list.count < shortest?.count ?? Int.max { shortest = list }
        }
        return shortest
    }

    /// Where the run's keys occur contiguously in the keys `hay` of `keyStore`, from its start.
    func find(_ run: NameRun, _ tokens: TokenList, in hay: Range<Int>) -> Int? {
        let count = run.keyCount
        guard count <= hay.count else { return nil }
        outer: for s in 0...(hay.count - count) {
            for k in 0..<count where keyStore[hay.lowerBound + s + k] != tokens[run.nameStart + k].key { continue outer }
            return s
        }
        return nil
    }

    /// "the association said": the latest organisation whose name holds the word `key` ("Russian Association of …"), if any.
    func organization(holding key: UInt64) -> Int? {
        var i = entities.count
        while i > 0 {
            i -= 1
            let e = entities[i]
            if e.kind == .organization, keyStore[e.keys].contains(key) { return i }
        }
        return nil
    }
}
