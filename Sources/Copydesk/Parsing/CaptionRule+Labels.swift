/// Labelled credits ("Photo: Shutterstock", "Credit...Jane Roe"): where the label stands and what it credits.
extension CaptionRule {
    /// `aligned`: `lower` is `line` with only ASCII capitals lowered, so both share byte offsets and Character boundaries.
    /// When aligned, the caller may pass the first label present in `lower` (`firstPresent`) and the line's letters
    /// before a colon and ellipsis flag: a label whose last letter before its colon (or whose ellipsis) the line lacks
    /// is not searched for.
    static func labelledCredit(_ line: Substring, lower: Substring, aligned: Bool, firstPresent known: Int? = nil,
                               colonLetters: UInt32 = ~0, ellipsis: Bool = true) -> Match? {
        // Every label ends with ':'; most lines have none, so skip the costly searches then.
        guard line.withUTF8Bytes({ $0.contains(UInt8(ascii: ":")) }), let firstPresent = known ?? labelTable.firstListed(in: lower) else { return nil }
        // labels listed before the first one present do not occur: start there
        for (index, label) in labels.enumerated().dropFirst(firstPresent) {
            let needs = labelNeeds[index]
            if aligned, needs == 0 ? !ellipsis : colonLetters & needs == 0 { continue }
            guard let range = lower.fastLastRange(of: label) else { continue }
            let before = lower[..<range.lowerBound]
            guard before.isEmpty || before.fastHasSuffix(" ") || before.fastHasSuffix(".") else { continue }
            guard let (labelStart, creditStart) = labelBounds(line, lower: lower, range: range, aligned: aligned),
                  labelStart < line.endIndex, line[labelStart].isUppercase else { continue }
            let credit = line[creditStart...].trimmedSpace
            if labelStart == line.startIndex, label == "image:" || label == "picture:", credit.wordCount >= 4,
               !looksLikeCredit(credit) {
                return .caption(String(credit))  // "Image: Commuters wait at a station …": a caption under a label
            }
            guard !credit.isEmpty, credit.wordCount <= 8, !credit.endsLikeSentence || credit.fastHasSuffix(".") && credit.wordCount <= 4 else { continue }
            let text = line[..<labelStart].trimmedSpace
            let trimmedCredit = credit.trimmingTrailingPeriod
            guard looksLikeCredit(trimmedCredit) else { continue }
            if text.isEmpty && (label == "photos:" || label == "pictures:") { continue }
            let cleanCredit = String(trimmedCredit)
            return text.isEmpty ? .credit(cleanCredit, captionAbove: true) : .captioned(text: String(text), credit: cleanCredit)
        }
        return nil
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
