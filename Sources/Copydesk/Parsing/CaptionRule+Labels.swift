/// Labelled credits ("Photo: Shutterstock", "Credit...Jane Roe"): where the label stands and what it credits.
extension CaptionRule {
    /// `aligned`: `lower` is `line` with only ASCII capitals lowered, so both share byte offsets and Character boundaries.
    /// When aligned, the caller may pass the first label present in `lower` (`firstPresent`) and the line's letters
    /// before a colon and ellipsis flag: a label whose last letter before its colon (or whose ellipsis) the line lacks
    /// is not searched for.
    static func labelledCredit(_ line: Substring, lower: Substring, aligned: Bool, firstPresent known: Int? = nil,
                               colonLetters: UInt32 = ~0, ellipsis: Bool = true) -> Match? {
        // labels end with ':' but "credit..." and "credit…": lines with neither skip the searches
        guard ellipsis || line.withUTF8Bytes({ $0.contains(0x3A) }), let firstPresent = known ?? labelTable.firstListed(in: lower) else { return nil }
        // labels listed before the first one present do not occur: start there
        for (index, label) in labels.enumerated().dropFirst(firstPresent) {
            let needs = labelNeeds[index]
            if aligned, needs == 0 ? !ellipsis : colonLetters & needs == 0 { continue }
            guard let range = lower.fastLastRange(of: label) else { continue }
            let before = lower[..<range.lowerBound]
            guard before.isEmpty || before.fastHasSuffix(" ") || before.fastHasSuffix(".") else { continue }
            guard let (labelStart, creditStart) = labelBounds(line, lower: lower, range: range, aligned: aligned),
                  let found = labelledMatch(line, label: label, labelStart: labelStart, creditStart: creditStart) else { continue }
            return found
        }
        return nil
    }

    /// `labelledCredit(line, lower: asciiLowercased(line), aligned: true, …)` without building the lowered line:
    /// each label is searched on the line's bytes with A–Z folded (same offsets); a label followed by a non-ASCII
    /// byte, whose bounds count Characters, hands the whole line to the plain rule.
    static func labelledCreditFolded(_ line: Substring, firstPresent: Int, colonLetters: UInt32, ellipsis: Bool) -> Match? {
        for index in firstPresent..<labels.count {
            let needs = labelNeeds[index]
            if needs == 0 ? !ellipsis : colonLetters & needs == 0 { continue }
            let label = labels[index]
            // the label's offset when it follows the start, a space or a full stop; -1 when absent or not so placed;
            // -2 when the plain rule must decide (a non-ASCII byte right after it)
            let offset = line.withUTF8Bytes { bytes in ByteSearch.withBytes(of: label) { lastFoldedLabel($0, in: bytes) } }
            if offset == -1 { continue }
            if offset == -2 {
                return labelledCredit(line, lower: Substring(TextLine.asciiLowercased(line)), aligned: true, firstPresent: firstPresent,
                                      colonLetters: colonLetters, ellipsis: ellipsis)
            }
            // an ASCII line (no CR or LF) is read on its bytes; the match is the same as the text rule's
            let ascii: Match?? = line.withUTF8Bytes { bytes -> Match?? in
                guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }) else { return .none }
                return .some(labelledMatchASCII(bytes, label: label, labelStart: offset, creditStart: offset &+ label.utf8.count))
            }
            if let ascii {
                if let found = ascii { return found }
                continue
            }
            let labelStart = line.utf8.index(line.utf8.startIndex, offsetBy: offset)
            let creditStart = line.utf8.index(labelStart, offsetBy: label.utf8.count)
            if let found = labelledMatch(line, label: label, labelStart: labelStart, creditStart: creditStart) { return found }
        }
        return nil
    }

    /// The last folded occurrence of `pattern` in `bytes` as `labelledCreditFolded` reads it (offset, -1 or -2).
    private static func lastFoldedLabel(_ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard bytes.count >= pattern.count else { return -1 }
        var start = bytes.count - pattern.count
        while start >= 0, !FoldedBytes.equal(bytes, at: start, pattern) { start -= 1 }
        guard start >= 0 else { return -1 }
        guard start == 0 || bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: ".") else { return -1 }
        let end = start + pattern.count
        return end == bytes.count || bytes[end] < 0x80 ? start : -2
    }

    /// Where the label found at `range` of `lower` starts and its credit starts in `line`, or `nil` past the end.
    /// Byte offsets carry over when `aligned` and both ends sit on Character boundaries (the label follows the
    /// start, a space or a full stop; an ASCII byte or the end follows it); otherwise Characters are counted.
    static func labelBounds(_ line: Substring, lower: Substring, range: Range<Substring.Index>,
                                    aligned: Bool) -> (Substring.Index, Substring.Index)? {
        if aligned, range.upperBound == lower.endIndex || lower.utf8[range.upperBound] < 0x80 {
            let utf8 = line.utf8
            let labelStart = utf8.index(utf8.startIndex, offsetBy: lower.utf8.distance(from: lower.startIndex, to: range.lowerBound))
            let creditStart = utf8.index(utf8.startIndex, offsetBy: lower.utf8.distance(from: lower.startIndex, to: range.upperBound))
            return (labelStart, creditStart)
        }
        let labelOffset = lower.distance(from: lower.startIndex, to: range.lowerBound)
        guard let labelStart = line.index(line.startIndex, offsetBy: labelOffset, limitedBy: line.endIndex) else { return nil }
        let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
        guard let creditStart = line.index(line.startIndex, offsetBy: offset, limitedBy: line.endIndex) else { return nil }
        return (labelStart, creditStart)
    }

    /// Per label: the bit (`letter - a`) of the letter before its colon, or 0 for a label without a colon, which ends
    /// with an ellipsis ("credit...", "credit…").
    static let labelNeeds: [UInt32] = labels.map { label in
        let bytes = Array(label.utf8)
        guard bytes.count >= 2, bytes.last == UInt8(ascii: ":"), case let letter = bytes[bytes.count - 2] | 0x20,
              letter &- UInt8(ascii: "a") < 26 else { return 0 }
        return 1 << UInt32(letter &- UInt8(ascii: "a"))
    }
}
