import Foundation

/// File-name patterns with `fnmatch(3)` rules (`*`, `?`, `[abc]`), matched against a base name.
struct GlobPattern: Sendable {
    let patterns: [String]

    /// True when `name` matches any pattern.
    func matches(_ name: String) -> Bool {
        for pattern in patterns where fnmatch(pattern, name, 0) == 0 { return true }
        return false
    }
}
