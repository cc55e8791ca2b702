/// Author boxes and notes under the body (round 11): the byline's name over a role line ("Kelsey Brandt", "Reporter"),
/// a biography under them that opens with the first name ("Kelsey covers …"), a biography of a writer the header
/// never named ("Tessa Lindqvist covers Southern Oregon for OPB."), a citation and a comment policy's blurb.
extension ArticleBuilder {
    /// The reason body text line `line` is an author box's or a closing note's, or `nil`. `next` and `previous` are
    /// the page's lines around it; `boxLine` the number of the last line read as an author box's.
    mutating func authorBoxReason(_ line: UnsafePointer<TextLine>, text: UnsafeBufferPointer<UInt8>, next: UnsafePointer<TextLine>?,
                                  previous: UnsafePointer<TextLine>?) -> DiscardReason? {
        let words = line.pointee.words, number = line.pointee.number
        let bytes = UnsafeBufferPointer(rebasing: text[line.pointee.start..<line.pointee.end])
        if words <= 4, !line.pointee.endsLikeSentence, let previous, previous.pointee.number == number - 1,
           previous.pointee.words <= 4, !bioNames.isEmpty || !article.byline.isEmpty, isAuthorBio(previous) {
            return .attribution  // the role under the byline's name ("Reporter", "Media Reporter")
        }
        guard words >= 4, words <= 60, line.pointee.endsLikeSentence || line.pointee.hasURL else { return nil }
        if line.pointee.hasURL, FoldedBytes.contains(bytes, ", accessed ") { return .copyright }  // a citation
        // on every body paragraph: a memchr scan for a rare letter ("v", "b") of the phrases less their first letter
        if ByteSearch.contains(bytes, exactly: "eep the conversation", anchor: 11) || ByteSearch.contains(bytes, exactly: "ublish comments", anchor: 1),
           FoldedBytes.contains(bytes, "keep the conversation") || FoldedBytes.contains(bytes, "publish comments") { return .footer }
        guard words <= 40 else { return nil }
        // (round 13) under an author box's heading and role, "Kavya has tested laptops …" too
        if authorBoxLine == number - 1, let space = bytes.firstIndex(of: 0x20),
           Self.opensBio(bytes, after: space) || FoldedBytes.equal(bytes, at: space + 1, "has ") {
            return .attribution  // "Kelsey covers Tulsa city government for the Tulsa World."
        }
        guard next.map({ !$0.pointee.isParagraphLike }) ?? true else { return nil }  // the body's last paragraph
        return Self.isUnnamedBio(bytes) ? .attribution : nil
    }

    /// True for a writer's biography: two or three capitalised words (a name), then "covers … for …" or "is a"/"is an"
    /// and a newsroom word ("journalist", "reporter", …).
    static func isUnnamedBio(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0, names = 0
        while names < 3, offset < bytes.count, bytes[offset] &- UInt8(ascii: "A") < 26,
              let space = bytes[offset...].firstIndex(of: 0x20) {
            names += 1
            offset = space + 1
            guard names >= 2 else { continue }
            if FoldedBytes.equal(bytes, at: offset, "covers ") { return FoldedBytes.contains(bytes, " for ") }
            if FoldedBytes.equal(bytes, at: offset, "is a ") || FoldedBytes.equal(bytes, at: offset, "is an ") {
                return newsroomWords.contains { FoldedBytes.contains(bytes, $0) }
            }
        }
        return false
    }

    /// Words that name a newsroom job in a biography.
    static let newsroomWords: [StaticString] = [
        "journalist", "reporter", "correspondent", "writer", "editor", "photographer", "columnist", "producer",
    ]
}
