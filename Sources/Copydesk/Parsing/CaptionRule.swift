import Foundation

/// Recognises photo captions by their credit: "… Photo: Shutterstock", "(Image: © X)",
/// "Credit: X", "Photograph: X/Agency", a trailing "Getty Images".
enum CaptionRule {
    /// A caption split into its text and its credit.
    struct Caption: Equatable {
        var text: String?
        var credit: String?
    }

    private static let labels = ["Photo:", "Photograph:", "Photos:", "Image:", "Picture:", "Credit:", "Photo credit:", "Source:", "Illustration:"]

    /// The caption and credit in `line`, or `nil` when the line carries no credit.
    static func match(_ line: Substring) -> Caption? {
        if let found = labelledCredit(line) { return found }
        if let found = parenthesisedCredit(line) { return found }
        return nil
    }

    private static func labelledCredit(_ line: Substring) -> Caption? {
        // Every label ends with ':'; most lines have none, so skip the costly searches then.
        guard line.utf8.contains(UInt8(ascii: ":")) else { return nil }
        for label in labels {
            guard let range = line.range(of: label, options: .backwards) else { continue }
            let credit = line[range.upperBound...].trimmedSpace
            guard !credit.isEmpty, credit.wordCount <= 8, !credit.endsLikeSentence || credit.hasSuffix(".") && credit.wordCount <= 4 else { continue }
            let text = line[..<range.lowerBound].trimmedSpace
            return Caption(text: text.isEmpty ? nil : String(text), credit: String(credit.trimmingTrailingPeriod))
        }
        return nil
    }

    private static func parenthesisedCredit(_ line: Substring) -> Caption? {
        guard line.hasSuffix(")"), let open = line.range(of: "(", options: .backwards) else { return nil }
        let inside = line[open.upperBound..<line.index(before: line.endIndex)]
        for label in labels where inside.hasPrefix(label) {
            var credit = inside.dropFirst(label.count).trimmedSpace
            if credit.hasPrefix("©") { credit = credit.dropFirst().trimmedSpace }
            let text = line[..<open.lowerBound].trimmedSpace
            return Caption(text: text.isEmpty ? nil : String(text), credit: credit.isEmpty ? nil : String(credit))
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without one trailing full stop.
    var trimmingTrailingPeriod: SubSequence {
        hasSuffix(".") ? self[startIndex..<index(before: endIndex)] : self[...]
    }
}
