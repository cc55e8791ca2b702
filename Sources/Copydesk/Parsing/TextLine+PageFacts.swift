/// The facts of a line that read its text, from its page's bytes: its first and last scalars decoded there.
extension TextLine {
    /// A short complete sentence ("Webb emerged, naked."), the line read from `page`.
    func isShortSentence(in page: LinePage) -> Bool {
        words >= 2 && endsLikeSentence && startsWithUppercaseOrQuote(in: page)
    }

    /// A line that reads like a title: a few words, no full stop at the end (the line read from `page`; the last
    /// scalar that is no closing quote or bracket, as `lastSignificantScalar` finds it on the text).
    func isTitleLike(in page: LinePage) -> Bool {
        guard words >= 2, words <= 30 else { return false }
        guard let last = TextLine.lastSignificantScalar(page.bytes(self)) else { return false }
        return last != "." && last != ":" && last != ";" && last != ","
    }

    /// Starts with an uppercase letter, a digit or an opening quote (the first scalar decoded from the line's bytes).
    func startsWithUppercaseOrQuote(in page: LinePage) -> Bool {
        let bytes = page.bytes(self)
        guard !bytes.isEmpty else { return false }
        let first = TextLine.scalar(bytes, at: 0)
        if first.properties.isUppercase || ("0"..."9").contains(first) { return true }
        return "\"“‘'".unicodeScalars.contains(first)
    }

    /// `Substring.lastSignificantScalar` on the text's UTF-8 `bytes`: the last scalar that is none of `" ' ” ’ ) ] »`.
    static func lastSignificantScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var end = bytes.count
        while end > 0 {
            var start = end &- 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start &-= 1 }  // back to the last scalar's first byte
            let scalar = scalar(bytes, at: start)
            switch scalar {
            case "\"", "'", "”", "’", ")", "]", "»": end = start
            default: return scalar
            }
        }
        return nil
    }

    /// The scalar whose first byte is at `index` of `bytes` (valid UTF-8, as a line's bytes are).
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return Unicode.Scalar(UInt8(lead)) }
        @inline(__always) func next(_ offset: Int) -> UInt32 { UInt32(bytes[index &+ offset] & 0x3F) }
        let value: UInt32
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | next(1)
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | next(1) << 6 | next(2)
        } else {
            value = (lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
