/// A person or organisation introduced in the article.
struct Entity {
    /// The full name as introduced ("Wang Zhigang").
    var name: String
    /// Where the name's word keys sit in the table's `keyStore`.
    var keys: Range<Int>
    /// Person or organisation.
    var kind: Speaker.Kind
    /// The role as printed at the first mention that gives one ("science minister").
    var role: String?
    /// Word keys of `role`.
    var roleKeys: [UInt64]
    /// Key of the acronym: explicit "(NDRC)" or the initials of a long organisation name.
    var acronym: UInt64?
    /// True when the name looks like a place rather than a person ("Hong Kong", "United States").
    var looksLikePlace: Bool
    /// The body paragraph of the first mention (-1 for headline, standfirst and captions).
    var firstParagraph: Int
}

/// The per-article table of people and organisations, built from their first mentions outside
/// quotes, and the look-ups that resolve short names ("Wang", "NDRC") to full names.
struct EntityTable {
    /// Every entity, in order of first mention.
    private(set) var entities: [Entity] = []
    /// The word keys of every entity's name, one after another (an entity's `keys` is its range).
    private(set) var keyStore: [UInt64] = []
    var index = KeyIndex()
    /// Every key of every entity's name, and every acronym: look-ups for a word no entity holds stop at once.
    private var nameBits = KeyBits(), acronymBits = KeyBits()

    private static let placeWords: KeySet = WordKey.set([
        "states", "city", "county", "kingdom", "republic", "island", "islands", "sea", "river", "street", "valley",
        "beach", "north", "south", "east", "west", "new", "los", "san", "hong", "kong", "united", "china", "america",
        "district", "province", "state", "mount", "lake", "park", "bay", "coast", "africa", "europe", "asia", "dakota",
    ])

    /// An empty table with room for a typical article's entities.
    init() { entities.reserveCapacity(16); keyStore.reserveCapacity(48) }

    /// Adds the multi-word names and acronyms found in one block's tokens.
    mutating func add(tokens: TokenList, paragraph: Int) {
        NameRuns.forEachRun(tokens, in: 0..<tokens.count) { run in add(run: run, tokens: tokens, paragraph: paragraph) }
    }

    /// Adds one run; single plain words are not introductions.
    @discardableResult
    mutating func add(run: NameRun, tokens: TokenList, paragraph: Int, recency: [Int]? = nil) -> Int? {
        let explicit = explicitAcronym(after: run.last, tokens)
        guard run.keyCount >= 2 || run.isOrganization || explicit != nil else { return nil }
        if run.keyCount == 1, explicit == nil, let found = resolve(run, tokens, near: recency, paragraph: paragraph) { return found }
        let folded = Self.fold(run, tokens)
        if let found = index[folded] {
            if entities[found].role == nil, run.first > 0 || run.nameStart > run.first || (run.last < tokens.count && tokens[run.last].kind == .comma),
               let role = Self.role(of: run, tokens) {
                entities[found].role = role.text; entities[found].roleKeys = role.keys
            }
            if entities[found].acronym == nil, let explicit { setAcronym(WordKey.of(explicit), of: found) }
            return found
        }
        if run.keyCount >= 2, !run.isOrganization, let found = resolve(run, tokens, near: recency, paragraph: paragraph) { return found }
        let keys = storeKeys(of: run, tokens)
        let place = keyStore[keys].contains { Self.placeWords.contains($0) }
        let acronym = explicit ?? (run.isOrganization && run.last - run.nameStart >= 3 ? NameRuns.initials(run.words(tokens)) : nil)
        let role = Self.role(of: run, tokens)
        append(Entity(name: run.name(tokens), keys: keys, kind: run.isOrganization ? .organization : .person,
                      role: role?.text, roleKeys: role?.keys ?? [], acronym: acronym.map(WordKey.of),
                      looksLikePlace: place && !run.isOrganization, firstParagraph: paragraph))
        index[folded] = entities.count - 1
        return entities.count - 1
    }

