/// One block of running text.
public struct BodyBlock: Sendable, Codable, Equatable, Hashable {
    /// What kind of block this is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// An ordinary paragraph.
        case paragraph
        /// A short in-body heading.
        case subheading
        /// An item of a bulleted or numbered list.
        case listItem
        /// A quoted block set apart from the running text.
        case blockquote
    }

    /// The block's kind.
    public var kind: Kind
    /// The block's text, trimmed.
    public var text: String

    /// Creates a body block.
    public init(kind: Kind = .paragraph, text: String) {
        self.kind = kind
        self.text = text
    }
}
