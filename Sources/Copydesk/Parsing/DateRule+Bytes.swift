/// `DateRule.match` for a plain line (ASCII without CR, and the marks of `PlainScalars`: each scalar one Character),
/// on its bytes: labels and the "updated" cut are found with capitals folded, so neither the lowered line nor
/// Character offsets are built.
extension DateRule {
    /// `leadingLabels` as a table of line openings, in their order.
    private static let labelTable = PrefixTable(leadingLabels)

    /// Per label of `leadingLabels`: true when it names an update ("last updated", "modified", …).
    private static let labelsOfUpdates = leadingLabels.map(namesUpdate)

    /// Where a plain line's head lies and whether it passes the gates `match` tests before reading its date.
    struct PlainHead {
        /// Where the text after the dropped label starts, and the label dropped (its index in `leadingLabels`).
        var start: Int, label: Int?
        /// Where the first "updated" after `start` cuts the head off, A–Z folded.
        var cut: Int?
        /// False when the head holds no short date (`headGate`).
        var possible: Bool
    }

    /// The head of the line `bytes` when it is plain, or `nil` for a line `match` reads on Characters. An ASCII line
    /// (`ascii`) is read here even with a CR, which no gate reads differently on Characters: such a line is handed on
    /// only once past them. `words` is `DateText.wordTable`.
    static func plainHead(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool, words: PackedWordTable) -> PlainHead? {
        guard ascii || PlainScalars.isPlain(bytes) else { return nil }
        var head = PlainHead(start: 0, label: nil, cut: nil, possible: false)
        if let first = bytes.first, mayOpenLabel(FoldedBytes.fold(first)) { (head.start, head.label) = stripLabel(bytes, from: 0) }
        // "Updated … | Published …", "Updated …; Posted …" (the update first) are read on Characters, which split them at
        // the later label
        if let label = head.label, labelsOfUpdates[label], FoldedBytes.contains(bytes, "published") || FoldedBytes.contains(bytes, "posted") {
            return nil
        }
        // the cut and the two gates `mayHoldShortDate` and `find` would test on the head, in one walk
        (head.cut, head.possible) = headGate(bytes, from: head.start, words: words)
        return ascii && head.possible && !PlainScalars.isPlain(bytes) ? nil : head
    }

    /// `labelStarts.contains(byte)` as comparisons, with no table to reach (`DateGateTests` checks them).
    @inline(__always)
    static func mayOpenLabel(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "p") || b == UInt8(ascii: "u") || b == UInt8(ascii: "d") || b == UInt8(ascii: "l") || b == UInt8(ascii: "f")
            || b == UInt8(ascii: "m") || b == UInt8(ascii: "t") || b == 0x20 || b == UInt8(ascii: "|") || b == UInt8(ascii: "/")
            || b == UInt8(ascii: ",") || b == 0xC2 || b == 0xE2
    }

    /// The dates on the plain `text` whose head is `head` (`plainHead`, possible), as `match` reads them.
    static func matchPlain(_ text: Substring, _ head: PlainHead) -> Match? {
        let utf8 = text.utf8
        let (start, label, cut) = (head.start, head.label, head.cut)
        let split = cut.map { utf8.index(utf8.startIndex, offsetBy: $0) } ?? text.endIndex
        // most lines drop no label and hold no cut: the head is then the whole text, with no slice to make
        let head = start == 0 && cut == nil ? text : text[utf8.index(utf8.startIndex, offsetBy: start)..<split]
        guard let first = DateText.findPlain(pastGate: head), first.otherWords <= 3 else { return nil }
        var match = Match(published: DateStamp(text: String(first.text), iso: first.iso))
        match.labelledUpdate = label.map { labelsOfUpdates[$0] } ?? false
        if cut != nil {
            let rest = text[split...]
            let skip = rest.withUTF8Bytes { stripLabel($0, from: 0).0 }
            if let found = DateText.findPlain(in: rest[utf8.index(split, offsetBy: skip)...]) {
                match.updated = DateStamp(text: String(found.text), iso: found.iso)
            }
        }
        return match
    }

    /// Where the text left after `stripLabel` starts in `bytes` (from `start`), and the label dropped.
    private static func stripLabel(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int?) {
        var index = start
        while index < bytes.count {  // "|", "/", ",", " ", the no-break space, "·" and "•"
            let byte = bytes[index]
            if byte == UInt8(ascii: "|") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ",") || byte == 0x20 { index += 1 }
            else if isNoBreakSpace(bytes, index) || isMiddleDot(bytes, index) { index += 2 }
            else if isBullet(bytes, index) { index += 3 }
            else { break }
        }
        guard let label = labelTable.firstMatch(foldingBytes: UnsafeBufferPointer(rebasing: bytes[index...])) else { return (index, nil) }
        index += leadingLabels[label].utf8.count
        while index < bytes.count {  // ":", " ", the no-break space and "-"
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") || byte == 0x20 || byte == UInt8(ascii: "-") { index += 1 }
            else if isNoBreakSpace(bytes, index) { index += 2 }
            else { break }
        }
        return (index, label)
    }

    /// True when a middle dot "·" (C2 B7) starts at `index`.
    @inline(__always)
    private static func isMiddleDot(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xB7
    }

    /// True when a bullet "•" (E2 80 A2) starts at `index`.
    @inline(__always)
    private static func isBullet(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA2
    }

    /// True when a no-break space (C2 A0) starts at `index`.
    @inline(__always)
    private static func isNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }
}
