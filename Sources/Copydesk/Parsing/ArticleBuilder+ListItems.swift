/// Body lines written as a plain-text list: "- item" or "* item" lines beside one another.
extension ArticleBuilder {
    /// The item of body line `index` of `lines` (bytes in `text`) when it opens with an ASCII list marker ("- " or
    /// "* ") and the line before or after it opens with the same marker: the text after the marker, trimmed. `nil`
    /// for any other line, and for a lone marked line (a sign-off such as "- Reuters" is no list).
    static func asciiListItem(_ index: Int, lines: UnsafeBufferPointer<TextLine>, text: UnsafeBufferPointer<UInt8>) -> String? {
        guard let marker = listMarker(lines[index], text) else { return nil }
        let besideAnother = index > 0 && listMarker(lines[index - 1], text) == marker
            || index + 1 < lines.count && listMarker(lines[index + 1], text) == marker
        guard besideAnother else { return nil }
        var start = lines[index].start + 2
        let end = lines[index].end  // a line's text is trimmed: its last byte is no space
        while start < end, text[start] == 0x20 || text[start] == 0x09 { start += 1 }
        return start < end ? String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self) : nil
    }

    /// The list marker `line` opens with ("-" or "*" and a space or tab), or `nil`.
    private static func listMarker(_ line: TextLine, _ text: UnsafeBufferPointer<UInt8>) -> UInt8? {
        guard line.end - line.start >= 3 else { return nil }
        let first = text[line.start], second = text[line.start + 1]
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "*"), second == 0x20 || second == 0x09 else { return nil }
        return first
    }
}
