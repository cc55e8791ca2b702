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
        var out = JSONOutput(indent: indent, capacity: max(8192, article.source.bytes * 4))
        Self.emit(article, into: &out)
        return out.finished()
    }

    /// One compact JSON line per article.
    public func mergedEntry(_ article: Article, index: Int) throws -> [UInt8] {
        var out = JSONOutput(indent: 0, capacity: max(8192, article.source.bytes * 3))
        Self.emit(article, into: &out)
        return out.finished()
    }

    static func emit(_ a: Article, into out: inout JSONOutput) {
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
        for entry in a.byline {
            out.beginObject(); out.field("name", entry.name); out.field("role", entry.role); out.endObject()
        }
        out.endArray()
        emitDate("published", a.published, into: &out)
        emitDate("updated", a.updated, into: &out)
        out.field("dateline", a.dateline)
        out.key("body"); out.beginArray()
        for block in a.body {
            out.beginObject(); out.field("kind", block.kind.rawValue); out.field("text", block.text); out.endObject()
        }
        out.endArray()
        out.key("media"); out.beginArray()
        for item in a.media {
            out.beginObject()
            out.field("kind", item.kind.rawValue)
            out.field("caption", item.caption)
            out.field("credit", item.credit)
            out.field("duration", item.duration)
            out.field("after", item.after)
            out.endObject()
        }
        out.endArray()
        out.key("related"); out.beginArray()
        for link in a.related {
            out.beginObject(); out.field("title", link.title); out.field("after", link.after); out.endObject()
        }
        out.endArray()
        out.key("printEdition")
        if let note = a.printEdition {
            out.beginObject(); out.field("publication", note.publication); out.field("headline", note.headline); out.endObject()
        } else {
            out.null()
        }
        out.key("quotes"); out.beginArray()
        for quote in a.quotes { emitQuote(quote, into: &out) }
        out.endArray()
        out.key("discarded"); out.beginArray()
        for line in a.discarded {
            out.beginObject()
            out.field("line", line.line); out.field("text", line.text); out.field("reason", line.reason.rawValue)
            out.endObject()
        }
        out.endArray()
        out.endObject()
    }

    private static func emitDate(_ key: StaticString, _ date: DateStamp?, into out: inout JSONOutput) {
        out.key(key)
        guard let date else { out.null(); return }
        out.beginObject(); out.field("text", date.text); out.field("iso", date.iso); out.endObject()
    }

    private static func emitQuote(_ q: Quote, into out: inout JSONOutput) {
        out.beginObject()
        out.field("text", q.text)
        out.key("speaker")
        if let s = q.speaker {
            out.beginObject(); out.field("name", s.name); out.field("role", s.role); out.field("kind", s.kind.rawValue); out.endObject()
        } else {
            out.null()
        }
        out.field("cue", q.cue)
        out.field("paragraph", q.paragraph)
        out.field("start", q.start)
        out.field("end", q.end)
        out.field("kind", q.kind.rawValue)
        out.field("continued", q.continued)
        out.endObject()
    }
}
