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
        guard looksLikeCredit(trimmedCredit) || text.isEmpty && trimmedCredit.withUTF8Bytes(isBareCredit)
            || !text.isEmpty && trimmedCredit.withUTF8Bytes({ isLooseCredit($0, label: label) }) else { return nil }
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

    /// Lower-case words that may open a labelled credit after its caption ("Photo: courtesy of the family").
    static let looseCreditOpenings: Set<String> = ["courtesy", "screenshot", "handout", "supplied", "submitted", "provided", "file"]

    /// True when `credit`, after a caption and a picture label (any label but "video:" and "file:"), is a credit with
    /// lower-case words: one to six words of letters (ASCII, or U+00C0 to U+1FFF), "/", "-", "." or "'", the first opening
    /// with a capital (or such a letter) or one of `looseCreditOpenings`, none a button or function word (`promptWords`) but
    /// `creditSmallWords`: "Photo: Birżebbuġa local council/Facebook", "Photo: courtesy of the family".
    static func isLooseCredit(_ credit: UnsafeBufferPointer<UInt8>, label: String) -> Bool {
        guard label != "video:", label != "file:", (1...6).contains(ByteSearch.wordCount(credit)) else { return false }
        var first = true
        return ByteSearch.allASCIIWords(credit) { range in
            let word = UnsafeBufferPointer(rebasing: credit[range])
            // a non-ASCII letter's bytes: a continuation byte or a lead byte of U+00C0 to U+1FFF (no punctuation, no space)
            guard word.allSatisfy({ ($0 | 0x20) &- UInt8(ascii: "a") < 26 || $0 &- 0x80 < 0x40 || $0 &- 0xC3 < 0x1F || $0 == UInt8(ascii: "/")
                || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "'") }) else { return false }
            let lower = String(decoding: word.map(FoldedBytes.fold), as: UTF8.self)
            defer { first = false }
            if first { return word[0] &- UInt8(ascii: "A") < 26 || word[0] &- 0xC3 < 0x1F || looseCreditOpenings.contains(lower) }
            return !promptWords.contains(lower) || creditSmallWords.contains(Substring(lower))
        }
    }
}
