/// Bylines that name an organisation's press office with no "By" ("Federation Press Office", "Ministry Media Team").
extension BylineRule {
    /// The press office a line of two to five capitalised words names when its last two words are an office word pair
    /// ("Press Office", "Media Team", "Communications Unit"); `nil` for any other line. Read on ASCII `bytes`.
    static func pressOffice(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        guard bytes.count >= 10, bytes.count <= 70, let last = bytes.last,
              last == UInt8(ascii: "e") || last == UInt8(ascii: "m") || last == UInt8(ascii: "t") || last == UInt8(ascii: "r"),
              endsWithOfficeUnit(bytes) else { return nil }
        var words: [Range<Int>] = []
        let capitalised = ByteSearch.allASCIIWords(bytes) { word in
            words.append(word)
            let first = bytes[word.lowerBound]
            return words.count <= 5 && (first &- UInt8(ascii: "A") < 26
                || word.count == 2 && FoldedBytes.equal(UnsafeBufferPointer(rebasing: bytes[word]), at: 0, "of")
                || word.count == 3 && FoldedBytes.equal(UnsafeBufferPointer(rebasing: bytes[word]), at: 0, "and"))
        }
        guard capitalised, words.count >= 2, bytes[words[0].lowerBound] &- UInt8(ascii: "A") < 26 else { return nil }
        let kind = UnsafeBufferPointer(rebasing: bytes[words[words.count - 2]]), unit = UnsafeBufferPointer(rebasing: bytes[words[words.count - 1]])
        guard officeKinds.contains(where: { $0.utf8CodeUnitCount == kind.count && FoldedBytes.equal(kind, at: 0, $0) }),
              officeUnits.contains(where: { $0.utf8CodeUnitCount == unit.count && FoldedBytes.equal(unit, at: 0, $0) }) else { return nil }
        return Match(names: [BylineEntry(name: String(decoding: bytes, as: UTF8.self))])
    }

    /// True when the run of ASCII letters closing `bytes` is an office unit ("Office", "Team"): the cheap test before
    /// the word walk, which only a line closing with one can pass.
    private static func endsWithOfficeUnit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = bytes.count
        while start > 0, (bytes[start - 1] | 0x20) &- UInt8(ascii: "a") < 26 { start -= 1 }
        let unit = UnsafeBufferPointer(rebasing: bytes[start...])
        return officeUnits.contains { $0.utf8CodeUnitCount == unit.count && FoldedBytes.equal(unit, at: 0, $0) }
    }

    /// The word before an office word in a press office's name.
    private static let officeKinds: [StaticString] = ["press", "media", "communications", "information"]
    /// The last word of a press office's name.
    private static let officeUnits: [StaticString] = ["office", "service", "team", "unit", "centre", "center"]
}
