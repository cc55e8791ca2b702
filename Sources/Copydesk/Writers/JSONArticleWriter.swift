/// The canonical JSON form of an `Article` (PRODUCT.md §2): fixed key order, pretty, UTF-8.
///
/// Merged output is JSON Lines: one compact article per line.
public struct JSONArticleWriter: ArticleWriter {
    /// Indentation width; 0 writes one compact line.
    public var indent: Int

    /// Creates a writer; `indent` 2 by default.
    public init(indent: Int = 2) { self.indent = indent }

    /// The article as pretty JSON, ending with a newline.
    public func write(_ article: Article) throws -> [UInt8] {
        JSONOutput.document(indent: indent, capacity: 8192 + article.source.bytes * 4) { Self.emit(article, into: &$0) }
    }

    /// One compact JSON line per article.
    public func mergedEntry(_ article: Article, index: Int) throws -> [UInt8] {
        JSONOutput.document(indent: 0, capacity: 8192 + article.source.bytes * 3) { Self.emit(article, into: &$0) }
    }

    /// Writes the article; `generic` forces one `JSONOutput` call per key and value everywhere
    /// (the tests' reference for the literal pieces of `emitPieces`).
    static func emit(_ a: Article, into out: inout JSONOutput, generic: Bool = false) {
        if !generic && hasPieces(out) { return emitPieces(a, into: &out) }
        out.beginObject()
        out.field("id", a.id)
        out.key("source"); out.beginObject()
        out.field("path", a.source.path)
        out.field("sha256", a.source.sha256)
        out.field("bytes", a.source.bytes)
        out.field("encoding", a.source.encoding)
        out.endObject()
        out.field("language", a.language)
        out.field("section", a.section)
        out.field("headline", a.headline)
        out.field("standfirst", a.standfirst)
        out.key("byline"); out.beginArray()
        // Indices, not elements: iterating would copy (retain and release) every element.
        for i in a.byline.indices {
            out.beginObject(); out.field("name", a.byline[i].name); out.field("role", a.byline[i].role); out.endObject()
        }
        out.endArray()
        emitDate("published", a.published, into: &out)
        emitDate("updated", a.updated, into: &out)
        out.field("dateline", a.dateline)
        out.key("body"); out.beginArray()
        for i in a.body.indices {
            out.beginObject(); out.field("kind", a.body[i].kind.rawValue); out.field("text", a.body[i].text); out.endObject()
        }
        out.endArray()
        out.key("media"); out.beginArray()
        for i in a.media.indices {
            out.beginObject()
            out.field("kind", a.media[i].kind.rawValue)
            out.field("caption", a.media[i].caption)
            out.field("credit", a.media[i].credit)
            out.field("duration", a.media[i].duration)
            out.field("after", a.media[i].after)
            out.endObject()
        }
        out.endArray()
        out.key("related"); out.beginArray()
        for i in a.related.indices {
            out.beginObject(); out.field("title", a.related[i].title); out.field("after", a.related[i].after); out.endObject()
        }
        out.endArray()
        emitPrintEdition(a.printEdition, into: &out)
        out.key("quotes"); out.beginArray()
        for i in a.quotes.indices { emitQuote(a.quotes, i, into: &out) }
        out.endArray()
        out.key("discarded"); out.beginArray()
        for i in 0..<a.discardedLines.count {
            let line = a.discardedLines[i]
            out.beginObject()
            out.field("line", line.line); out.field("text", line.text)
            out.field("reason", line.reason.rawValue)
            out.endObject()
        }
        out.endArray()
        out.endObject()
    }

    /// `"printEdition": {…}` or `null`.
    static func emitPrintEdition(_ note: PrintEdition?, into out: inout JSONOutput) {
        out.key("printEdition")
        if let note {
            out.beginObject(); out.field("publication", note.publication); out.field("headline", note.headline); out.endObject()
        } else {
            out.null()
        }
    }

    private static func emitDate(_ key: StaticString, _ date: DateStamp?, into out: inout JSONOutput) {
        out.key(key)
        guard let date else { out.null(); return }
        out.beginObject(); out.field("text", date.text); out.field("iso", date.iso); out.endObject()
    }

    /// `quotes[i]`, its fields read in place (a copy would retain and release each string).
    private static func emitQuote(_ quotes: [Quote], _ i: Int, into out: inout JSONOutput) {
        out.beginObject()
        out.field("text", quotes[i].text)
        out.key("speaker")
        if quotes[i].speaker != nil {
            out.beginObject()
            out.field("name", quotes[i].speaker!.name); out.field("role", quotes[i].speaker!.role)
            out.field("kind", quotes[i].speaker!.kind.rawValue)
            out.endObject()
        } else {
            out.null()
        }
        out.field("cue", quotes[i].cue)
        out.field("paragraph", quotes[i].paragraph)
        out.field("start", quotes[i].start)
        out.field("end", quotes[i].end)
        out.field("kind", quotes[i].kind.rawValue)
        out.field("continued", quotes[i].continued)
        out.endObject()
    }
}
