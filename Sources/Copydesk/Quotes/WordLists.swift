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

    /// Reads the table: open addressing on the key's bits 4 and up (keys are already mixed), each
    /// 16-byte slot a key (0 = empty) beside its mask, in storage made once and never freed (the
    /// table lives as long as the process and is never written after `init`).
    struct Probe: @unchecked Sendable {
        /// One slot: a key, the bits of the lists holding it, and 1 when it is an abbreviation
        /// (`CueTable.abbreviations`, read by the tokenizer and not kept in tokens).
        struct Slot { var key: UInt64; var bits: UInt16; var abbreviation: UInt8 }
        let slots: UnsafeRawPointer
        /// (slot count - 1) * 16: a key masked with it is the byte offset of its first slot.
        let offsetMask: Int

        /// The bits of every list holding `key` (0 for the key 0, which no set holds: an empty
        /// slot holds the mask 0).
        @inline(__always)
        func bits(_ key: UInt64) -> UInt16 {
            var at = Int(truncatingIfNeeded: key) & offsetMask
            while true {
                let slotKey = slots.load(fromByteOffset: at, as: UInt64.self)
                if slotKey == key { return slots.load(fromByteOffset: at &+ 8, as: UInt16.self) }
                if slotKey == 0 { return 0 }
                at = (at &+ 16) & offsetMask
            }
        }

        /// True when `key` is one of the flagged abbreviations (`CueTable.abbreviations`).
        @inline(__always)
        func isAbbreviation(_ key: UInt64) -> Bool {
            var at = Int(truncatingIfNeeded: key) & offsetMask
            while true {
                let slotKey = slots.load(fromByteOffset: at, as: UInt64.self)
                if slotKey == key { return slots.load(fromByteOffset: at &+ 10, as: UInt8.self) != 0 }
                if slotKey == 0 { return false }
                at = (at &+ 16) & offsetMask
            }
        }

        /// The first slot `bits` reads for `key`.
        static func start(_ key: UInt64, mask: Int) -> Int { (Int(truncatingIfNeeded: key) >> 4) & mask }
    }

    /// The probe of the table.
    let probe: Probe

    /// A table of the keys of `sets`, each with the bits of every set that holds it, and of
    /// `abbreviations`, flagged.
    init(_ sets: [(bit: UInt16, set: KeySet)], abbreviations: KeySet = KeySet(keys: [])) {
        let total = sets.reduce(0) { $0 + $1.set.members.count } + abbreviations.members.count
        var capacity = 16
        while capacity < total * 4 { capacity <<= 1 }
        let slots = UnsafeMutablePointer<Probe.Slot>.allocate(capacity: capacity)
        slots.initialize(repeating: Probe.Slot(key: 0, bits: 0, abbreviation: 0), count: capacity)
        let mask = capacity - 1
        for (bit, set) in sets {
            for key in set.members {
                var i = Probe.start(key, mask: mask)
                while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
                slots[i].key = key
                slots[i].bits |= bit
            }
        }
        for key in abbreviations.members {
            var i = Probe.start(key, mask: mask)
            while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
            slots[i].key = key
            slots[i].abbreviation = 1
        }
        precondition(MemoryLayout<Probe.Slot>.stride == 16 && MemoryLayout<Probe.Slot>.offset(of: \.abbreviation) == 10)
        probe = Probe(slots: UnsafeRawPointer(slots), offsetMask: mask << 4)
    }
}
