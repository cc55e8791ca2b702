/// (round 13b) The heading or form of a reader-comment section under the text: "Comments - 2", "Add comment".
extension BodySpan {
    /// True when `line` of `page` is one of `commentFormMarks` or "Comments - " and a count (capitals folded; gated on
    /// its last byte and length).
    @inline(__always)
    static func isCommentSectionMark(_ line: TextLine, _ page: LinePage) -> Bool {
        let last = line.lastByte | 0x20, length = line.end &- line.start
        guard length >= 11, length <= 18, last == UInt8(ascii: "t") || line.lastByte &- UInt8(ascii: "0") < 10 else { return false }
        let bytes = page.bytes(line)
        if last == UInt8(ascii: "t") { return commentFormMarks.contains { bytes.count == $0.utf8CodeUnitCount && FoldedBytes.equal(bytes, at: 0, $0) } }
        return FoldedBytes.equal(bytes, at: 0, "comments - ") && bytes[11...].allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }

    /// The buttons that open a comment form.
    static let commentFormMarks: [StaticString] = ["add comment", "add a comment", "leave a comment", "post a comment", "write a comment"]
}
