/// One membership mask per word for the word lists the quote rules read at nearly every token:
/// the tokenizer gives each word its mask as it writes the token (`Tokenizer.TokenWriter`, one
/// probe per word), and a rule tests a bit of the token (`Token.isIn`) instead of probing a
/// `KeySet` (~900 probes per article). Built from the very `KeySet`s it stands for (`sets`), so
/// a bit is set exactly when the set holds the key.
struct WordLists: Sendable {
    /// `CueTable.notNames`: capitalised words that never start or join a name.
    static let notName: UInt16 = 1 << 0
    /// `CueTable.verbs`: reporting verbs.
    static let verb: UInt16 = 1 << 1
    /// `CueTable.fillers`: adverbs and auxiliaries between a speaker and the verb.
    static let filler: UInt16 = 1 << 2
    /// `CueTable.titles`: titles and job words.
    static let title: UInt16 = 1 << 3
    /// `CueTable.organizationWords`.
    static let organizationWord: UInt16 = 1 << 4
    /// `CueTable.nameParticles` and `Keyword.connectors`: words that join capitalised words into a name.
    static let joiner: UInt16 = 1 << 5
    /// `SpeakerResolver.prepositions`: a name after one is not a sentence's subject.
    static let preposition: UInt16 = 1 << 6
    /// `CueTable.phraseBreakers`.
    static let phraseBreaker: UInt16 = 1 << 7
    /// `CueTable.organizationHeads`.
    static let organizationHead: UInt16 = 1 << 8
    /// `AttributionReader.clauseCutters`.
    static let clauseCutter: UInt16 = 1 << 9
    /// `Keyword.articles`: "the", "a", "an".
    static let article: UInt16 = 1 << 10
    /// `CueTable.personPronouns`: "he", "she".
    static let personPronoun: UInt16 = 1 << 11
    /// `CueTable.groupPronouns`: "they", "it".
    static let groupPronoun: UInt16 = 1 << 12
    /// `CueTable.indefinite`.
    static let indefinite: UInt16 = 1 << 13
    /// `Keyword.definite`.
    static let definite: UInt16 = 1 << 14
    /// `CueTable.weakVerbs`.
    static let weakVerb: UInt16 = 1 << 15

    /// Each bit with the set it stands for.
    static var sets: [(bit: UInt16, set: KeySet)] {
        [(notName, CueTable.notNames), (verb, CueTable.verbs), (filler, CueTable.fillers), (title, CueTable.titles),
         (organizationWord, CueTable.organizationWords), (joiner, CueTable.nameParticles), (joiner, Keyword.connectors),
         (preposition, SpeakerResolver.prepositions), (phraseBreaker, CueTable.phraseBreakers),
         (organizationHead, CueTable.organizationHeads), (clauseCutter, AttributionReader.clauseCutters),
         (article, Keyword.articles), (personPronoun, CueTable.personPronouns), (groupPronoun, CueTable.groupPronouns),
         (indefinite, CueTable.indefinite), (definite, Keyword.definite), (weakVerb, CueTable.weakVerbs)]
    }

    /// The table of every key of `sets`, with `CueTable.abbreviations` flagged for the tokenizer.
    static let shared = WordLists(sets, abbreviations: CueTable.abbreviations)

    /// Reads the table: a key's one slot is its bits 4 and up plus its bucket's displacement (keys
    /// are already mixed), so a look-up tests one 16-byte slot with no branch (whether a word is
    /// listed was the tokenizer's most mispredicted jump). Storage made once and never freed.
    struct Probe: @unchecked Sendable {
        /// One slot: a key, the bits of the lists holding it, and 1 when it is an abbreviation
        /// (`CueTable.abbreviations`, read by the tokenizer and not kept in tokens).
        struct Slot { var key: UInt64; var bits: UInt16; var abbreviation: UInt8 }
        let slots: UnsafeRawPointer
        /// Each bucket's displacement times 16 (a byte offset).
        let shifts: UnsafePointer<UInt32>
        /// (slot count - 1) * 16: a key plus its shift, masked with it, is the byte offset of its slot.
        let offsetMask: Int
        /// A key's top ten bits are its bucket (a constant shift: the loop keeps no register for it).
        static let bucketShift: UInt64 = 54

