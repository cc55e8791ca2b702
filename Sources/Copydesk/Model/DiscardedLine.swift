/// An input line that no model field kept, with the reason it was set aside.
public struct DiscardedLine: Sendable, Codable, Equatable, Hashable {
    /// 1-based line number in the decoded input.
    public var line: Int
    /// The line's text, trimmed.
    public var text: String
    /// Why it was set aside.
    public var reason: DiscardReason

    /// Creates a discarded-line record.
    public init(line: Int, text: String, reason: DiscardReason) {
        self.line = line
        self.text = text
        self.reason = reason
    }
}

/// Why a line was set aside. Encoded as its raw string ("advertisement", "promo", …).
public enum DiscardReason: String, Sendable, Codable, CaseIterable {
    /// "Advertisement" and similar ad slots.
    case advertisement
    /// Promotions for the publisher's own products, apps or subscriptions.
    case promo
    /// Newsletter sign-up boxes.
    case newsletter
    /// Share, follow and comment buttons.
    case share
    /// Site navigation, menus and breadcrumbs.
    case navigation
    /// Page footer material: legal links, addresses, site notices.
    case footer
    /// Copyright and "originally published" lines.
    case copyright
    /// A line repeated elsewhere (gallery captions, doubled video titles).
    case duplicate
    /// "Most popular", "Trending" and other lists of other stories.
    case list
    /// Labels of media widgets that are not captions ("Play video", "Image 1 of 5").
    case mediaLabel
    /// Embedded social-media posts.
    case embed
    /// Separators and decorative lines ("___", "***").
    case separator
    /// Lines already represented by a model field in another form (labels such as "Updated").
    case label
    /// Source and provider credits that are not authors, and author biographies ("Provided by …").
    case attribution
    /// Anything else that is not article text.
    case furniture
}
