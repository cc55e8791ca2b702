/// The entities whose name holds a key, kept once a table is large: matching a surface inside longer names then reads
/// only the names that hold its first word, so a page of thousands of distinct names is read in linear time.
extension EntityTable {
    /// A table with this many entities lists them by key; below it a scan of every entity is cheaper.
    static let keyListThreshold = 64

    /// Notes entity `i` (just appended) in the key lists, holders and acronyms, building them when the table reaches the threshold.
    @inline(__always)
    mutating func noteKeys(ofEntity i: Int) {
        if entitiesByKey != nil {
            listKeys(ofEntity: i)
            noteSlots(ofEntity: i)
            noteAcronym(ofEntity: i)
        } else if entities.count >= Self.keyListThreshold {
            entitiesByKey = [:]
            holders = [:]
            firstByAcronym = [:]
            for e in entities.indices { listKeys(ofEntity: e); noteSlots(ofEntity: e); noteAcronym(ofEntity: e) }
        }
    }

    /// Adds entity `i` to the list of each distinct key of its name (lists stay in entity order).
    private mutating func listKeys(ofEntity i: Int) {
        for k in entities[i].keys {
            let key = keyStore[k]
            if entitiesByKey?[key]?.last != i { entitiesByKey![key, default: []].append(i) }
        }
    }
}
