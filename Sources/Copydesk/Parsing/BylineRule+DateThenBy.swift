/// A date, then the writers after a bar: "March 14th, 2024 10:32 am| by Ana Ruiz", "12 May 2024 | By Jo Roe | Outlet".
extension BylineRule {
    /// The names and date of a line printing the date first and "by" names after a "|" (a later "|" segment dropped);
    /// `nil` for any other line. A line without a "|" byte is turned away by one `memchr`.
    static func matchDateThenBy(_ line: borrowing TextLine, _ page: LinePage) -> Match? {
        let bytes = page.bytes(line)
        guard let bar = ByteSearch.firstIndex(of: UInt8(ascii: "|"), in: bytes, from: 1) else { return nil }
        var start = bar &+ 1
        while start < bytes.count, bytes[start] == 0x20 { start &+= 1 }
        guard start &+ 5 < bytes.count, FoldedBytes.equal(bytes, at: start, "by "),
              bytes[start &+ 3] &- UInt8(ascii: "A") < 26 || bytes[start &+ 3] >= 0xC0 else { return nil }
        let end = ByteSearch.firstIndex(of: UInt8(ascii: "|"), in: bytes, from: start) ?? bytes.count
        let text = page.text(line)
        let utf8 = text.utf8
        let head = text[..<utf8.index(utf8.startIndex, offsetBy: bar)].trimmedSpace
        let names = text[utf8.index(utf8.startIndex, offsetBy: start &+ 3)..<utf8.index(utf8.startIndex, offsetBy: end)].trimmedSpace
        guard !names.hasDigit, (2...12).contains(names.wordCount), let date = DateRule.match(text: head),
              let people = namesBeforeDate(names) else { return nil }
        return Match(names: people, date: date)
    }
}
