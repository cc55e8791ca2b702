/// Body lines written as a plain-text list: "- item" or "* item" lines beside one another.
extension ArticleBuilder {
    /// The item of body line `index` of `lines` (bytes in `text`) when it opens with an ASCII list marker ("- " or
    /// "* ") and the line before or after it opens with the same marker: the text after the marker, trimmed. `nil`
    /// for any other line, and for a lone marked line (a sign-off such as "- Reuters" is no list).
    static func asciiListItem(_ index: Int, lines: UnsafeBufferPointer<TextLine>, text: UnsafeBufferPointer<UInt8>) -> String? {
        func markerOf(_ line: TextLine) -> UInt8? { TextLine.asciiListMarker(UnsafeBufferPointer(rebasing: text[line.start..<line.end])) }
        guard let marker = markerOf(lines[index]) else { return nil }
        let besideAnother = index > 0 && markerOf(lines[index - 1]) == marker
            || index + 1 < lines.count && markerOf(lines[index + 1]) == marker
        guard besideAnother else { return nil }
        var start = lines[index].start + 2
        let end = lines[index].end  // a line's text is trimmed: its last byte is no space
        while start < end, text[start] == 0x20 || text[start] == 0x09 { start += 1 }
        return start < end ? String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self) : nil
    }
}

extension TextLine {
    /// The ASCII list marker ("-" or "*", then a space or tab) that a line of these `bytes` opens with, or `nil`.
    static func asciiListMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "*"), bytes[1] == 0x20 || bytes[1] == 0x09 else { return nil }
        return bytes[0]
    }
}
