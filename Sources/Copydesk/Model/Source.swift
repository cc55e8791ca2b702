/// Where an article's text came from and how its bytes were read.
public struct Source: Sendable, Codable, Equatable, Hashable {
    /// The path as given, or `nil` for standard input and in-memory text.
    public var path: String?
    /// Lowercase hex SHA-256 of the input bytes.
    public var sha256: String
    /// Size of the input in bytes.
    public var bytes: Int
    /// The encoding the bytes were decoded with ("utf-8", "utf-16le", "windows-1252", …).
    public var encoding: String

    /// Creates a source record.
    public init(path: String?, sha256: String, bytes: Int, encoding: String) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.encoding = encoding
    }

    private enum CodingKeys: String, CodingKey { case path, sha256, bytes, encoding }

    /// Encodes every key, `path` as `null` when absent.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(encoding, forKey: .encoding)
    }
}
