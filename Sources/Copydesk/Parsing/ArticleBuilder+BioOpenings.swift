/// What follows an author's name in a biography: a verb or a mark that opens one ("… is a reporter", "… covers
/// transportation", "…, Staff Writer", "… can be reached at"), not any sentence that opens with the name ("Little
/// Village has some of the worst air quality …").
extension ArticleBuilder {
    /// The words (lowercase, each with the space after it) that open a biography right after the name.
    static let bioVerbs: [StaticString] = [
        "is ", "was ", "covers ", "covered ", "writes ", "wrote ", "reports ", "reported ", "can ", "may ", "and ",
        "joined ", "leads ", "edits ", "works ", "worked ", "teaches ", "lives ", "contributed ", "previously ", "also ",
        "holds ", "has been ", "has no ", "has covered ", "has written ", "has reported ", "has worked ", "has spent ",
        "has contributed ", "is, ", "was, ",
    ]

    /// True when the bytes after a name that ends at `offset` of `bytes` open a biography: the line's end, a mark
    /// ("," ":" "(" an apostrophe or a dash) or a space and one of `bioVerbs`.
    static func opensBio(_ bytes: UnsafeBufferPointer<UInt8>, after offset: Int) -> Bool {
        guard offset < bytes.count else { return true }
        switch bytes[offset] {
        case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: "'"), 0xE2: return true  // "’s", "—"
        case 0x20:
            for verb in bioVerbs where FoldedBytes.equal(bytes, at: offset &+ 1, verb) { return true }
            return false
        default: return false
        }
    }
}
