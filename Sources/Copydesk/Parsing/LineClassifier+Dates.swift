/// Date lines, date lines that name the writers after a bar, and dates after a reading-time note.
extension LineClassifier {
    /// A byline for "DATE | by NAME" ("March 14th, 2024 10:32 am| by Ana Ruiz") or "DATE - NAME", a date role for a date line or a date
    /// after a reading-time note ("4 min read Last Updated : Mar 14 2024 | 7:48 PM IST"), else `nil`.
    @inline(__always)
    static func dateRole(_ line: borrowing TextLine, _ page: LinePage, tables: Tables) -> LineRole? {
        if let byline = BylineRule.matchDateThenBy(line, page) { return .byline(byline) }
        if let byline = BylineRule.matchDateDashName(line, page) { return .byline(byline) }
        if let date = DateRule.match(line, page, words: tables.dateWords) { return .date(date) }
        guard line.firstLowerByte &- UInt8(ascii: "0") < 10, let cut = readingNoteLength(page.bytes(line)) else { return nil }
        let text = page.text(line)
        return DateRule.match(text: text[text.utf8.index(text.startIndex, offsetBy: cut)...].trimmedSpace).map { .date($0) }
    }

    /// The byte length of a reading-time note opening `bytes` ("4 min read", "5-minute read", "3 mins read"), a bar or
    /// dot after it included; `nil` when the line opens otherwise or nothing follows the note.
    static func readingNoteLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index &+= 1 }
        guard index > 0, index <= 2, index < bytes.count, bytes[index] == 0x20 || bytes[index] == UInt8(ascii: "-") else { return nil }
        index &+= 1
        guard FoldedBytes.equal(bytes, at: index, "min") else { return nil }
        while index < bytes.count, bytes[index] | 0x20 &- UInt8(ascii: "a") < 26 { index &+= 1 }  // "min", "mins", "minutes"
        guard FoldedBytes.equal(bytes, at: index, " read") else { return nil }
        index &+= 5
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == UInt8(ascii: "|") || bytes[index] == UInt8(ascii: ".") { index &+= 1 }
        return index < bytes.count ? index : nil
    }
}
