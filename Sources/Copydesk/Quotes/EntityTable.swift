/// The per-article table of people and organisations, built from their first mentions outside
/// quotes, and the look-ups that resolve short names ("Wang", "NDRC") to full names.
struct EntityTable {
    /// Every entity, by first mention.
    var entities: [Entity] = []
    /// The word keys of every entity's name and role, one after another (`Entity.keys` is a range).
    private(set) var keyStore: [UInt64] = []
    /// The UTF-8 bytes of every entity's name and role (the first `textCount`; the buffer only
    /// grows, so a name is copied in with no count change); strings are built only for speakers output.
    var textStore: [UInt8] = []
    /// How many bytes of `textStore` are the table's.
    var textCount = 0
    var index = KeyIndex()
    /// Every key of every entity's name, and every acronym: a look-up for a word none holds stops at once.
    private(set) var nameBits = ByteSet([]), acronymBits = ByteSet([])
    /// When each entity was last mentioned (`clock` at its last `touch`; 0 = never).
    private(set) var recency: [Int] = []
    /// The mentions so far (`touch`).
    var clock = 0
    /// For a large table only: the entities whose name holds each key, in order (`EntityTable+KeyLists`).
    var entitiesByKey: [UInt64: [Int]]?
    /// For a large table only: each word's first and latest holder in each place (`EntityTable+Holders`).
    var holders: [Slot: Holders]?
    /// For a large table only: the first entity with each acronym.
    var firstByAcronym: [UInt64: Int]?

    private static let placeWords: KeySet = WordKey.set([
        "states", "city", "county", "kingdom", "republic", "island", "islands", "sea", "river", "street", "valley",
        "beach", "north", "south", "east", "west", "new", "los", "san", "hong", "kong", "united", "china", "america",
        "district", "province", "state", "mount", "lake", "park", "bay", "coast", "africa", "europe", "asia", "dakota",
    ])

    /// `placeWords`, fetched once for the table's life (a static is checked for its first use on
    /// every access).
    private let placeWordSet = EntityTable.placeWords
    /// `CueTable.thingHeads`, fetched once as `placeWordSet` is.
    private let thingWordSet = CueTable.thingHeads

    /// An empty table with room for a typical article.
    init() { entities.reserveCapacity(16); keyStore.reserveCapacity(64); recency.reserveCapacity(32); textStore = Array(repeating: 0, count: 512) }

    /// Empties the table for the next article, keeping storage.
    mutating func removeAll() {
        entities.removeAll(keepingCapacity: true); keyStore.removeAll(keepingCapacity: true)
        textCount = 0; index.removeAll(); entitiesByKey = nil; holders = nil; firstByAcronym = nil; clock = 0
        nameBits = ByteSet([]); acronymBits = ByteSet([]); recency.removeAll(keepingCapacity: true)
    }

    /// Adds one run; single plain words are not introductions. `recent`: ties broken by recency.
    @discardableResult
    mutating func add(run: NameRun, tokens: TokenList, paragraph: Int, recent: Bool = false, single: Bool = false) -> Int? {
        let explicit = explicitAcronym(after: run.last, tokens)
        guard run.keyCount >= 2 || run.isOrganization || explicit != nil || single else { return nil }
        // `resolve` (index included) for one word without an acronym.
        let looked = run.keyCount == 1 && explicit == nil
        if looked, let found = resolve(run, tokens, recent: recent, paragraph: paragraph) { return found }
        if !looked, Self.opensWithJoinedWord(run, tokens) { return addCouple(run, tokens, paragraph: paragraph) }
        let folded = Self.fold(run, tokens)
        if !looked, let found = index[folded] {
            if entities[found].role == nil, run.first > 0 || run.nameStart > run.first || (run.last < tokens.count && tokens[run.last].kind == .comma),
               let role = Self.role(of: run, tokens) {
                entities[found].role = storeText(role, tokens, printed: true); entities[found].roleKeys = storeKeys(role, tokens)
                noteSlots(ofEntity: found)
            }
            if entities[found].acronym == nil, let explicit { setAcronym(WordKey.of(explicit), of: found) }
            return found
        }
        if run.keyCount >= 2, !run.isOrganization, let found = resolveInLongerName(run, tokens, recent: recent, paragraph: paragraph) { return found }
        let keys = storeKeys(run.nameStart..<run.last, tokens)
        var place = false
        for k in keys where placeWordSet.contains(keyStore[k]) { place = true; break }
        // "the Google Play Store", "the Punjab Clean Air Action Plan": a thing, never what a pronoun points at
        if let k = keys.last, thingWordSet.contains(keyStore[k]) { place = true }
        let acronym = explicit.map(WordKey.of) ?? (run.isOrganization && run.last - run.nameStart >= 3 ? NameRuns.initialsKey(run, tokens) : nil)
        let role = Self.role(of: run, tokens)
        let name = storeText(run.nameStart..<run.last, tokens, printed: false)
        append(Entity(name: name, keys: keys, kind: run.isOrganization ? .organization : .person,
                      role: role.map { storeText($0, tokens, printed: true) }, roleKeys: role.map { storeKeys($0, tokens) } ?? 0..<0,
                      acronym: acronym,
                      looksLikePlace: place && !run.isOrganization && run.nameStart == run.first, firstParagraph: paragraph))
        index[folded] = entities.count - 1
        return entities.count - 1
    }

    /// Marks entity `i` as mentioned now: the table's clock moves on, and the slots of a large table learn it.
    @inline(__always)
    mutating func touch(_ i: Int) {
        clock &+= 1
        if i < recency.count { recency[i] = clock } else {
            // Usually one new entity: appended with its time (cheaper than a repeated-element append).
            while recency.count < i { recency.append(0) }
            recency.append(clock)
        }
        if holders != nil { noteMention(ofEntity: i) }
    }

    /// Notes in a large table's holders that entity `i` is now the latest mentioned holder of each of its slots.
    @inline(never)
    mutating func noteMention(ofEntity i: Int) {
        Self.forEachSlot(of: entities[i], keyStore) { holders![$0]!.latest = i }
    }

    /// Appends `entity`, noting its keys and acronym in filters.
    @inline(__always)
    mutating func append(_ entity: Entity) {
        var entity = entity
        for k in entity.keys {
            let key = keyStore[k]
            nameBits.insert(lowByteOf: key)
            entity.keyBits |= 1 &<< (key & 63)
        }
        if let acronym = entity.acronym { acronymBits.insert(lowByteOf: acronym) }
        entities.append(entity)
        noteKeys(ofEntity: entities.count &- 1)
    }

    /// Appends the keys of `tokens[range]` to `keyStore` and returns their range.
    @inline(__always)
    mutating func storeKeys(_ range: Range<Int>, _ tokens: TokenList) -> Range<Int> {
        let start = keyStore.count
        if keyStore.capacity < start + range.count { keyStore.reserveCapacity(Swift.max(start + range.count, 2 * keyStore.capacity)) }
        tokens.items.withUnsafeBufferPointer { t in for k in range { keyStore.append(t[k].key) } }
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
        acronymBits.insert(lowByteOf: acronym)
        entities[i].acronym = acronym
        noteAcronym(ofEntity: i)
    }

    /// The entity at `i`.
    subscript(_ i: Int) -> Entity { entities[i] }
}
