/// The tokens `DateText.find` reads: digit runs, letter runs and single marks, by byte offsets into the text.
/// A plain text is split on its bytes (one byte or listed mark, one Character); other text Character by Character.
/// Each word carries what the date tables say of it (`WordInfo`), looked up once instead of per comparison.
extension DateText {
    /// Splits a plain text's `bytes` (ASCII without CR and the listed marks of `PlainScalars`) into `tokens` (capacity
    /// at least `bytes.count` for the whole text) as `tokenizeCharacters` would: each byte one Character, each listed mark one Character
    /// with no digit or letter (white space for the no-break space, else a mark of its byte length). Returns the count.
    /// Stops with `complete` false, past no token, once `capacity` tokens are written and bytes are left.
    static func tokenizePlain(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutablePointer<Token>,
                              capacity: Int) -> (count: Int, complete: Bool) {
        let words = DateText.wordTable
        var count = 0
        var index = 0
        let total = bytes.count
        while index < total {
            if count == capacity { return (count, false) }
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                var end = index + 1
                while end < total, bytes[end] &- 0x30 < 10 { end += 1 }
                let value = digitValue(bytes, index, end)
                (tokens + count).initialize(to: Token(kind: .number, start: index, end: end, value: value, byte: 0, info: 0))
                index = end
            } else if (byte | 0x20) &- 0x61 < 26 {
                var end = index + 1
                while end < total, (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
                let info = end - index <= 9 ? words.info(packed: packedLetters(bytes, index, end)) : 0
                (tokens + count).initialize(to: Token(kind: .word, start: index, end: end, value: nil, byte: 0, info: info))
                index = end
            } else if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                index += 1
                continue
            } else if byte >= 0x80 {
                let length = PlainScalars.length(bytes, at: index)
                if PlainScalars.isNoBreakSpace(bytes, at: index) { index += length; continue }
                (tokens + count).initialize(to: Token(kind: .punct, start: index, end: index + length, value: nil, byte: 0, info: 0))
                index += length
            } else {
                (tokens + count).initialize(to: Token(kind: .punct, start: index, end: index + 1, value: nil, byte: byte, info: 0))
                index += 1
            }
            count += 1
        }
        return (count, true)
    }

    /// Splits any text Character by Character into `tokens` (capacity at least its byte count); returns the count.
    /// As `GraphemeStep`: an ASCII byte followed by another (CR LF aside) or by the end is a whole Character
    /// read on its byte; any other position is read as a `Character`. A word of ASCII letters is looked up packed.
    static func tokenizeCharacters(_ text: Substring, _ bytes: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutablePointer<Token>) -> Int {
        let utf8 = text.utf8
        let total = bytes.count
        /// The facts of the Character at byte `index` and the byte offset after it.
        func step(_ index: Int) -> (GraphemeStep.Facts, Int) {
            let byte = bytes[index]
            // what follows a Character read on its bytes starts a new one: the end, ASCII (CR LF aside) or a listed mark
            if byte < 0x80, index + 1 == total || (bytes[index + 1] < 0x80 ? !(byte == 0x0D && bytes[index + 1] == 0x0A)
                                                     : PlainScalars.length(bytes, at: index + 1) > 0) {
                let facts = GraphemeStep.Facts(isDigit: byte &- 0x30 < 10, isLetter: (byte | 0x20) &- 0x61 < 26,
                                               isSpace: byte == 0x20 || (byte >= 0x09 && byte <= 0x0D))
                return (facts, index + 1)
            }
            if byte >= 0x80, case let length = PlainScalars.length(bytes, at: index), length > 0,
               index + length == total || bytes[index + length] < 0x80 || PlainScalars.length(bytes, at: index + length) > 0 {
                // a listed mark: no digit, no letter; white space only for the no-break space
                return (GraphemeStep.Facts(isDigit: false, isLetter: false, isSpace: PlainScalars.isNoBreakSpace(bytes, at: index)), index + length)
            }
            let (facts, next) = GraphemeStep.at(utf8.index(utf8.startIndex, offsetBy: index), in: text)
            return (facts, utf8.distance(from: utf8.startIndex, to: next))
        }
        let words = DateText.wordTable
        var count = 0
        var index = 0
        while index < total {
            let (c, next) = step(index)
            if c.isDigit || c.isLetter {
                var end = next
                while end < total {
                    let (d, after) = step(end)
                    guard c.isDigit ? d.isDigit : d.isLetter else { break }
                    end = after
                }
                if c.isDigit {
                    let value = digitValue(bytes, index, end)
                    (tokens + count).initialize(to: Token(kind: .number, start: index, end: end, value: value, byte: 0, info: 0))
                } else {
                    let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
                    let info: WordInfo
                    if run.allSatisfy({ $0 < 0x80 }) {
                        info = run.count <= 9 ? words.info(packed: packedLetters(bytes, index, end)) : 0
                    } else {
                        let lower = utf8.index(utf8.startIndex, offsetBy: index)
                        info = DateText.wordInfo[text[lower..<utf8.index(lower, offsetBy: end - index)].lowercasedFast] ?? 0
                    }
                    (tokens + count).initialize(to: Token(kind: .word, start: index, end: end, value: nil, byte: 0, info: info))
                }
                index = end
            } else if c.isSpace {
                index = next
                continue
            } else {
                let single = next - index == 1 ? bytes[index] : 0
                (tokens + count).initialize(to: Token(kind: .punct, start: index, end: next, value: nil,
                                                      byte: single < 0x80 ? single : 0, info: 0))
                index = next
            }
            count += 1
        }
        return count
    }

    /// `Int` of the ASCII digits `bytes[start..<end]`, `nil` on overflow.
    @inline(__always)
    static func digitValue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var value = 0
        for index in start..<end {
            let (times, over) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(Int(bytes[index] &- 0x30))
            if over || carry { return nil }
            value = sum
        }
        return value
    }
}
