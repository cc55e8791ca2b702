/// Trails and tag rows printed on one line ("Home - News - General News", "Environment | Water | Local | News"):
/// never a headline; the section is read from them.
extension HeaderReader {
    /// The separator of a one-line trail: " | ", " - " (or " – "), or ">" for " > ", " › " and " » ", between at least
    /// three short labels (one to three words each, opening in a capital, no digit, no stop at the end, no "By"); 0 for
    /// any other line.
    static func trailSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard bytes.count >= 9, bytes.count <= 120, let first = bytes.first, first &- UInt8(ascii: "A") < 26 || first >= 0xC0 else { return 0 }
        var separator: UInt8 = 0, segments = 1, words = 1, segmentStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "@") || byte == UInt8(ascii: ":") { return 0 }
            guard byte == 0x20 else { index += 1; continue }
            // " | ", " - ", " > ", " – " (E2 80 93), " › " (E2 80 BA), " » " (C2 BB)
            var mark: UInt8 = 0, width = 0
            if index + 2 < bytes.count, bytes[index + 2] == 0x20,
               bytes[index + 1] == UInt8(ascii: "|") || bytes[index + 1] == UInt8(ascii: "-") || bytes[index + 1] == UInt8(ascii: ">") {
                mark = bytes[index + 1]; width = 3
            } else if index + 4 < bytes.count, bytes[index + 1] == 0xE2, bytes[index + 2] == 0x80, bytes[index + 4] == 0x20,
                      bytes[index + 3] == 0x93 || bytes[index + 3] == 0xBA {
                mark = bytes[index + 3] == 0x93 ? UInt8(ascii: "-") : UInt8(ascii: ">"); width = 5
            } else if index + 3 < bytes.count, bytes[index + 1] == 0xC2, bytes[index + 2] == 0xBB, bytes[index + 3] == 0x20 {
                mark = UInt8(ascii: ">"); width = 4
            }
            if mark == 0 { words += 1; if words > 3 { return 0 }; index += 1; continue }
            guard separator == 0 || separator == mark, isLabelSegment(bytes, from: segmentStart, to: index) else { return 0 }
            separator = mark; segments += 1; words = 1
            index += width; segmentStart = index
        }
        guard segments >= 3, isLabelSegment(bytes, from: segmentStart, to: bytes.count) else { return 0 }
        return separator
    }

    /// True for `bytes[from..<to]` opening in a capital, not "By", not closed by a stop.
    private static func isLabelSegment(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard to > from, bytes[from] &- UInt8(ascii: "A") < 26 || bytes[from] >= 0xC0 else { return false }
        if to - from == 2 || to - from > 2 && bytes[from + 2] == 0x20, FoldedBytes.equal(bytes, at: from, "by") { return false }
        let last = bytes[to - 1]
        return last != UInt8(ascii: ".") && last != UInt8(ascii: "?") && last != UInt8(ascii: "!")
    }

    /// `candidates` without their one-line trails, compacted in place; returns the new count and the first trail.
    static func droppingTrails(_ storage: UnsafeMutableBufferPointer<Int32>, count: Int, _ lines: UnsafeBufferPointer<TextLine>,
                               _ page: LinePage) -> (count: Int, trail: Int?) {
        var kept = 0
        var trail: Int?
        for slot in 0..<count {
            let index = Int(storage[slot])
            let line = lines[index]
            if line.words >= 3, line.words <= 16 && trailSeparator(page.bytes(line)) != 0 || isHomeSlashTrail(page.bytes(line)) {
                if trail == nil { trail = index }
                continue
            }
            storage[kept] = storage[slot]; kept += 1
        }
        return (kept, trail)
    }
}

extension HeaderReader {
    /// The date line right under the plan's headline (or one line lower) when the published date stands above the
    /// headline (a clock line in the menu), and is not the update; `nil` otherwise.
    static func dateRightUnder(_ plan: Plan, upTo end: Int, kinds: UnsafeBufferPointer<LineRole.Kind>) -> Int? {
        guard let published = plan.published, let headline = plan.headline, published < headline else { return nil }
        for index in (headline + 1)..<min(headline + 3, end) where kinds[index] == .date && index != plan.updated { return index }
        return nil
    }
}

extension HeaderReader {
    /// True for a place in capitals alone on the line right above a date line ("ISTANBUL", then "March 12 2024 14:22"):
    /// a dateline, no section.
    func isDatelineOverDate(_ index: Int, _ page: LinePage) -> Bool {
        index + 1 < kinds.count && kinds[index + 1] == .date && Self.isCapitals(page.bytes(lines[index]))
    }
}
