// (twenty-fifth pass) The "DATE | by NAME" rule on `Substring`s, the oracle for `BylineRule.matchDateThenBy`.
@testable import Copydesk

extension RefLineClassifier {
    /// The names and date of "DATE | by NAME" (a later "|" segment dropped), or `nil`.
    static func dateThenBy(_ text: Substring) -> BylineRule.Match? {
        let utf8 = text.utf8
        guard let bar = utf8.dropFirst().firstIndex(of: UInt8(ascii: "|")) else { return nil }
        var start = utf8.index(after: bar)
        while start < utf8.endIndex, utf8[start] == 0x20 { start = utf8.index(after: start) }
        guard utf8.distance(from: start, to: utf8.endIndex) > 5, text[start...].hasFoldedPrefix("by ") else { return nil }
        let nameStart = utf8.index(start, offsetBy: 3)
        guard utf8[nameStart] &- UInt8(ascii: "A") < 26 || utf8[nameStart] >= 0xC0 else { return nil }
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "|")) ?? utf8.endIndex
        let head = text[..<bar].trimmedSpace, names = text[nameStart..<end].trimmedSpace
        guard !names.hasDigit, (2...12).contains(names.wordCount), let date = DateRule.match(text: head),
              let people = BylineRule.namesBeforeDate(names) else { return nil }
        return BylineRule.Match(names: people, date: date)
    }

    /// (round 13) The names and date of "DATE - NAME" (the last spaced dash, no digit after it, a letter last), or `nil`.
    static func dateDashName(_ text: Substring) -> BylineRule.Match? {
        guard let last = text.unicodeScalars.last, last.isASCII, last.properties.isAlphabetic else { return nil }
        for dash in [" - ", " – ", " — "] {
            guard let found = text.ranges(of: dash).last else { continue }
            let tail = text[found.upperBound...]
            guard !tail.hasDigit, !tail.contains(" - "), !tail.contains(" – "), !tail.contains(" — ") else { continue }
            return BylineRule.dateDashName(head: text[..<found.lowerBound], names: tail)
        }
        return nil
    }
}
