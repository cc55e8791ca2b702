/// One author as printed in the byline.
public struct BylineEntry: Sendable, Codable, Equatable, Hashable {
    /// The person's (or agency's) name, without "By".
    public var name: String
    /// The role printed with the name ("Staff Writer", "AP National Security Writer"), if any.
    public var role: String?

    /// Creates a byline entry.
    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }

    private enum CodingKeys: String, CodingKey { case name, role }

    /// Encodes both keys, `role` as `null` when absent.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(role, forKey: .role)
    }
}
