/// A related-story link found inside the article text.
public struct RelatedLink: Sendable, Codable, Equatable, Hashable {
    /// The linked story's title, without labels such as "READ MORE:".
    public var title: String
    /// Index of the body block this link follows; `nil` when it comes before the body.
    public var after: Int?

    /// Creates a related link.
    public init(title: String, after: Int? = nil) {
        self.title = title
        self.after = after
    }

    private enum CodingKeys: String, CodingKey { case title, after }

    /// Encodes both keys, `after` as `null` when absent.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(after, forKey: .after)
    }
}
