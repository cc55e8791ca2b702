/// The "This article appeared in … print edition as: …" note.
public struct PrintEdition: Sendable, Codable, Equatable, Hashable {
    /// The publication named in the note ("South China Morning Post").
    public var publication: String?
    /// The print headline, when the note gives one.
    public var headline: String?

    /// Creates a print-edition note.
    public init(publication: String?, headline: String?) {
        self.publication = publication
        self.headline = headline
    }

    private enum CodingKeys: String, CodingKey { case publication, headline }

    /// Encodes both keys, writing `null` for absent values.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(publication, forKey: .publication)
        try c.encode(headline, forKey: .headline)
    }
}
