/// Media (`figure`) and related links (`aside`) around the body blocks, read in place: iterating
/// the arrays would copy (retain and release) every item's strings.
extension XHTMLBody {
    /// Media then related links placed at `position`: nil = before the body, -1 = after the body
    /// (items whose `after` is negative or past the last block).
    static func writeExtras(_ article: Article, at position: Int?, into w: inout XMLStreamWriter) throws {
        let count = article.body.count
        func belongs(_ after: Int?) -> Bool {
            guard let position, position < 0 else { return after == position }
            guard let after else { return false }
            return after < 0 || after >= count
        }
        try StoredText.elements(article.media) { media in
            for index in media.indices where belongs(media[index].after) { try writeFigure(media.baseAddress! + index, into: &w) }
        }
        try StoredText.elements(article.related) { related in
            for index in related.indices where belongs(related[index].after) {
                try w.open("aside")
                try w.attribute("class", literal: "related")
                try StoredText.bytes(&related.baseAddress![index].title) { try w.leaf("p", bytes: $0) }
                try w.close()
            }
        }
    }

    /// `<figure>` for `item`, its strings read in place (`StoredText`).
    private static func writeFigure(_ item: UnsafeMutablePointer<MediaItem>, into w: inout XMLStreamWriter) throws {
        try w.open("figure")
        try w.attribute("class", literal: item.pointee.kind == .image ? "image" : "video")
        try StoredText.bytes(&item.pointee.duration) { try w.attribute("data-duration", bytes: $0) }
        guard StoredText.isPresent(&item.pointee.caption) || StoredText.isPresent(&item.pointee.credit)
                || StoredText.isPresent(&item.pointee.duration) else { return try w.close() }
        try w.begin("figcaption")
        var needsSpace = false
        if try StoredText.bytes(&item.pointee.caption, { try w.text(bytes: $0) }) != nil { needsSpace = true }
        if try StoredText.bytes(&item.pointee.duration, { try writeSpan("duration", $0, after: needsSpace, into: &w) }) != nil {
            needsSpace = true
        }
        try StoredText.bytes(&item.pointee.credit) { try writeSpan("credit", $0, after: needsSpace, into: &w) }
        try w.close()  // figcaption
        try w.close()  // figure
    }

    /// `<span class="…">value</span>` inside a caption, after a space when something precedes it.
    private static func writeSpan(_ cls: StaticString, _ value: UnsafeBufferPointer<UInt8>, after needsSpace: Bool,
                                  into w: inout XMLStreamWriter) throws {
        if needsSpace { try w.text(" ") }
        try w.begin("span", block: false)
        try w.attribute("class", literal: cls)
        try w.text(bytes: value)
        try w.close()
    }
}
