/// A date, then the writer after a dash: "Thu, Nov 13th 2024 09:23am - Ana Ruiz", "12 May 2024 — Jo Roe".
extension BylineRule {
    /// The names and date of a line printing the date first and two to five words of names after a spaced dash; `nil`
    /// for any other line. A line not ending in a letter, or holding a digit after its last spaced dash, is turned away
    /// on its bytes.
    static func matchDateDashName(_ line: borrowing TextLine, _ page: LinePage) -> Match? {
        let bytes = page.bytes(line)
        guard let last = bytes.last, last | 0x20 &- UInt8(ascii: "a") < 26, let cut = lastSpacedDash(bytes) else { return nil }
        let text = page.text(line)
        let utf8 = text.utf8
        return dateDashName(head: text[..<utf8.index(utf8.startIndex, offsetBy: cut.lowerBound)],
                            names: text[utf8.index(utf8.startIndex, offsetBy: cut.upperBound)...])
    }

    /// The names and date of a head holding only a date and a tail of two to five words reading as names, or `nil`.
    static func dateDashName(head: Substring, names: Substring) -> Match? {
        let names = names.trimmedSpace
        guard (2...5).contains(names.wordCount), !names.hasDigit, let date = DateRule.match(text: head.trimmedSpace),
              let people = namesBeforeDate(names) else { return nil }
        return Match(names: people, date: date)
    }

    /// The byte range of the last spaced dash ("-", "–" or "—" between spaces) of `bytes`, searched back from the end
    /// and given up at the first digit; `nil` when none comes first.
    static func lastSpacedDash(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var index = bytes.count &- 2
        while index > 2 {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 { return nil }
            if byte == 0x20 {
                let before = bytes[index &- 1]
                if before == UInt8(ascii: "-"), bytes[index &- 2] == 0x20 { return (index &- 2)..<(index &+ 1) }
                if before == 0x93 || before == 0x94, index > 4, bytes[index &- 2] == 0x80, bytes[index &- 3] == 0xE2,
                   bytes[index &- 4] == 0x20 { return (index &- 4)..<(index &+ 1) }
            }
            index &-= 1
        }
        return nil
    }
}
