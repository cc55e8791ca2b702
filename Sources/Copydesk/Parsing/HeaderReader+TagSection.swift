/// The section named under a tag label ("Filed under:", then "Chicago Restaurant Openings"; "Topic", then "Energy").
extension HeaderReader {
    /// The first tag under a tag label within eight lines above and twelve under the headline at `headline`, above `end`:
    /// a line of one to five words, no sentence, that may name a section and is text, a menu line or a repeat
    /// (`isTagKind`); `nil` when there is none.
    static func taggedSection(around headline: Int, upTo end: Int, lines: UnsafeBufferPointer<TextLine>,
                              isTagKind: (Int) -> Bool, _ page: LinePage) -> Int? {
        let from = max(0, headline - 8), to = min(end, headline + 12, lines.count) - 1
        guard from < to else { return nil }
        for label in from..<to where lines[label].words <= 2 && isTagLabel(page.bytes(lines[label])) {
            let tag = label + 1
            guard isTagKind(tag), (1...5).contains(lines[tag].words), !lines[tag].endsLikeSentence,
                  mayNameSection(page.bytes(lines[tag])) else { return nil }
            return tag
        }
        return nil
    }

    /// True for "Filed under", "Topic", "Topics", "Category", "Categories", capitals folded, a final colon ignored.
    static func isTagLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = bytes.count
        if count > 0, bytes[count - 1] == UInt8(ascii: ":") { count -= 1 }
        guard (5...11).contains(count) else { return false }
        let label = UnsafeBufferPointer(rebasing: bytes[..<count])
        return tagLabels.contains { $0.utf8CodeUnitCount == count && FoldedBytes.equal(label, at: 0, $0) }
    }

    /// The tag labels, lowercase.
    private static let tagLabels: [StaticString] = ["filed under", "topic", "topics", "category", "categories"]
}
