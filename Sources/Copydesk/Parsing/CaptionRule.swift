import Foundation

/// Recognises photo captions and credits: "… Photo: Shutterstock", "(Image: © X)", "Credit: X",
/// "(AP Photo/Alan Diaz, File)", "[File: Reuters]", "… 2019. REUTERS/Brendan McDermid",
/// credit-only lines ("Photo: Hau Dinh, AP", "Image copyright Getty Images", "© REUTERS / POOL")
/// and "Image caption …" lines. Gallery counters ("1of4") are dropped from the caption.
enum CaptionRule {
    /// What a caption line holds.
    enum Match: Equatable {
        /// Caption text with its credit on the same line.
        case captioned(text: String, credit: String?)
        /// Only a credit; `captionAbove` when the caption is the line above ("Photo: X" under a caption).
        case credit(String, captionAbove: Bool)
        /// Only caption text ("Image caption …"); the credit came on the line before.
        case caption(String)
    }

    private static let labels = ["photograph:", "photographs:", "photo:", "photos:", "image:", "picture:", "pictures:", "credit:",
                                 "photo credit:", "image credit:", "illustration:", "file:", "graphic:", "video:"]
    /// Agencies and picture libraries that mark an unlabelled trailing credit.
    static let pictureSources: Set<String> = ["ap", "reuters", "afp", "getty", "epa", "shutterstock", "bloomberg", "xinhua",
                                              "alamy", "pa", "efe", "ansa", "ips", "nasa", "esa", "istock", "dpa", "upi"]

    /// The caption and credit on `line`, or `nil`.
    static func match(_ line: TextLine) -> Match? {
        let lower = line.lower
        if lower.hasPrefix("image caption") { return .caption(String(line.text.dropFirst("image caption".count).trimmedSpace)) }
        if lower.hasPrefix("image copyright ") && !lower.contains("@") {
            return .credit(String(line.text.dropFirst("image copyright ".count).trimmedSpace), captionAbove: false)
        }
        if lower.hasPrefix("©") && line.words <= 6 && !lower.contains("all rights") && !line.text.hasDigit {
            return .credit(String(line.text.dropFirst().trimmedSpace), captionAbove: false)
        }
        let text = droppingGalleryCounter(line.text)
        if let found = parenthesisedCredit(text) { return found }
        let textLower = text.startIndex == line.text.startIndex ? Substring(lower) : Substring(text.lowercased())
        if let found = labelledCredit(text, lower: textLower) { return found }
        if let found = trailingAgencyCredit(text) { return found }
        return nil
    }

    private static func labelledCredit(_ line: Substring, lower: Substring) -> Match? {
        // Every label ends with ':'; most lines have none, so skip the costly searches then.
        guard line.utf8.contains(UInt8(ascii: ":")) else { return nil }
        for label in labels where lower.containsBytes(label) {
            guard let range = lower.range(of: label, options: .backwards) else { continue }
            let before = lower[..<range.lowerBound]
            guard before.isEmpty || before.hasSuffix(" ") || before.hasSuffix(".") else { continue }
            let labelOffset = lower.distance(from: lower.startIndex, to: range.lowerBound)
            guard let labelStart = line.index(line.startIndex, offsetBy: labelOffset, limitedBy: line.endIndex),
                  labelStart < line.endIndex, line[labelStart].isUppercase else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            guard let creditStart = line.index(line.startIndex, offsetBy: offset, limitedBy: line.endIndex) else { continue }
            let credit = line[creditStart...].trimmedSpace
            guard !credit.isEmpty, credit.wordCount <= 8, !credit.endsLikeSentence || credit.hasSuffix(".") && credit.wordCount <= 4 else { continue }
            let text = line[..<labelStart].trimmedSpace
            let cleanCredit = String(credit.trimmingTrailingPeriod)
            guard looksLikeCredit(cleanCredit) else { continue }
            if text.isEmpty && (label == "photos:" || label == "pictures:") { continue }
            return text.isEmpty ? .credit(cleanCredit, captionAbove: true) : .captioned(text: String(text), credit: cleanCredit)
        }
        return nil
    }

