/// `DateRule.match` for a plain line (ASCII without CR, and the marks of `PlainScalars`: each scalar one Character),
/// on its bytes: labels and the "updated" cut are found with capitals folded, so neither the lowered line nor
/// Character offsets are built.
extension DateRule {
    /// `labelStarts` as a bit set.
    private static let labelStartBytes = ByteSet(labelStarts)

    /// `leadingLabels` as a table of line openings, in their order.
    private static let labelTable = PrefixTable(leadingLabels)

    /// Per label of `leadingLabels`: true when it names an update ("last updated", "modified", …).
    private static let labelsOfUpdates = leadingLabels.map { $0.fastHasSuffix("updated") || $0.fastHasSuffix("modified") }

    /// The dates on the plain `text`, as `match` reads them.
    static func matchPlain(_ text: Substring) -> Match? {
        let utf8 = text.utf8
        let (start, label, cut, possible) = text.withUTF8Bytes { bytes -> (Int, Int?, Int?, Bool) in
            var start = 0
            var label: Int?
            if let first = bytes.first, labelStartBytes.contains(FoldedBytes.fold(first)) {
                (start, label) = stripLabel(bytes, from: 0)
            }
            let cut = foldedOffset(of: "updated", in: bytes, from: start)
            // the head's bytes, tested here by the two gates `mayHoldShortDate` and `find` would test on the head
            let head = UnsafeBufferPointer(rebasing: bytes[start..<(cut ?? bytes.count)])
            return (start, label, cut, DateText.countOtherWords(head, stoppingAfter: 3) <= 3 && DateText.mayHoldDate(head))
        }
        guard possible else { return nil }
        let split = cut.map { utf8.index(utf8.startIndex, offsetBy: $0) } ?? text.endIndex
        // most lines drop no label and hold no cut: the head is then the whole text, with no slice to make
        let head = start == 0 && cut == nil ? text : text[utf8.index(utf8.startIndex, offsetBy: start)..<split]
        guard let first = DateText.find(in: head), first.otherWords <= 3 else { return nil }
        var match = Match(published: DateStamp(text: String(first.text), iso: first.iso))
        match.labelledUpdate = label.map { labelsOfUpdates[$0] } ?? false
        if cut != nil {
            let rest = text[split...]
            let skip = rest.withUTF8Bytes { stripLabel($0, from: 0).0 }
            if let found = DateText.find(in: rest[utf8.index(split, offsetBy: skip)...]) {
                match.updated = DateStamp(text: String(found.text), iso: found.iso)
            }
        }
        return match
    }

    /// Where the text left after `stripLabel` starts in `bytes` (from `start`), and the label dropped.
    private static func stripLabel(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int?) {
        var index = start
        while index < bytes.count {  // "|", "/", ",", " " and the no-break space
            let byte = bytes[index]
            if byte == UInt8(ascii: "|") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ",") || byte == 0x20 { index += 1 }
            else if isNoBreakSpace(bytes, index) { index += 2 }
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

    /// True when a no-break space (C2 A0) starts at `index`.
    @inline(__always)
    private static func isNoBreakSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }

    /// The first offset from `start` where `bytes`, A–Z folded, hold `pattern`, or `nil`. When the pattern opens with a
    /// lowercase letter, eight bytes at a time are skipped while none of them is that letter or its capital (exactly
    /// the bytes that equal the letter once bit 0x20 is set).
    private static func foldedOffset(of pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = pattern.utf8CodeUnitCount
        guard bytes.count - start >= count else { return nil }
        let first = pattern.utf8Start[0]
        let letter = first &- UInt8(ascii: "a") < 26
        let spread = UInt64(first) &* 0x0101_0101_0101_0101
        let lastStart = bytes.count - count
        var index = start
        while index <= lastStart {
            if letter, index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                let match = (word | 0x2020_2020_2020_2020) ^ spread  // a zero byte where a byte is the letter or its capital
                // every such byte is flagged (a flag may also stand on a byte that is none): each is tried in order
                var hits = (match &- 0x0101_0101_0101_0101) & ~match & 0x8080_8080_8080_8080
                while hits != 0 {
                    let at = index + hits.trailingZeroBitCount >> 3
                    if at > lastStart { return nil }
                    if FoldedBytes.fold(bytes[at]) == first, FoldedBytes.equal(bytes, at: at, pattern) { return at }
                    hits &= hits &- 1
                }
                index += 8
                continue
            }
            if FoldedBytes.fold(bytes[index]) == first, FoldedBytes.equal(bytes, at: index, pattern) { return index }
            index += 1
        }
        return nil
    }
}
