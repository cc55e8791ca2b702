/// Standfirst lines as printed under a headline, their opening dash dropped.
extension ArticleBuilder {
    /// `text` without an opening em or en dash and the space after it ("— Wrist devices underestimated …"): a dek set
    /// off by a dash under the headline; other text as it is (one byte test for most lines).
    static func withoutOpeningDash(_ text: consuming String) -> String {
        guard text.utf8.first == 0xE2 else { return text }
        let bytes = Array(text.utf8.prefix(4))
        guard bytes.count == 4, bytes[1] == 0x80, bytes[2] == 0x94 || bytes[2] == 0x93, bytes[3] == 0x20 else { return text }
        let rest = text.utf8.dropFirst(4).drop(while: { $0 == 0x20 })
        return rest.isEmpty ? text : String(decoding: rest, as: UTF8.self)
    }
}
