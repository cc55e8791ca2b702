/// One Character step through a `Substring` with an ASCII fast path: an ASCII byte followed by another
/// ASCII byte (CR LF aside) or by the end is a whole Character, so no grapheme breaking is needed; any
/// other position falls back to `Character` and `index(after:)`. The answers equal `Character`'s.
enum GraphemeStep {
    /// What the tokenizers ask of one Character.
    struct Facts {
        /// An ASCII digit (`isNumber && isASCII`).
        let isDigit: Bool
        /// `Character.isLetter`.
        let isLetter: Bool
        /// `Character.isWhitespace` or a no-break space.
        let isSpace: Bool
    }

    /// The facts of the Character at `index` and the index after it.
    @inline(__always)
    static func at(_ index: Substring.Index, in text: Substring) -> (Facts, Substring.Index) {
        let utf8 = text.utf8
        let byte = utf8[index]
        if byte < 0x80 {
            let next = utf8.index(after: index)
            if next == utf8.endIndex || (utf8[next] < 0x80 && !(byte == 0x0D && utf8[next] == 0x0A)) {
                let letter = (byte | 0x20) &- 0x61 < 26
                let space = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                return (Facts(isDigit: byte &- 0x30 < 10, isLetter: letter, isSpace: space), next)
            }
        }
        let character = text[index]
        let facts = Facts(isDigit: character.isNumber && character.isASCII, isLetter: character.isLetter,
                          isSpace: character.isWhitespace || character == "\u{A0}")
        return (facts, text.index(after: index))
    }
}