    /// "(Image: © X)", "(AP Photo/Alan Diaz, File)", "(Elias Funez/The Union via AP)", "[File: Reuters]" at the end of the line.
    private static func parenthesisedCredit(_ line: Substring) -> Match? {
        guard let close = line.last, close == ")" || close == "]" else { return nil }
        let open: Character = close == ")" ? "(" : "["
        guard let openIndex = line.lastIndex(of: open) else { return nil }
        var inside = line[line.index(after: openIndex)..<line.index(before: line.endIndex)].trimmedSpace
        let lower = inside.lowercased()
        var labelled = false
        for label in labels where lower.hasPrefix(label) {
            inside = inside.dropFirst(label.count).trimmedSpace
            labelled = true
            break
        }
        if !labelled {
            let words = inside.spaceWords.map { $0.lowercased() }
            let agencyMention = words.contains { pictureSources.contains(String($0.filter { $0 != "," && $0 != "/" })) }
                || lower.contains(" photo/") || lower.hasPrefix("photo/")
            guard inside.contains("/") || lower.contains("via ") || lower.hasPrefix("photo") else { return nil }
            guard agencyMention || lower.contains("photo"), inside.wordCount <= 8 else { return nil }
        }
        if inside.hasPrefix("©") { inside = inside.dropFirst().trimmedSpace }
        let text = line[..<openIndex].trimmedSpace
        let credit = inside.isEmpty ? nil : String(inside)
        if text.isEmpty { return credit.map { .credit($0, captionAbove: true) } }
        return .captioned(text: String(text), credit: credit)
    }

    /// "… November 18, 2019. REUTERS/Brendan McDermid" or the glued "… 2019.J. Scott Applewhite / AP file".
    private static func trailingAgencyCredit(_ line: Substring) -> Match? {
        guard let slash = line.lastIndex(of: "/") else { return nil }
        // the credit starts after the last sentence end before the slash
        var index = slash
        var start: Substring.Index?
        while index > line.startIndex {
            let previous = line.index(before: index)
            if line[previous] == "." || line[previous] == ":" {
                let next = line[index]
                if isInitial(before: previous, in: line) { index = previous; continue }
                if next == " " || next.isUppercase { start = index; break }
            }
            index = previous
        }
        guard let creditStart = start else { return nil }
        let credit = line[creditStart...].trimmedSpace
        let text = line[..<creditStart].trimmedSpace
        guard text.wordCount >= 3, (1...8).contains(credit.wordCount), credit.startsUppercase, !credit.endsLikeSentence else { return nil }
        let tokens = credit.split(whereSeparator: { $0 == " " || $0 == "/" }).map { $0.lowercased() }
        guard tokens.contains(where: { pictureSources.contains($0) }) else { return nil }
        return .captioned(text: String(text), credit: String(credit))
    }

    /// True when the full stop at `dot` closes an initial ("J." in "J. Scott").
    private static func isInitial(before dot: Substring.Index, in line: Substring) -> Bool {
        guard dot > line.startIndex else { return false }
        let letter = line.index(before: dot)
        guard line[letter].isUppercase else { return false }
        guard letter > line.startIndex else { return true }
        let previous = line[line.index(before: letter)]
        return previous == " " || previous == "."
    }

    /// "… the Southeast Asian nation. less" → without the "less" toggle of a collapsible caption.
    static func droppingToggle(_ text: Substring) -> Substring {
        for toggle in [" less", " Less", " LESS"] where text.hasSuffix(toggle) { return text.dropLast(toggle.count).trimmedSpace }
        return text
    }

    /// True for the collapsed copy of a caption ("… military relations ... more").
    static func isCollapsedCopy(_ line: TextLine) -> Bool {
        line.lower.hasSuffix("... more") || line.lower.hasSuffix("… more") || line.lower.hasSuffix("...more")
    }

    /// A credit reads like names or agencies: capitalised words, initials, "/", and a few small words.
    static func looksLikeCredit(_ credit: String) -> Bool {
        let small: Set<Substring> = ["via", "and", "for", "of", "the", "file", "de", "van", "von", "da", "del", "le", "la", "/", "-", "&"]
        return credit.spaceWords.allSatisfy { word in
            word.startsUppercase || word.first?.isNumber == true || word.contains("/") || small.contains(word)
                || pictureSources.contains(word.lowercased()) || word.hasPrefix("©") || word.hasPrefix("(")
        }
    }

    /// "1of4Grass Valley's …" → "Grass Valley's …".
    static func droppingGalleryCounter(_ text: Substring) -> Substring {
        let digits = text.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return text }
        let rest = text.dropFirst(digits.count)
        guard rest.hasPrefix("of") else { return text }
        let afterOf = rest.dropFirst(2)
        let total = afterOf.prefix { $0.isNumber }
        guard !total.isEmpty else { return text }
        return afterOf.dropFirst(total.count).trimmedSpace
    }
}

extension StringProtocol {
    /// The text without one trailing full stop.
    var trimmingTrailingPeriod: SubSequence {
        hasSuffix(".") ? self[startIndex..<index(before: endIndex)] : self[...]
    }
}
