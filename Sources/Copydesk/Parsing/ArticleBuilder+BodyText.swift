/// Body text lines by their shape, and the items of a list printed without markers under a line ending with ":".
extension ArticleBuilder {
    /// A body text line: an author biography, a paragraph, a subheading, an item of a list under a line ending with ":",
    /// or a related link.
    mutating func takeBodyText(_ line: UnsafePointer<TextLine>, text: UnsafeBufferPointer<UInt8>) {
        if isAuthorBio(line) { discard(at: line, text: text, .attribution); return }
        let words = line.pointee.words, number = line.pointee.number
        // (a line opening with "-" or "*" is for the marked-list rule alone)
        if number == colonListLine + 1, (2...25).contains(words), !line.pointee.hasQuoteMark,
           !(line.pointee.isParagraphLike && words > 15), line.pointee.firstLowerByte != UInt8(ascii: "-"),
           line.pointee.firstLowerByte != UInt8(ascii: "*") {
            colonListLine = number  // "Key features include:", then an item on each next line
            addBody(.listItem, TextLine.string(at: line, in: text))
            return
        }
        if line.pointee.isParagraphLike || line.pointee.endsLikeSentence && words >= 2 || words >= 25 {
            if line.pointee.lastByte == UInt8(ascii: ":") { colonListLine = number }
            addBody(.paragraph, TextLine.string(at: line, in: text))
        } else if words <= 4 {
            addBody(.subheading, TextLine.string(at: line, in: text))
        } else {
            addRelated(TextLine.string(at: line, in: text))
        }
    }
}
