/// Subheadings that the shape rules of `isLoneHeading` leave out: quoted ones, and those right under a link block.
extension ArticleBuilder {
    /// True for a line of at most twelve words over a paragraph that is a subheading by where it stands: wholly quoted
    /// ("'I can't walk to the end of the garden'"), or under a link block that a blank line closes (`previousLink`, a
    /// blank line between), no title-case line (at most one capital opening a word after its first).
    static func isHeadingAfterBreak(_ line: UnsafePointer<TextLine>, text: UnsafeBufferPointer<UInt8>, words: Int,
                                    next: UnsafePointer<TextLine>?, previous: UnsafePointer<TextLine>?, previousLink: Bool) -> Bool {
        guard words <= 12, let next, let previous, next.pointee.isParagraphLike else { return false }
        let bytes = UnsafeBufferPointer(rebasing: text[line.pointee.start..<line.pointee.end])
        if TextLine.isWhollyQuoted(bytes) { return true }
        guard previousLink, line.pointee.number > previous.pointee.number + 1 else { return false }
        var capitals = 0
        for index in bytes.indices.dropFirst() where bytes[index - 1] == 0x20 && bytes[index] &- UInt8(ascii: "A") < 26 {
            capitals &+= 1
            if capitals > 1 { return false }
        }
        return true
    }
}

/// (round 13b) A title-case heading that asks where, what or how between two paragraphs: "Where The Heaviest Snow
/// Could Fall" (a story's link title asks with a "?", or states).
extension ArticleBuilder {
    /// The question words that open such a heading (lowercase, each with its space).
    static let headingQuestionWords: [StaticString] = ["where ", "what ", "why ", "how ", "when ", "who "]

    /// True for a text line of five to eight ASCII words, each capitalised, opening with one of `headingQuestionWords`
    /// and ending with a letter, with no quote mark, between two paragraph-like lines.
    static func isQuestionWordHeading(_ line: UnsafePointer<TextLine>, text: UnsafeBufferPointer<UInt8>, words: Int,
                                      next: UnsafePointer<TextLine>?, previous: UnsafePointer<TextLine>?) -> Bool {
        guard (5...8).contains(words), !line.pointee.hasQuoteMark, line.pointee.lastByte | 0x20 &- UInt8(ascii: "a") < 26,
              let next, let previous, next.pointee.isParagraphLike, previous.pointee.isParagraphLike else { return false }
        let bytes = UnsafeBufferPointer(rebasing: text[line.pointee.start..<line.pointee.end])
        guard headingQuestionWords.contains(where: { FoldedBytes.equal(bytes, at: 0, $0) }) else { return false }
        return ByteSearch.allASCIIWords(bytes) { bytes[$0.lowerBound] &- UInt8(ascii: "A") < 26 }
    }
}
