/// Whole lines of article headers that are labels and buttons, never a section or a name (twenty-first pass).
extension KnownPhrases {
    /// Exact lines (lowercased, trimmed, a trailing colon ignored) and why they are discarded: a lone date label over
    /// its date ("Published", then "Mar 04, 2024"), bookmark and feedback buttons beside the share row.
    static let headerButtonEntries: [(String, DiscardReason)] = [
        ("published", .label), ("updated", .label), ("posted", .label), ("first published", .label),
        ("bookmark", .share), ("bookmarkshare", .share), ("bookmark share", .share), ("leave your feedback", .share), ("tumblr", .share),
    ]
}
