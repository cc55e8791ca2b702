/// Which dates under the article are the article's own.
extension ArticleBuilder {
    /// True when a list header ("More:") stands between the body's last line and line `index`, or a listed story's title
    /// (four words or more, no sentence) right above it ("RELATED STORIES FROM …", a title, "FEBRUARY 13, 2024 7:14 PM"):
    /// the date is a listed story's, not the article's.
    static func listOpens(after bodyEnd: Int, before index: Int, _ roles: RoleTable, _ lines: UnsafeBufferPointer<TextLine>) -> Bool {
        guard bodyEnd + 1 < index else { return false }
        let above = lines[index - 1], kind = roles.kind(index - 1)
        if kind == .text || kind == .listItem || kind == .related, above.words >= 4, !above.endsLikeSentence { return true }
        return (bodyEnd + 1..<index).contains { roles.kind($0) == .list }
    }

    /// True for a date line that is no labelled update.
    static func isPublication(_ role: LineRole) -> Bool {
        if case .date(let match) = role { return !match.labelledUpdate }
        return false
    }
}
