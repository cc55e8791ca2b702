extension ArticleParser {
    /// Parses bytes that the caller decoded with `InputDecoder`, so it can also report the
    /// decoder's `warnings` (the batch report does): `decoded` must come from `bytes`.
    ///
    ///     let decoded = try InputDecoder().decode(bytes, input: path)
    ///     let article = ArticleParser().parse(decoded: decoded, bytes: bytes, path: path)
    ///     report(decoded.fallback, decoded.warnings)
    public func parse(decoded: InputDecoder.Decoded, bytes: [UInt8], id: String? = nil, path: String? = nil) -> Article {
        let digest = SHA256.hexDigest(of: bytes)
        let source = Source(path: path, sha256: digest, bytes: bytes.count, encoding: decoded.encoding)
        var workspace = ParseWorkspace()
        return parse(decoded.text, id: id ?? String(digest.prefix(16)), source: source, workspace: &workspace)
    }
}
