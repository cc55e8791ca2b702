/// (round 13) The end mark of a press release, printed on a line of its own under the text.
extension BodySpan {
    /// True when `line` of `page` is "###", "# # #", "-30-" or "- 30 -" (gated on its last byte and length).
    @inline(__always)
    static func isReleaseEndMark(_ line: TextLine, _ page: LinePage) -> Bool {
        let last = line.lastByte
        guard last == UInt8(ascii: "#") || last == UInt8(ascii: "-"), line.end &- line.start <= 6 else { return false }
        let bytes = page.bytes(line)
        return endMarks.contains { mark in bytes.count == mark.utf8CodeUnitCount && FoldedBytes.equal(bytes, at: 0, mark) }
    }

    /// The end marks of a press release.
    static let endMarks: [StaticString] = ["###", "# # #", "-30-", "- 30 -"]
}
