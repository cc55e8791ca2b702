/// Writes an article's body as one XHTML `<html>` element (namespace
/// `http://www.w3.org/1999/xhtml`): paragraphs, subheadings, lists, blockquotes, figures with
/// captions and credits, videos and related links at their `after` positions, and each placed
/// quote marked up in place as `<q>` with its speaker and cue. Shared by the NewsML-G2 and ninjs
/// writers so both carry the same markup.
enum XHTMLBody {
    /// The XHTML namespace.
    static let namespace = "http://www.w3.org/1999/xhtml"

    static func write(_ article: Article, placement: QuotePlacement, language: String?,
                      into w: inout XMLStreamWriter) throws {
        try w.open("html", namespace: namespace)
        if let language {
            try w.attribute("lang", language)
            try w.attribute("xml:lang", language)
        }
        try w.open("head")
        try w.leaf("title", article.headline ?? article.id)
        try w.close()
        try w.open("body")
        try writeExtras(article, at: nil, into: &w)
        var inList = false
        for (index, block) in article.body.enumerated() {
            if block.kind == .listItem, !inList { try w.open("ul"); inList = true }
            if block.kind != .listItem, inList { try w.close(); inList = false }
            switch block.kind {
            case .paragraph: try w.open("p")
            case .subheading: try w.open("h2")
            case .listItem: try w.open("li")
            case .blockquote: try w.open("blockquote"); try w.open("p")
            }
            try writeInline(block.text, spans: placement.spans(in: index), quotes: article.quotes, into: &w)
            try w.close()
            if block.kind == .blockquote { try w.close() }
            if hasExtras(article, at: index) {
                if inList { try w.close(); inList = false }
                try writeExtras(article, at: index, into: &w)
            }
        }
        if inList { try w.close() }
        try writeExtras(article, at: -1, into: &w)
        try w.close()  // body
        try w.close()  // html
    }

    /// Writes `text`, wrapping each span in `<q>`; spans are sorted and do not overlap.
    /// Scalar offsets are turned into UTF-8 byte offsets in one pass over the bytes.
    private static func writeInline(_ text: String, spans: [QuotePlacement.Span], quotes: [Quote],
                                    into w: inout XMLStreamWriter) throws {
        guard !spans.isEmpty else { try w.text(text); return }
        var text = text
        try text.withUTF8 { bytes in
            func piece(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            }
            var byte = 0, scalar = 0, segment = 0
            func advance(to target: Int) {
                while scalar < target, byte < bytes.count {
                    byte += 1
                    while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalar += 1
                }
            }
            for span in spans {
                advance(to: span.start)
                try w.text(piece(segment, byte))
                let quoteStart = byte
                advance(to: span.end)
                try writeQuote(quotes[span.quote], number: span.quote + 1, words: piece(quoteStart, byte), into: &w)
                segment = byte
            }
            try w.text(piece(segment, bytes.count))
        }
    }

    private static func writeQuote(_ quote: Quote, number: Int, words: String, into w: inout XMLStreamWriter) throws {
        try w.open("q", block: false)
        try w.attribute("id", "q\(number)")
        var classes = "quote " + quote.kind.rawValue
        if quote.continued { classes += " continued" }
        try w.attribute("class", classes)
        if let speaker = quote.speaker {
            try w.attribute("title", speaker.name)
            try w.attribute("data-speaker", speaker.name)
            try w.attribute("data-speaker-role", speaker.role)
            try w.attribute("data-speaker-kind", speaker.kind.rawValue)
        }
        try w.attribute("data-cue", quote.cue)
        try w.text(words)
        try w.close()
    }

    /// True when a media item or related link sits after body block `index`.
    private static func hasExtras(_ article: Article, at index: Int) -> Bool {
        article.media.contains { $0.after == index } || article.related.contains { $0.after == index }
    }

    /// Media then related links placed at `position`: nil = before the body, -1 = after the body
    /// (items whose `after` is negative or past the last block).
    private static func writeExtras(_ article: Article, at position: Int?, into w: inout XMLStreamWriter) throws {
        let count = article.body.count
        func belongs(_ after: Int?) -> Bool {
            guard let position, position < 0 else { return after == position }
            guard let after else { return false }
            return after < 0 || after >= count
        }
        for item in article.media where belongs(item.after) { try writeFigure(item, into: &w) }
        for link in article.related where belongs(link.after) {
            try w.open("aside")
            try w.attribute("class", "related")
            try w.leaf("p", link.title)
            try w.close()
        }
    }

    private static func writeFigure(_ item: MediaItem, into w: inout XMLStreamWriter) throws {
        try w.open("figure")
        try w.attribute("class", item.kind.rawValue)
        try w.attribute("data-duration", item.duration)
        guard item.caption != nil || item.credit != nil || item.duration != nil else { try w.close(); return }
        try w.open("figcaption")
        var needsSpace = false
        if let caption = item.caption { try w.text(caption); needsSpace = true }
        for (cls, value) in [("duration", item.duration), ("credit", item.credit)] {
            guard let value else { continue }
            if needsSpace { try w.text(" ") }
            try w.open("span", block: false)
            try w.attribute("class", cls)
            try w.text(value)
            try w.close()
            needsSpace = true
        }
        try w.close()  // figcaption
        try w.close()  // figure
    }
}
