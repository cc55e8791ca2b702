/// A cheap necessary condition for `DateText.find`: a date needs an anchor, which is a month name,
/// "ago", "today"/"yesterday", or a numeric date "a sep b sep c" (sep one of . / -).
extension DateText {
    /// Month stems and the other anchor words, matched ASCII-case-insensitively anywhere in the text.
    private static let anchorStems = PhraseTable(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                                  "dec", "ago", "day"])

    /// False only when `find` cannot return a date: no anchor word and no digit-separator-digit run.
    /// Non-ASCII bytes count as possible white space, so the test never rules out a real date.
    static func mayHoldDate(_ text: Substring) -> Bool {
        let folded = TextLine.asciiLowercased(text)
        if anchorStems.firstListed(in: folded) != nil { return true }
        return text.utf8.withContiguousStorageIfAvailable(hasNumericRun) ?? hasNumericRun(Array(text.utf8))
    }

    private static func hasNumericRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices where bytes[index] == 0x2E || bytes[index] == 0x2F || bytes[index] == 0x2D {
            var before = index - 1
            while before >= 0, skippable(bytes[before]) { before -= 1 }
            guard before >= 0, bytes[before] &- 0x30 < 10 else { continue }
            var after = index + 1
            while after < bytes.count, skippable(bytes[after]) { after += 1 }
            if after < bytes.count, bytes[after] &- 0x30 < 10 { return true }
        }
        return false
    }

    private static func hasNumericRun(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(hasNumericRun) }

    /// ASCII white space or any non-ASCII byte (which may belong to a Unicode space).
    private static func skippable(_ byte: UInt8) -> Bool { byte >= 0x80 || byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
}
