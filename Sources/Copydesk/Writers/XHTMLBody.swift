/// Writes an article's body as one XHTML `<html>` element (namespace
/// `http://www.w3.org/1999/xhtml`): paragraphs, subheadings, lists, blockquotes, figures with
/// captions and credits, videos and related links at their `after` positions, and each placed
/// quote marked up in place as `<q>` with its speaker and cue. Shared by the NewsML-G2 and ninjs
/// writers so both carry the same markup.
enum XHTMLBody {
    /// The XHTML namespace.
    static let namespace: StaticString = "http://www.w3.org/1999/xhtml"

    static func write(_ article: Article, placement: QuotePlacement, language: String?,
                      into w: inout XMLStreamWriter) throws {
        try w.open("html", namespace: namespace)
        if let language {
            try w.attribute("lang", language)
            try w.attribute("xml:lang", language)
        }
        try w.open("head")
        // Each string passed as it is stored (`headline ?? id` made a copy: a retain and a release).
        if case .none = article.headline { try w.leaf("title", article.id) } else { try w.leaf("title", article.headline) }
        try w.close()
        try w.open("body")
        var order = ExtrasOrder.of(article)
        try writeExtras(article, at: nil, order: &order, into: &w)
        // Which blocks have media or related links after them, found once (not per block), as bits.
        let count = article.body.count
        var extrasAfter = BlockMarks(count: count)
        for index in article.media.indices {
            if let after = article.media[index].after, after >= 0, after < count { extrasAfter.insert(after) }
        }
        for index in article.related.indices {
            if let after = article.related[index].after, after >= 0, after < count { extrasAfter.insert(after) }
        }
        try writeBlocks(article, placement: placement, extrasAfter: extrasAfter, order: &order, into: &w)
        try writeExtras(article, at: -1, order: &order, into: &w)
        try w.close()  // body
        try w.close()  // html
    }

    /// The body blocks, each followed by the media and related links placed after it (bit set in
    /// `extrasAfter`).
    private static func writeBlocks(_ article: Article, placement: QuotePlacement, extrasAfter: BlockMarks,
                                    order: inout ExtrasOrder?, into w: inout XMLStreamWriter) throws {
        let placed = placement.placed, quotes = article.quotes  // held once, not per block
        var inList = false, spanCursor = 0
        // Blocks through a pointer, texts read in place (`StoredText`): a copied block, or its text
        // passed on, would be retained and released.
        try StoredText.elements(article.body) { blocks in
            for index in blocks.indices {
                let block = blocks.baseAddress! + index
                let kind = block.pointee.kind
                if kind == .listItem, !inList { try w.open("ul"); inList = true }
                if kind != .listItem, inList { try w.close(); inList = false }
                let name: StaticString
                switch kind {
                case .paragraph: name = "p"
                case .subheading: name = "h2"
                case .listItem: name = "li"
                case .blockquote: name = "p"; try w.open("blockquote")
                }
                let spans = placement.range(in: index, from: &spanCursor)
                try StoredText.bytes(&block.pointee.text) { text in
                    if spans.isEmpty {  // no quote marked up: the block in one step
                        try writeBlockLine(kind, name, text, into: &w)
                    } else {
                        try writeQuotedBlock(name, text, spans: placed, spans, quotes: quotes, into: &w)
                    }
                }
                if kind == .blockquote { try w.close() }
                if extrasAfter.contains(index) {
                    if inList { try w.close(); inList = false }
                    try writeExtras(article, at: index, order: &order, into: &w)
                }
            }
        }
        if inList { try w.close() }
    }

    /// A block with no quote marked up as one line, the bytes `leaf(name, bytes:)` writes (`<p/>`
    /// for empty text): its tags are literals per kind, its text one scan and one copy.
    @inline(__always) private static func writeBlockLine(_ kind: BodyBlock.Kind, _ name: StaticString,
                                                        _ text: UnsafeBufferPointer<UInt8>, into w: inout XMLStreamWriter) throws {
        guard let base = text.baseAddress, !text.isEmpty, try w.beginLine(room: 10 + text.count) else {
            return try w.leaf(name, bytes: text)
        }
        switch kind {
        case .subheading: w.run.appendReserved("<h2>")
        case .listItem: w.run.appendReserved("<li>")
        case .paragraph, .blockquote: w.run.appendReserved("<p>")
        }
        let clean = XMLEscape.cleanTextPrefix(base, text.count)
        if clean == text.count { w.run.appendReserved(base, count: clean) } else {
            XMLEscape.appendText(text, cleanPrefix: clean, normalized: false, to: &w.run)
            w.run.reserve(5)
        }
        switch kind {
        case .subheading: w.run.appendReserved("</h2>")
        case .listItem: w.run.appendReserved("</li>")
        case .paragraph, .blockquote: w.run.appendReserved("</p>")
        }
    }

    /// Writes the UTF-8 `bytes` of a block's text, wrapping each span in `<q>`; spans are sorted
    /// and do not overlap, and carry their UTF-8 byte offsets (found by `QuotePlacement`).
    static func writeInline(_ bytes: UnsafeBufferPointer<UInt8>, spans: [QuotePlacement.Span], _ range: Range<Int>,
                            quotes: [Quote], into w: inout XMLStreamWriter) throws {
        func piece(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[from..<to]) }
        var segment = 0
        for k in range {
            let span = spans[k]
            try w.text(bytes: piece(segment, span.byteStart))
            try writeQuote(quotes, span.quote, words: piece(span.byteStart, span.byteEnd), into: &w)
            segment = span.byteEnd
        }
        try w.text(bytes: piece(segment, bytes.count))
    }

    /// `<q>` for `quotes[index]` around `words` (fields read in place: copying a quote would
    /// retain and release each of its strings).
    private static func writeQuote(_ quotes: [Quote], _ index: Int, words: UnsafeBufferPointer<UInt8>,
                                   into w: inout XMLStreamWriter) throws {
        try w.begin("q", block: false)
        try w.attribute("id", prefix: "q", index + 1)
        switch (quotes[index].kind, quotes[index].continued) {
        case (.direct, false): try w.attribute("class", literal: "quote direct")
        case (.direct, true): try w.attribute("class", literal: "quote direct continued")
        case (.partial, false): try w.attribute("class", literal: "quote partial")
        case (.partial, true): try w.attribute("class", literal: "quote partial continued")
        }
        if let speaker = quotes[index].speaker {  // one copy of the speaker, not one per field
            try w.attribute("title", speaker.name)
            try w.attribute("data-speaker", speaker.name)
            try w.attribute("data-speaker-role", speaker.role)
            try w.attribute("data-speaker-kind", literal: speaker.kind == .person ? "person" : "organization")
        }
        try w.attribute("data-cue", quotes[index].cue)
        try w.text(bytes: words)
        try w.close()
    }
}