    /// Appends `entity`, noting its keys and acronym in the filters.
    mutating func append(_ entity: Entity) {
        for key in keyStore[entity.keys] { nameBits.insert(key) }
        if let acronym = entity.acronym { acronymBits.insert(acronym) }
        entities.append(entity)
    }

    /// Appends the keys of the run's name to `keyStore` and returns their range.
    mutating func storeKeys(of run: NameRun, _ tokens: TokenList) -> Range<Int> {
        let start = keyStore.count
        for k in run.nameStart..<run.last { keyStore.append(tokens[k].key) }
        return start..<keyStore.count
    }

    /// Appends `keys` to `keyStore` and returns their range.
    mutating func storeKeys(_ keys: [UInt64]) -> Range<Int> {
        let start = keyStore.count
        keyStore.append(contentsOf: keys)
        return start..<keyStore.count
    }

    /// Sets the acronym of the entity at `i`.
    private mutating func setAcronym(_ acronym: UInt64, of i: Int) {
        acronymBits.insert(acronym)
        entities[i].acronym = acronym
    }

    /// The entity a surface name refers to: an acronym, the same name, or a contiguous part of a
    /// longer name introduced by paragraph `paragraph` (last-name match first, then first-name or
    /// family-name match). Among several, the most recently mentioned one (`recency`).
    func resolve(_ run: NameRun, _ tokens: TokenList, near recency: [Int]?, paragraph: Int) -> Int? {
        let surfaceCount = run.keyCount
        guard surfaceCount > 0 else { return nil }
        let first = tokens[run.nameStart].key
        if surfaceCount == 1, acronymBits.mayContain(first) {
            for i in entities.indices where entities[i].acronym == first { return i }
        }
        if let found = index[Self.fold(run, tokens)] { return found }
        // A longer name holding the surface holds its first word.
        guard nameBits.mayContain(first) else { return nil }
        var best: Int?, bestScore = Int.min
        for i in entities.indices {
            let keys = entities[i].keys
            let count = keys.count
            guard count > surfaceCount, entities[i].firstParagraph <= paragraph,
                  let at = find(run, tokens, in: keys) else { continue }
            let score = (at + surfaceCount == count ? 2 : (at == 0 ? 1 : 0)) * 1_000_000 + Self.recency(recency, i)
            if score > bestScore { bestScore = score; best = i }
        }
        return best
    }

    /// The entity at `i`.
    subscript(_ i: Int) -> Entity { entities[i] }

    /// The kind of the entity at `i`.
    @inline(__always)
    func kind(_ i: Int) -> Speaker.Kind { entities[i].kind }

    /// True when the entity at `i` is a person whose name does not look like a place.
    @inline(__always)
    func isPerson(_ i: Int) -> Bool { entities[i].kind == .person && !entities[i].looksLikePlace }

    /// `recency[i]`, or -1 when the entity was never mentioned (0) or there is no clock.
    @inline(__always)
    private static func recency(_ recency: [Int]?, _ i: Int) -> Int {
        guard let recency, i < recency.count, recency[i] > 0 else { return -1 }
        return recency[i]
    }

    /// One key for a run's name: the same as `fold` of its keys.
    @inline(__always)
    private static func fold(_ run: NameRun, _ tokens: TokenList) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for k in run.nameStart..<run.last { h = (h ^ tokens[k].key) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// Where the run's keys occur contiguously in the keys `hay` of `keyStore`, from its start.
    private func find(_ run: NameRun, _ tokens: TokenList, in hay: Range<Int>) -> Int? {
        let count = run.keyCount
        guard count <= hay.count else { return nil }
        outer: for s in 0...(hay.count - count) {
            for k in 0..<count where keyStore[hay.lowerBound + s + k] != tokens[run.nameStart + k].key { continue outer }
            return s
        }
        return nil
    }
}
