/// A writer's name and the place after it set apart by two spaces ("Asha Menon  Pune"): the name alone.
extension BylineRule {
    /// `name` of `bytes` cut before a run of two spaces when two words at least come before it; `name` otherwise.
    static func beforeDoubleSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> Range<Int> {
        guard let at = find("  ", bytes, in: name), case let head = trim(bytes, name.lowerBound..<at),
              ByteSearch.wordCount(slice(bytes, head)) >= 2 else { return name }
        return head
    }

    /// `beforeDoubleSpace` on a `Substring`.
    static func beforeDoubleSpace(_ name: Substring) -> Substring {
        guard let cut = name.fastRange(of: "  "), case let head = name[..<cut.lowerBound].trimmedSpace, head.wordCount >= 2 else { return name }
        return head
    }
}
