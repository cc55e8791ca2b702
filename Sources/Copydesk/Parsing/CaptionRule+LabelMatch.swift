/// What a credit label makes of its line: a caption under "Image:", a credit alone, or a caption with its credit.
extension CaptionRule {
    /// What the label at `labelStart` (its credit from `creditStart`) makes of `line`, or `nil` to try the next label.
    static func labelledMatch(_ line: Substring, label: String, labelStart: Substring.Index,
                                      creditStart: Substring.Index) -> Match? {
        guard labelStart < line.endIndex, isUppercaseCharacter(at: labelStart, in: line) else { return nil }
        let credit = line[creditStart...].trimmedSpace
        let words = credit.wordCount
        if labelStart == line.startIndex, label == "image:" || label == "picture:", words >= 4,
           !looksLikeCredit(credit) {
            return .caption(String(credit))  // "Image: Commuters wait at a station …": a caption under a label
        }
        // a credit of up to eight words besides its " / " marks ("Gérard Dupont / Wikimedia Commons / CC BY-SA 4.0")
        let marks = credit.withUTF8Bytes(spacedSlashes)
        guard !credit.isEmpty, words - marks <= 8, !credit.endsLikeSentence || credit.fastHasSuffix(".") && words <= 4 else { return nil }
        let text = line[..<labelStart].trimmedSpace
        let trimmedCredit = credit.trimmingTrailingPeriod
        guard looksLikeCredit(trimmedCredit) || text.isEmpty && trimmedCredit.withUTF8Bytes(isBareCredit) else { return nil }
        if text.isEmpty && (label == "photos:" || label == "pictures:") { return nil }
        let cleanCredit = String(trimmedCredit)
        return text.isEmpty ? .credit(cleanCredit, captionAbove: true) : .captioned(text: String(text), credit: cleanCredit)
    }

    /// True when `credit` is one word of lowercase ASCII letters, digits, "." or "-" (two to 24 bytes, no button word):
    /// "Image: google" names its source in lower case, on a line of its own.
    static func isBareCredit(_ credit: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (2...24).contains(credit.count), credit[0] &- UInt8(ascii: "a") < 26, credit.allSatisfy({
            $0 &- UInt8(ascii: "a") < 26 || $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
        }) else { return false }
        return !promptWords.contains(String(decoding: credit, as: UTF8.self))
    }
}