        /// The byte offset of the one slot that can hold `key`.
        @inline(__always)
        func offset(_ key: UInt64) -> Int {
            (Int(truncatingIfNeeded: key) &+ Int(shifts[Int(truncatingIfNeeded: key &>> Self.bucketShift)])) & offsetMask
        }

        /// The bits of every list holding `key` (0 for the key 0, which no set holds: an empty
        /// slot holds the mask 0).
        @inline(__always)
        func bits(_ key: UInt64) -> UInt16 {
            let at = offset(key)
            // Another key's slot reads the empty slot past the table instead: one load, no branch.
            let hit = slots.load(fromByteOffset: at, as: UInt64.self) == key
            return slots.load(fromByteOffset: (hit ? at : offsetMask &+ 16) &+ 8, as: UInt16.self)
        }

        /// True when `key` is one of the flagged abbreviations (`CueTable.abbreviations`).
        @inline(__always)
        func isAbbreviation(_ key: UInt64) -> Bool {
            let at = offset(key)
            return slots.load(fromByteOffset: at, as: UInt64.self) == key && slots.load(fromByteOffset: at &+ 10, as: UInt8.self) != 0
        }
    }

    /// The probe of the table.
    let probe: Probe

    /// A table of the keys of `sets`, each with the bits of every set that holds it, and of
    /// `abbreviations`, flagged: at most one slot in four used, doubled until every bucket fits.
    init(_ sets: [(bit: UInt16, set: KeySet)], abbreviations: KeySet = KeySet(keys: [])) {
        var entries: [UInt64: Probe.Slot] = [:]
        for (bit, set) in sets { for key in set.members { entries[key, default: Probe.Slot(key: key, bits: 0, abbreviation: 0)].bits |= bit } }
        for key in abbreviations.members { entries[key, default: Probe.Slot(key: key, bits: 0, abbreviation: 0)].abbreviation = 1 }
        var buckets = [[Probe.Slot]](repeating: [], count: 1 << (64 - Probe.bucketShift))
        for slot in entries.values.sorted(by: { $0.key < $1.key }) { buckets[Int(slot.key >> Probe.bucketShift)].append(slot) }
        var capacity = 16
        while capacity < entries.count * 4 { capacity <<= 1 }
        while true {
            if let probe = Self.place(buckets, capacity: capacity) { self.probe = probe; return }
            capacity <<= 1
        }
    }

    /// The buckets placed largest first, each at the smallest displacement that puts all its keys
    /// in free slots of a table of `capacity` slots; nil when a bucket fits at none.
    private static func place(_ buckets: [[Probe.Slot]], capacity: Int) -> Probe? {
        let mask = capacity - 1
        // One empty slot past the table: `bits` of a missing key reads it.
        var table = [Probe.Slot](repeating: Probe.Slot(key: 0, bits: 0, abbreviation: 0), count: capacity + 1)
        var shifts = [UInt32](repeating: 0, count: buckets.count)
        for b in buckets.indices.sorted(by: { (buckets[$0].count, $1) > (buckets[$1].count, $0) }) where !buckets[b].isEmpty {
            let at = { (slot: Probe.Slot, d: Int) in (Int(truncatingIfNeeded: slot.key >> 4) &+ d) & mask }
            guard let d = (0..<capacity).first(where: { d in
                let all = buckets[b].map { at($0, d) }
                return Set(all).count == all.count && all.allSatisfy { table[$0].key == 0 }
            }) else { return nil }
            for slot in buckets[b] { table[at(slot, d)] = slot }
            shifts[b] = UInt32(d << 4)
        }
        precondition(MemoryLayout<Probe.Slot>.stride == 16 && MemoryLayout<Probe.Slot>.offset(of: \.abbreviation) == 10)
        let slots = UnsafeMutablePointer<Probe.Slot>.allocate(capacity: capacity + 1)
        slots.initialize(from: table, count: capacity + 1)
        let shiftStore = UnsafeMutablePointer<UInt32>.allocate(capacity: shifts.count)
        shiftStore.initialize(from: shifts, count: shifts.count)
        return Probe(slots: UnsafeRawPointer(slots), shifts: shiftStore, offsetMask: mask << 4)
    }
}
