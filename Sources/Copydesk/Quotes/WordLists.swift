/// One membership mask per word for the word lists the quote rules read at nearly every token:
/// each block's words get their mask once (`mark`, one probe per word), and a rule tests a bit of
/// the token (`Token.isIn`) instead of probing a `KeySet` (~900 probes per article). Built from
/// the very `KeySet`s it stands for (`sets`), so a bit is set exactly when the set holds the key.
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

    /// The table of every key of `sets`.
    static let shared = WordLists(sets)

    /// Open addressing on the key's own bits (as `KeySet`): slot keys (0 = empty) and their masks.
    private var keys: [UInt64]
    private var masks: [UInt16]
    private let mask: Int

    /// A table of the keys of `sets`, each with the bits of every set that holds it.
    init(_ sets: [(bit: UInt16, set: KeySet)]) {
        let total = sets.reduce(0) { $0 + $1.set.members.count }
        var capacity = 16
        while capacity < total * 4 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        masks = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for (bit, set) in sets {
            for key in set.members {
                var i = Self.slot(key, mask)
                while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
                keys[i] = key
                masks[i] |= bit
            }
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    /// The bits of every list holding `key` (0 for the key 0, which no set holds).
    func bits(of key: UInt64) -> UInt16 {
        var i = Self.slot(key, mask)
        while true {
            if keys[i] == key { return masks[i] }  // an empty slot holds the mask 0
            if keys[i] == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    /// Sets `lists` of every word among the `count` tokens at `tokens`, which hold 0 there (as
    /// every token is made).
    static func mark(_ tokens: UnsafeMutablePointer<Token>, count: Int) { shared.mark(tokens, count: count) }

    private func mark(_ tokens: UnsafeMutablePointer<Token>, count: Int) {
        keys.withUnsafeBufferPointer { keys in
            masks.withUnsafeBufferPointer { masks in
                let keys = keys.baseAddress!, masks = masks.baseAddress!
                for t in 0..<count where tokens[t].kind == .word {
                    let key = tokens[t].key
                    var i = Self.slot(key, mask)
                    while true {
                        let slot = keys[i]
                        if slot == key { tokens[t].lists = masks[i]; break }
                        if slot == 0 { break }
                        i = (i &+ 1) & mask
                    }
                }
            }
        }
    }
}
