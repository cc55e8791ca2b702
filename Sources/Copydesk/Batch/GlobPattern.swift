import Foundation

/// File-name patterns with `fnmatch(3)` rules (`*`, `?`, `[abc]`), matched against a base name.
struct GlobPattern: Sendable {
    let patterns: [String]
    /// For each pattern of the form `*` + literal (no `*`, `?`, `[` or `\` after the star, as the default `*.txt`):
    /// the literal's UTF-8, which a name matches when it ends with it (what `fnmatch` with no flags decides for
    /// such a pattern); nil for any other pattern, which `fnmatch` matches.
    private let suffixes: [[UInt8]?]

    /// Patterns matched as `fnmatch(pattern, name, 0)` matches them.
    init(patterns: [String]) {
        self.patterns = patterns
        suffixes = patterns.map(Self.literalSuffix)
    }

    /// True when `name` matches any pattern.
    func matches(_ name: String) -> Bool {
        for index in patterns.indices {
            if let suffix = suffixes[index] {
                if Self.hasSuffix(name, suffix) { return true }
            } else if fnmatch(patterns[index], name, 0) == 0 {
                return true
            }
        }
        return false
    }

    /// The UTF-8 after the leading `*` of a `*` + literal pattern, else nil.
    static func literalSuffix(_ pattern: String) -> [UInt8]? {
        let bytes = Array(pattern.utf8)
        guard bytes.first == UInt8(ascii: "*") else { return nil }
        let literal = bytes.dropFirst()
        let special: Set<UInt8> = [UInt8(ascii: "*"), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "\\"), 0]
        return literal.contains(where: special.contains) ? nil : Array(literal)
    }

    /// Whether the UTF-8 of `name` ends with `suffix`.
    @inline(__always)
    static func hasSuffix(_ name: String, _ suffix: [UInt8]) -> Bool {
        let utf8 = name.utf8
        guard utf8.count >= suffix.count else { return false }
        return utf8.withContiguousStorageIfAvailable { name in
            suffix.withUnsafeBufferPointer { suffix in
                let start = name.count - suffix.count
                for index in 0..<suffix.count where name[start + index] != suffix[index] { return false }
                return true
            }
        } ?? utf8.reversed().starts(with: suffix.reversed())
    }
}
