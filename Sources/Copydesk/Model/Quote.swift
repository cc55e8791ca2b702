/// A direct quotation found in the body, with its resolved speaker.
public struct Quote: Sendable, Codable, Equatable, Hashable {
    /// Whether the quote is a whole quoted sentence or a fragment inside the writer's sentence.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A quoted sentence or more.
        case direct
        /// A quoted fragment woven into the writer's sentence.
        case partial
    }

    /// The words inside the quotation marks, without the marks.
    public var text: String
    /// Who said it, or `nil` when the text names no one.
    public var speaker: Speaker?
    /// The attribution verb or phrase ("said", "told", "according to").
    public var cue: String?
    /// Index into `Article.body`.
    public var paragraph: Int
    /// Offset of the first quoted scalar in that block's text (Unicode scalars).
    public var start: Int
    /// Offset just past the last quoted scalar (Unicode scalars).
    public var end: Int
    /// Direct or partial.
    public var kind: Kind
    /// True when the quote carries on from the previous paragraph without a new attribution.
    public var continued: Bool

    /// Creates a quote.
    public init(
        text: String, speaker: Speaker?, cue: String?, paragraph: Int,
        start: Int, end: Int, kind: Kind = .direct, continued: Bool = false
    ) {
        self.text = text
        self.speaker = speaker
        self.cue = cue
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.kind = kind
        self.continued = continued
    }

    private enum CodingKeys: String, CodingKey { case text, speaker, cue, paragraph, start, end, kind, continued }

    /// Encodes every key, writing `null` for absent values.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(cue, forKey: .cue)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(kind, forKey: .kind)
        try c.encode(continued, forKey: .continued)
    }
}

/// The person or organisation a quote is attributed to.
public struct Speaker: Sendable, Codable, Equatable, Hashable {
    /// Whether the speaker is a person or an organisation.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A named person.
        case person
        /// A company, agency, party or other body.
        case organization
    }

    /// The full name as introduced in the article ("Wang Zhigang").
    public var name: String
    /// The role as printed ("science minister"), if any.
    public var role: String?
    /// Person or organisation.
    public var kind: Kind

    /// Creates a speaker.
    public init(name: String, role: String? = nil, kind: Kind = .person) {
        self.name = name
        self.role = role
        self.kind = kind
    }

    private enum CodingKeys: String, CodingKey { case name, role, kind }

    /// Encodes every key, `role` as `null` when absent.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(role, forKey: .role)
        try c.encode(kind, forKey: .kind)
    }
}
