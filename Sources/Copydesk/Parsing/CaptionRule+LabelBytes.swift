/// `CaptionRule.labelledMatch` on the bytes of an ASCII line (one byte, one Character: no CR or LF): the credit, its
/// words, sentence end and trailing period read as byte spans, a `String` made only for the caption and credit kept.
extension CaptionRule {
    /// `labelledMatch` for the ASCII line `bytes`, the label `label` at byte `labelStart`, its credit from `creditStart`.
    static func labelledMatchASCII(_ bytes: UnsafeBufferPointer<UInt8>, label: String, labelStart: Int, creditStart: Int) -> Match? {
        guard labelStart < bytes.count, bytes[labelStart] &- UInt8(ascii: "A") < 26 else { return nil }  // an uppercase Character
        let credit = trimmedSpan(bytes, min(creditStart, bytes.count)..<bytes.count)
        let creditBytes = UnsafeBufferPointer(rebasing: bytes[credit])
        let words = ByteSearch.wordCount(creditBytes)
        if labelStart == 0, label == "image:" || label == "picture:", words >= 4, !looksLikeCreditASCII(creditBytes) {
            return .caption(spanString(bytes, credit))  // "Image: Commuters wait at a station …": a caption under a label
        }
        let period = creditBytes.last == UInt8(ascii: ".")
        guard !credit.isEmpty, words - spacedSlashes(creditBytes) <= 8, !endsLikeSentenceASCII(creditBytes) || period && words <= 4 else {
            return nil
        }
        let text = trimmedSpan(bytes, 0..<labelStart)
        let trimmedCredit = period ? credit.lowerBound..<credit.upperBound &- 1 : credit  // `trimmingTrailingPeriod`
        let creditSpan = UnsafeBufferPointer(rebasing: bytes[trimmedCredit])
        guard looksLikeCreditASCII(creditSpan) || text.isEmpty && isBareCredit(creditSpan)
            || !text.isEmpty && isLooseCredit(creditSpan, label: label) else { return nil }
        if text.isEmpty && (label == "photos:" || label == "pictures:") { return nil }
        let cleanCredit = spanString(bytes, trimmedCredit)
        return text.isEmpty ? .credit(cleanCredit, captionAbove: true) : .captioned(text: spanString(bytes, text), credit: cleanCredit)
    }

    /// `looksLikeCredit` for ASCII `bytes`: every word passes `asciiCreditWord`.
    static func looksLikeCreditASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.allASCIIWords(bytes) { asciiCreditWord(UnsafeBufferPointer(rebasing: bytes[$0])) }
    }

    /// `endsLikeSentence` for ASCII `bytes`: the last byte that is no closing quote or bracket is ". ! ? :".
    static func endsLikeSentenceASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0, case let byte = bytes[end &- 1],
              byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") { end &-= 1 }
        guard end > 0 else { return false }
        let last = bytes[end &- 1]
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") || last == UInt8(ascii: ":")
    }

    /// `range` of `bytes` less its ASCII spaces at both ends (`trimmedSpace` on ASCII text).
    private static func trimmedSpan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, ByteSearch.isASCIISpace(bytes[start]) { start &+= 1 }
        while end > start, ByteSearch.isASCIISpace(bytes[end &- 1]) { end &-= 1 }
        return start..<end
    }

    /// The text of `range` of `bytes`.
    private static func spanString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// How many " / " marks stand in `bytes` (each a word of its own to `ByteSearch.wordCount`).
    static func spacedSlashes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard bytes.count >= 3 else { return 0 }
        var count = 0
        for i in 1..<(bytes.count - 1) where bytes[i] == UInt8(ascii: "/") && bytes[i - 1] == 0x20 && bytes[i + 1] == 0x20 { count += 1 }
        return count
    }
}
