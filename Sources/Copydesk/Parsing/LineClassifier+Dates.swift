/// Date lines, and date lines that name the writers after a bar.
extension LineClassifier {
    /// A byline for "DATE | by NAME" ("March 14th, 2024 10:32 am| by Ana Ruiz"), a date role for a date line, else `nil`.
    @inline(__always)
    static func dateRole(_ line: borrowing TextLine, _ page: LinePage, tables: Tables) -> LineRole? {
        if let byline = BylineRule.matchDateThenBy(line, page) { return .byline(byline) }
        return DateRule.match(line, page, words: tables.dateWords).map { .date($0) }
    }
}
