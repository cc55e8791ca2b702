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
        try article.media.withUnsafeBufferPointer { media in
            for index in media.indices where belongs(media[index].after) { try writeFigure(media.baseAddress! + index, into: &w) }
        }
        try article.related.withUnsafeBufferPointer { related in
            for index in related.indices where belongs(related[index].after) {
                try w.open("aside")
                try w.attribute("class", literal: "related")
                try w.leaf("p", related[index].title)
                try w.close()
            }
        }
    }

    private static func writeFigure(_ item: UnsafePointer<MediaItem>, into w: inout XMLStreamWriter) throws {
        try w.open("figure")
        try w.attribute("class", literal: item.pointee.kind == .image ? "image" : "video")
        try w.attribute("data-duration", item.pointee.duration)
        guard item.pointee.caption != nil || item.pointee.credit != nil || item.pointee.duration != nil else { return try w.close() }
        try w.begin("figcaption")
        var needsSpace = false
        if let caption = item.pointee.caption { try w.text(caption); needsSpace = true }
        if let duration = item.pointee.duration { try writeSpan("duration", duration, after: needsSpace, into: &w); needsSpace = true }
        if let credit = item.pointee.credit { try writeSpan("credit", credit, after: needsSpace, into: &w) }
        try w.close()  // figcaption
        try w.close()  // figure
    }

    /// `<span class="…">value</span>` inside a caption, after a space when something precedes it.
    private static func writeSpan(_ cls: StaticString, _ value: String, after needsSpace: Bool, into w: inout XMLStreamWriter) throws {
        if needsSpace { try w.text(" ") }
        try w.begin("span", block: false)
        try w.attribute("class", literal: cls)
        try w.text(value)
        try w.close()
    }
}
