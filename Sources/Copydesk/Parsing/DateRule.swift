/// Recognises a printed date line ("Updated 5:27 am CST, Wednesday, November 20, 2019").
enum DateRule {
    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december",
                                 "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]

    /// The date on `line`, or `nil` when the line is not a short date line.
    static func match(_ line: Substring) -> DateStamp? {
        guard line.wordCount <= 12, !line.endsLikeSentence || line.hasSuffix(".") == false else { return nil }
        let words = line.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let hasMonth = words.contains { months.contains(String($0)) }
        let hasYear = words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) && ($0.hasPrefix("19") || $0.hasPrefix("20")) }
        guard hasMonth && hasYear else { return nil }
        var text = line
        for label in ["Updated", "Published", "Posted", "Updated:", "Published:", "Posted:"] where text.hasPrefix(label + " ") {
            text = text.dropFirst(label.count + 1)
        }
        return DateStamp(text: String(text.trimmedSpace), iso: nil)
    }
}
