/// Bracketed notes at the end of an article that name its writers.
extension BylineRule {
    /// True for "This article was written by …", "This story was written by …" and a translation's "Japanese original
    /// by …" (the words before "original by" at most two).
    static func isWriterNote(_ inner: Substring) -> Bool {
        if inner.hasFoldedPrefix("this article was written by ") || inner.hasFoldedPrefix("this story was written by ") { return true }
        let head = inner.prefix(32).lowercased()
        guard let range = head.fastRange(of: "original by ") else { return false }
        return head[..<range.lowerBound].split(separator: " ").count <= 2
    }
}
