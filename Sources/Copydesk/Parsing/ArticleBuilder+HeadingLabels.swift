/// (round 13) Subheadings printed as a one-word label and a phrase: "Design: Light as a feather", "Verdict: A Road
/// Warrior's Friend".
extension ArticleBuilder {
    /// The offset of the phrase after a first word that opens with a capital A–Z and ends with ":" and a space; -1 when
    /// the line opens otherwise.
    static func labelEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = bytes.first, first &- UInt8(ascii: "A") < 26, let space = bytes.firstIndex(of: 0x20), space > 1,
              bytes[space - 1] == UInt8(ascii: ":"), space + 1 < bytes.count else { return -1 }
        return space + 1
    }

    /// `labelEnd` when the phrase holds four words at most (`words` is the line's count); -1 otherwise.
    static func shortLabelEnd(_ bytes: UnsafeBufferPointer<UInt8>, words: Int) -> Int {
        words <= 5 ? labelEnd(bytes) : -1
    }

    /// True when text line `bytes` of `words` words (a title no other rule read as a subheading) holds six words at most,
    /// opens with a one-word label and the body already holds two subheadings that do: the page prints its subheadings so.
    func continuesLabelledHeadings(_ bytes: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words <= 6, Self.labelEnd(bytes) >= 0 else { return false }
        var labelled = 0
        for block in article.body where block.kind == .subheading
            && block.text.utf8.withContiguousStorageIfAvailable({ Self.labelEnd($0) >= 0 }) == true {
            labelled += 1
            if labelled >= 2 { return true }
        }
        return false
    }
}
