/// For a large table only: per word and place, the first entity holding the word there and the one
/// mentioned last, and the first entity with each acronym. A one-word surface ("Wang", "NDRC") or a role
/// noun ("spokesman") held by thousands of names then resolves by reading one or two entries, not every
/// holder (the answer is the same: the tests compare both with the scan).
extension EntityTable {
    /// Where a word sits: in a name of two or more words (`middle`, `first` or `last` word, by its
    /// first occurrence, as `resolveInLongerName` scores it), or anywhere in a role.
    enum Place: UInt8 { case middle, first, last, role }

    /// A word in one place.
    struct Slot: Hashable {
        /// The word's key.
        let key: UInt64
        /// Where it sits.
        let place: Place
    }

    /// The holders of one slot that can win: the lowest entity index, and the one mentioned last (-1: none).
    struct Holders {
        /// The holder with the lowest index.
        var first: Int
        /// The holder with the latest mention (-1 while none has been mentioned).
        var latest = -1
    }

    /// Notes the slots of entity `i` (just appended, or its role just set) in a large table's holders.
    mutating func noteSlots(ofEntity i: Int) {
        guard holders != nil else { return }
        let mentioned = i < recency.count ? recency[i] : 0
        Self.forEachSlot(of: entities[i], keyStore) { slot in
            guard var entry = holders![slot] else { holders![slot] = Holders(first: i, latest: mentioned > 0 ? i : -1); return }
            entry.first = Swift.min(entry.first, i)
            if mentioned > 0, entry.latest < 0 || recency[entry.latest] < mentioned { entry.latest = i }
            holders![slot] = entry
        }
    }

    /// Calls `body` with every slot of `entity`: each distinct word of a name of two or more words in the
    /// place of its first occurrence, and each word of its role.
    /// Static, with the entity and key store passed in: a method's `self` would hold a second reference
    /// to `holders` while `body` writes it, and every write would copy the whole dictionary.
    @inline(__always)
    static func forEachSlot(of entity: Entity, _ keyStore: [UInt64], _ body: (Slot) -> Void) {
        let keys = entity.keys
        let count = keys.count
        if count >= 2 {
            // a long name (a run of capitalised words) remembers its words in a set: no quadratic re-reading
            var seen: Set<UInt64>? = count > 16 ? [] : nil
            for s in 0..<count {
                let key = keyStore[keys.lowerBound + s]
                if seen != nil ? !seen!.insert(key).inserted : keyStore[keys.lowerBound..<keys.lowerBound + s].contains(key) { continue }
                body(Slot(key: key, place: s + 1 == count ? .last : (s == 0 ? .first : .middle)))
            }
        }
        for k in entity.roleKeys { body(Slot(key: keyStore[k], place: .role)) }
    }

    /// Notes entity `i`'s acronym in a large table's acronym look-up (the lowest index keeps it, as the scan finds it).
    mutating func noteAcronym(ofEntity i: Int) {
        guard firstByAcronym != nil, let acronym = entities[i].acronym else { return }
        if let held = firstByAcronym![acronym], held <= i { return }
        firstByAcronym![acronym] = i
    }

    /// The first entity (lowest index) whose acronym is `key`: a look-up in a large table, a scan in a small one.
    func entity(withAcronym key: UInt64) -> Int? {
        if let firstByAcronym { return firstByAcronym[key] }
        for i in entities.indices where entities[i].acronym == key { return i }
        return nil
    }

    /// The winner among the holders of `key` as a name word, as `resolveInLongerName` scores them (last
    /// word first, then first word, then a middle one; within a place the latest mention when `recent`,
    /// else the lowest index): `.some(nil)` when no name holds it, nil when the slots cannot answer (scan).
    func slotWinner(_ key: UInt64, recent: Bool, paragraph: Int) -> Int?? {
        guard let holders else { return nil }
        for place in [Place.last, .first, .middle] {
            guard let entry = holders[Slot(key: key, place: place)] else { continue }
            let pick = recent && entry.latest >= 0 ? entry.latest : entry.first
            // Entities are introduced in reading order; a pick from a later paragraph means the reader
            // went back, which the scan handles.
            return entities[pick].firstParagraph <= paragraph ? .some(pick) : nil
        }
        return .some(nil)
    }

    /// The entity whose role holds `noun` or its abbreviation that was mentioned last (the lowest index
    /// among those never mentioned), or nil when no role holds either.
    mutating func latestWithRole(_ noun: UInt64) -> Int? {
        let short = CueTable.titleAbbreviations[noun]
        guard let holders else {
            var best: Int?, bestRecency = -1
            for i in entities.indices where roleKeys(i).contains(where: { $0 == noun || $0 == short }) {
                let r = i < recency.count ? recency[i] : 0
                if r > bestRecency { bestRecency = r; best = i }
            }
            return best
        }
        var best: Int?, bestRecency = -1
        for key in [noun, short] {
            guard let key, let entry = holders[Slot(key: key, place: .role)] else { continue }
            let pick = entry.latest >= 0 ? entry.latest : entry.first
            let r = pick < recency.count ? recency[pick] : 0
            if r > bestRecency || (r == bestRecency && pick < best!) { bestRecency = r; best = pick }
        }
        return best
    }
}
