/// A date as printed on the page, with its ISO 8601 reading when one is possible.
public struct DateStamp: Sendable, Codable, Equatable, Hashable {
    /// The date exactly as printed, without labels such as "Updated:".
    public var text: String
    /// ISO 8601 form ("2019-11-20T05:27:00-06:00" or "2019-11-20") when the date is absolute.
    public var iso: String?

    /// Creates a date stamp.
    public init(text: String, iso: String? = nil) {
        self.text = text
        self.iso = iso
    }

    private enum CodingKeys: String, CodingKey { case text, iso }

    /// Encodes both keys, `iso` as `null` when absent.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(iso, forKey: .iso)
    }
}
