/// Media (`figure`) and related links (`aside`) around the body blocks, read in place: iterating
/// the arrays would copy (retain and release) every item's strings.
extension XHTMLBody {
    /// Media then related links placed at `position`: nil = before the body, -1 = after the body
    /// (items whose `after` is negative or past the last block). Long lists are read from their cursors
    /// (`order`), so a body with thousands of figures is written in linear time; short ones are scanned.
    static func writeExtras(_ article: Article, at position: Int?, order: inout ExtrasOrder?, into w: inout XMLStreamWriter) throws {
        let count = article.body.count
        let key = PlacedOrder.key(position.map { $0 < 0 ? count : $0 }, count: count)
        func belongs(_ after: Int?) -> Bool { PlacedOrder.key(after, count: count) == key }
        try StoredText.elements(article.media) { media in
            if order != nil {
                try order!.media.take(at: key) { try writeFigure(media.baseAddress! + $0, into: &w) }
            } else {
                for index in media.indices where belongs(media[index].after) { try writeFigure(media.baseAddress! + index, into: &w) }
            }
        }
        try StoredText.elements(article.related) { related in
            func aside(_ index: Int) throws {
                try w.open("aside")
                try w.attribute("class", literal: "related")
                try StoredText.bytes(&related.baseAddress![index].title) { try w.leaf("p", bytes: $0) }
                try w.close()
            }
            if order != nil {
                try order!.related.take(at: key) { try aside($0) }
            } else {
                for index in related.indices where belongs(related[index].after) { try aside(index) }
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
        if try w.beginLine(room: 16) { return try writeCaptionLine(item, into: &w) }
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

    /// `figcaption` in one step (its line begun by `beginLine`), the bytes `writeFigure`'s calls
    /// give: the caption, then the duration and the credit as spans, each after a space when
    /// something precedes it (`<figcaption/>` for an empty caption alone), then the figure's end.
    private static func writeCaptionLine(_ item: UnsafeMutablePointer<MediaItem>, into w: inout XMLStreamWriter) throws {
        let captionEmpty = StoredText.bytes(&item.pointee.caption) { $0.isEmpty }
        if captionEmpty == true, !StoredText.isPresent(&item.pointee.duration), !StoredText.isPresent(&item.pointee.credit) {
            w.run.appendReserved("<figcaption/>")
            return try w.close()
        }
        w.run.appendReserved("<figcaption>")
        _ = StoredText.bytes(&item.pointee.caption) { w.appendContent($0) }
        var needsSpace = captionEmpty != nil
        if StoredText.bytes(&item.pointee.duration, { appendSpan("<span class=\"duration", $0, after: needsSpace, into: &w) }) != nil {
            needsSpace = true
        }
        _ = StoredText.bytes(&item.pointee.credit) { appendSpan("<span class=\"credit", $0, after: needsSpace, into: &w) }
        w.run.append("</figcaption>")
        try w.close()  // figure
    }

    /// ` <span class="…">value</span>` (`start` is `<span class="…`), as `writeSpan` writes it.
    private static func appendSpan(_ start: StaticString, _ value: UnsafeBufferPointer<UInt8>, after needsSpace: Bool,
                                   into w: inout XMLStreamWriter) {
        w.run.reserve(start.utf8CodeUnitCount + 4)
        if needsSpace { w.run.appendReserved(" ") }
        w.run.appendReserved(start)
        guard !value.isEmpty else { return w.run.appendReserved("\"/>") }
        w.run.appendReserved("\">")
        w.appendContent(value)
        w.run.append("</span>")
    }
}
