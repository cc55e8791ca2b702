/// A person or organisation introduced in the article. Its name and role are byte ranges of the
/// table's text store and key ranges of its key store, so an entity holds no reference.
struct Entity {
    /// Where the full name as introduced ("Wang Zhigang") sits in the table's `textStore`.
    var name: Range<Int>
    /// Where the name's word keys sit in the table's `keyStore`.
    var keys: Range<Int>
    /// Person or organisation.
    var kind: Speaker.Kind
    /// Where the role as printed at the first mention that gives one ("science minister") sits in `textStore`.
    var role: Range<Int>?
    /// Where the word keys of the role sit in `keyStore` (empty without a role).
    var roleKeys: Range<Int>
    /// Key of the acronym: explicit "(NDRC)" or the initials of a long organisation name.
    var acronym: UInt64?
    /// True when the name looks like a place rather than a person ("Hong Kong", "United States").
    var looksLikePlace: Bool
    /// The body paragraph of the first mention (-1 for headline, standfirst and captions).
    var firstParagraph: Int
    /// Bit `key & 63` set for every key of the name (set by `EntityTable.append`): a look-up for a
    /// word whose bit is clear skips the entity without reading its keys.
    var keyBits: UInt64 = 0
    /// The gender the text gave the person ("she said" pointing at them): 0 unknown, 1 "he", 2 "she".
    var gender: UInt8 = 0
}

/// Reading an entity back as text: strings are built only for the speakers actually output.
extension EntityTable {
    /// The speaker for the entity at `i`: its name, its role (else `fallbackRole`) and kind.
    /// Mutating only so the table is read in place (a plain method's callers copied it first).
    mutating func speaker(_ i: Int, fallbackRole: String?) -> Speaker {
        let e = entities[i]
        // No `e.role.map(text)`: a method reference captures a copy of the whole table.
        let role: String?
        if let range = e.role { role = text(range) } else { role = fallbackRole }
        return Speaker(name: text(e.name), role: role, kind: e.kind)
    }

    /// The kind of the entity at `i`.
    @inline(__always)
    func kind(_ i: Int) -> Speaker.Kind { entities[i].kind }

    /// True when the entity at `i` is a person whose name does not look like a place.
    @inline(__always)
    func isPerson(_ i: Int) -> Bool { entities[i].kind == .person && !entities[i].looksLikePlace }

    /// The word keys of the role of the entity at `i` (empty without a role).
    @inline(__always)
    func roleKeys(_ i: Int) -> ArraySlice<UInt64> { keyStore[entities[i].roleKeys] }

    /// The string of the bytes `range` of `textStore`.
    func text(_ range: Range<Int>) -> String {
        // Decoded from the buffer in place (no array slice, so no retain and release of the store).
        textStore.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}
