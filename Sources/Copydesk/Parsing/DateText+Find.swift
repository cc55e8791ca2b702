/// The entry point of `DateText`: the first date expression of a text, and what is found.
extension DateText {
    /// A date found in text: where it is, the printed text and its ISO reading.
    struct Found {
        var range: Range<Substring.Index>
        var text: Substring
        var iso: String?
        /// Letter words on the line that are not part of any date expression.
        var otherWords: Int
    }

    /// The first date expression in `text`, or `nil`.
    static func find(in text: Substring) -> Found? {
        guard mayHoldDate(text) else { return nil }
        return text.withUTF8Bytes { bytes in
            withUnsafeTemporaryAllocation(of: Token.self, capacity: max(bytes.count, 1)) { buffer in
                let tokens = buffer.baseAddress!
                let count = PlainScalars.isPlain(bytes) ? tokenizePlain(bytes, into: tokens, capacity: bytes.count).count
                    : tokenizeCharacters(text, bytes, into: tokens)
                defer { tokens.deinitialize(count: count) }
                return read(text, bytes, UnsafeMutableBufferPointer(start: tokens, count: count))
            }
        }
    }
}
