/// Reader comments printed under an article: each comment's text stands between its author-and-date line and its
/// "Report" / "Reply" buttons ("Peter Cavendish 5 March 2024", "Good. The Spring was a start …", "Report", "Reply").
extension ContextRules {
    /// Marks as furniture each text line right above a "Report" or "Reply" button (no blank line between) whose line
    /// above, also with no blank line between, is no text (the comment's author-and-date line, a label or a byline).
    static func markComments(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard lines.count >= 3 else { return }
        for index in 1..<(lines.count - 1) where roles.kind(index + 1) == .share && roles.kind(index) == .text {
            let kind = roles.kind(index - 1)
            guard kind != .text, kind != .duplicate, isCommentButton(page.bytes(lines[index + 1])),
                  lines[index + 1].number == lines[index].number + 1, lines[index - 1].number + 1 == lines[index].number
            else { continue }
            roles.set(index, .furniture(.furniture))
        }
    }

    /// True for the bytes of a comment's button: "Report" or "Reply", capitals folded.
    @inline(__always)
    static func isCommentButton(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 6 && FoldedBytes.equal(bytes, at: 0, "report") || bytes.count == 5 && FoldedBytes.equal(bytes, at: 0, "reply")
    }
}
