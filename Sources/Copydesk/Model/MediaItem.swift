/// An image or video that the text shows traces of (a caption, a credit, a video widget).
public struct MediaItem: Sendable, Codable, Equatable, Hashable {
    /// Whether the item is a picture or a video.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A photo, illustration or graphic.
        case image
        /// A video widget.
        case video
    }

    /// The item's kind.
    public var kind: Kind
    /// The caption (or video title) without its credit.
    public var caption: String?
    /// The credited photographer or agency, without labels such as "Photo:".
    public var credit: String?
    /// A video's duration as printed ("03:15").
    public var duration: String?
    /// Index of the body block this item follows; `nil` when it comes before the body.
    public var after: Int?

    /// Creates a media item.
    public init(kind: Kind, caption: String? = nil, credit: String? = nil, duration: String? = nil, after: Int? = nil) {
        self.kind = kind
        self.caption = caption
        self.credit = credit
        self.duration = duration
        self.after = after
    }

    private enum CodingKeys: String, CodingKey { case kind, caption, credit, duration, after }

    /// Encodes every key, writing `null` for absent values.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(caption, forKey: .caption)
        try c.encode(credit, forKey: .credit)
        try c.encode(duration, forKey: .duration)
        try c.encode(after, forKey: .after)
    }
}
