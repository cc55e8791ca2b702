/// A byline and its dates on one line, cut where a date keyword ("Published", "Posted", "Updated") opens the dates:
/// "Paul Egan, Detroit Free Press Published 6:00 a.m. ET Nov. 20, 2019 | Updated 9:42 a.m. ET Nov. 20, 2019",
/// "By Danny McDonald Globe Staff,Updated November 19, 2019, 6:02 p.m.", and the dates first:
/// "Posted 3:47 PM, November 25, 2019, by Melissa Pamer and Tracy Bloom, Updated at 07:21PM, November 25, 2019".
extension BylineRule {
    /// The keywords that open a date after a byline, lowercase.
    static let dateKeywords: [StaticString] = ["published", "posted", "updated"]

    /// `matchDateKeywordByline` for a line of `page`: a line holding no date keyword before its first digit (most) is
    /// turned away on its bytes, as the rule needs one there (the names before it hold no digit, the dates come after).
    static func matchDateKeywordByline(_ line: borrowing TextLine, _ page: LinePage) -> Match? {
        let bytes = page.bytes(line)
        var digit = 0
        while digit < bytes.count, bytes[digit] &- UInt8(ascii: "0") >= 10 { digit &+= 1 }
        guard dateKeywordOffset(UnsafeBufferPointer(rebasing: bytes[..<digit]), from: 0) != nil else { return nil }
        return matchDateKeywordByline(page.text(line))
    }

    /// The names and dates of a line cut at a date keyword, or `nil` for any other line.
    static func matchDateKeywordByline(_ text: Substring) -> Match? {
        if text.withUTF8Bytes({ dateKeywordOffset($0, from: 0) }) == 0 { return datesThenNames(text) }
        guard let cut = text.withUTF8Bytes({ dateKeywordOffset($0, from: 1) }) else { return nil }
        let keyword = text.utf8.index(text.utf8.startIndex, offsetBy: cut)
        var head = text[..<keyword]
        while let last = head.last, last == " " || last == "," || last == "|" { head = head.dropLast() }
        for label in segmentLabels where head.hasFoldedPrefix(label) { head = head.dropFirst(label.utf8CodeUnitCount); break }
        head = head.trimmedSpace
        guard !head.hasDigit, (2...12).contains(head.wordCount), let date = DateRule.match(text: text[keyword...]),
              let names = namesBeforeDate(head) else { return nil }
        return Match(names: names, date: date)
    }

    /// "Posted DATE, by NAMES[, Updated DATE]": the dates first, the names after ", by " (or " by ": "Posted on DATE by NAME").
    private static func datesThenNames(_ text: Substring) -> Match? {
        guard let by = text.fastRange(of: ", by ") ?? text.fastRange(of: " by ") else { return nil }
        var names = text[by.upperBound...]
        var updated: Substring?
        if let next = names.withUTF8Bytes({ dateKeywordOffset($0, from: 1) }) {
            let start = names.utf8.index(names.utf8.startIndex, offsetBy: next)
            updated = names[start...]
            names = names[..<start]
            while let last = names.last, last == " " || last == "," || last == "|" { names = names.dropLast() }
        }
        guard !names.hasDigit, var date = DateRule.match(text: text[..<by.lowerBound]), let people = namesBeforeDate(names) else { return nil }
        if let updated, let later = DateRule.match(text: updated) { date.updated = later.published }
        return Match(names: people, date: date)
    }

    /// The people of `head` when every part reads as a name (an outlet after a comma is a role; a closing staff tag,
    /// "Globe Staff", is every unroled person's role), else `nil`.
    static func namesBeforeDate(_ head: Substring) -> [BylineEntry]? {
        var head = head, tag: String?
        let kept = withoutStaffTag(head)
        if kept.endIndex != head.endIndex { tag = String(head[kept.endIndex...].trimmedSpace); head = kept }
        let first = head.commaPieces().first.map { $0.trimmedSpace } ?? head
        guard splitOnAnd(first).allSatisfy({ looksLikeName($0.trimmedSpace) }), !isAgency(first) else { return nil }
        var names = people(in: head)
        for index in names.indices where names[index].role == nil { names[index].role = tag }
        return names.isEmpty ? nil : names
    }

    /// The byte offset of the first date keyword at or after `from` that opens a word (after a space, comma or bar, or
    /// at the start) and is followed by a space or colon, or `nil`.
    static func dateKeywordOffset(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var index = from
        while index + 6 < bytes.count {
            let byte = FoldedBytes.fold(bytes[index])
            if byte == UInt8(ascii: "p") || byte == UInt8(ascii: "u"),
               index == 0 || bytes[index - 1] == 0x20 || bytes[index - 1] == UInt8(ascii: ",") || bytes[index - 1] == UInt8(ascii: "|") {
                for keyword in dateKeywords where FoldedBytes.equal(bytes, at: index, keyword) {
                    let end = index + keyword.utf8CodeUnitCount
                    if end < bytes.count, bytes[end] == 0x20 || bytes[end] == UInt8(ascii: ":") { return index }
                }
            }
            index += 1
        }
        return nil
    }

    /// "Source: Xinhua| 2019-11-20 16:47:52|Editor: Shi Yinglun": an agency source and a date among bar-separated parts
    /// (an editor's part dropped); `nil` for any other line.
    static func matchSourceAndDate(_ text: Substring) -> Match? {
        guard text.hasFoldedPrefix("source:") else { return nil }
        let parts = text.dropFirst(7).split(separator: "|").map { $0.trimmedSpace }
        guard parts.count >= 2, let source = parts.first, isAgency(source),
              let date = parts.dropFirst().lazy.compactMap({ DateRule.match(text: $0) }).first else { return nil }
        return Match(names: [BylineEntry(name: String(source))], date: date)
    }
}
