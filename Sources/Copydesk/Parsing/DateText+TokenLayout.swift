/// The token `DateText.find` reads, laid out in thirty-two bytes.
extension DateText {
    /// One token; `start` and `end` are UTF-8 offsets from the text's start. Thirty-two bytes (`length` is worked out,
    /// a number's value is kept with a flag), so a short text's tokens fit the stack (`DateText.stackTokens`).
    struct Token {
        enum Kind: UInt8 { case number, word, punct }
        var start: Int
        var end: Int
        private var number: Int
        /// What the date tables say of a word (0 for numbers, marks and unknown words).
        var info: WordInfo
        var kind: Kind
        /// A punctuation Character of one ASCII byte, else 0.
        var byte: UInt8
        /// Marked as part of a date expression.
        var dateish = false
        private var hasValue: Bool

        /// A token of `kind` over `start..<end`.
        @inline(__always)
        init(kind: Kind, start: Int, end: Int, value: Int?, byte: UInt8, info: WordInfo) {
            self.start = start
            self.end = end
            number = value ?? 0
            hasValue = value != nil
            self.info = info
            self.kind = kind
            self.byte = byte
        }

        /// A number's value (`Int(text)`: `nil` past `Int.max`).
        var value: Int? { hasValue ? number : nil }
        /// A number's digit count, or a punctuation Character's byte count (its byte length).
        var length: Int { end - start }
    }
}

extension DateText {
    /// The day of an ordinal right before the month token at `i` ("20th November", "1st December"): a number of one or two
    /// digits with "st", "nd", "rd" or "th" glued to it, both marked as part of the date; `nil` otherwise.
    static func ordinalDay(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeMutableBufferPointer<Token>, before i: Int) -> Int? {
        guard i >= 2, tokens[i - 2].kind == .number, let d = tokens[i - 2].value, d >= 1, d <= 31, tokens[i - 2].length <= 2 else { return nil }
        let suffix = tokens[i - 1]
        guard suffix.kind == .word, suffix.start == tokens[i - 2].end, suffix.length == 2 else { return nil }
        let a = bytes[suffix.start] | 0x20, b = bytes[suffix.start + 1] | 0x20
        guard a == UInt8(ascii: "s") && b == UInt8(ascii: "t") || a == UInt8(ascii: "n") && b == UInt8(ascii: "d")
            || a == UInt8(ascii: "r") && b == UInt8(ascii: "d") || a == UInt8(ascii: "t") && b == UInt8(ascii: "h") else { return nil }
        tokens[i - 2].dateish = true
        tokens[i - 1].dateish = true
        return d
    }
}

extension DateText {
    /// True when the "Today" or "Yesterday" token at `i` is capitalised and closes a name with the capitalised word right
    /// before it ("MedPage Today", "USA Today", "Psychology Today"): part of a title, no date. A label ending in "ed" before
    /// it ("Updated Today", "Posted Yesterday") still makes a date.
    static func closesName(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeMutableBufferPointer<Token>, at i: Int) -> Bool {
        guard i >= 1, bytes[tokens[i].start] &- UInt8(ascii: "A") < 26, case let previous = tokens[i - 1], previous.kind == .word,
              previous.end + 1 == tokens[i].start, bytes[previous.end] == 0x20, bytes[previous.start] &- UInt8(ascii: "A") < 26 else { return false }
        guard previous.length >= 3 else { return true }
        return !(bytes[previous.end - 2] | 0x20 == UInt8(ascii: "e") && bytes[previous.end - 1] | 0x20 == UInt8(ascii: "d"))
    }
}
