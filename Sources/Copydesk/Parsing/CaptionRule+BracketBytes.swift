/// `CaptionRule.parenthesisedCredit` on the bytes of an ASCII line (one byte, one Character: no CR or LF): the bracket,
/// its content, label, leads and the text before it read as byte spans, a `String` made only for the caption and credit.
extension CaptionRule {
    /// `plainParenthesisedCredit` for the ASCII line `bytes`.
    static func parenthesisedCreditASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        let count = bytes.count
        guard count >= 2, case let close = bytes[count &- 1], close == UInt8(ascii: ")") || close == UInt8(ascii: "]"),
              let open = bytes.lastIndex(of: close == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")) else { return nil }
        var inside = bracketSpan(bytes, open &+ 1..<count &- 1)
        guard bracketMayHoldCredit(UnsafeBufferPointer(rebasing: bytes[inside])) else { return nil }
        // the earliest-listed label it opens with (an ASCII one: its Characters are its bytes)
        if let label = labelOpenings.firstMatch(foldingBytes: UnsafeBufferPointer(rebasing: bytes[inside])) {
            inside = bracketSpan(bytes, min(inside.lowerBound &+ labels[label].utf8.count, inside.upperBound)..<inside.upperBound)
        } else {
            let before = UnsafeBufferPointer(rebasing: bytes[..<open])
            guard asciiBracketMayCredit(UnsafeBufferPointer(rebasing: bytes[inside]), before: before) else { return nil }
        }
        // each lead opens with "P", "I" or "C": other openings skip the loop (a drop happens only after a match)
        if !inside.isEmpty, case let first = bytes[inside.lowerBound],
           first == UInt8(ascii: "P") || first == UInt8(ascii: "I") || first == UInt8(ascii: "C") {
            for lead in bracketLeads where ByteSearch.hasPrefix(UnsafeBufferPointer(rebasing: bytes[inside]), lead) {
                inside = bracketSpan(bytes, inside.lowerBound &+ lead.utf8.count..<inside.upperBound)
            }
        }
        let text = bracketSpan(bytes, 0..<open)
        let credit = inside.isEmpty ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[inside]), as: UTF8.self)
        if text.isEmpty { return credit.map { .credit($0, captionAbove: true) } }
        return .captioned(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[text]), as: UTF8.self), credit: credit)
    }

    /// `range` of `bytes` less its ASCII spaces at both ends (`trimmedSpace` on ASCII text).
    private static func bracketSpan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, ByteSearch.isASCIISpace(bytes[start]) { start &+= 1 }
        while end > start, ByteSearch.isASCIISpace(bytes[end &- 1]) { end &-= 1 }
        return start..<end
    }
}
