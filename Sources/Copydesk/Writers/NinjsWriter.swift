/// IPTC ninjs 3.1 (camelCase JSON), valid against the official schema, which allows no extra
/// properties: quotes travel as `<q>` markup in an XHTML body (the same markup as the NewsML-G2
/// writer) and as `people`/`organisations` entries with `rel: "quoted"`.
///
/// Merged output is JSON Lines: one compact ninjs object per line. The mapping of every model
/// field is in `formats/ninjs/README.md`.
public struct NinjsWriter: ArticleWriter {
    /// The schema URI written in `standard.schema`.
    public static let schema = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"

    /// Indentation width; 0 writes one compact line.
    public var indent: Int

    /// Creates a writer; `indent` 2 by default.
    public init(indent: Int = 2) { self.indent = indent }

    /// The article as pretty ninjs, ending with a newline.
    public func write(_ article: Article) throws -> [UInt8] {
        try JSONOutput.document(indent: indent, capacity: 16384 + article.source.bytes * 4) { try emit(article, into: &$0) }
    }

    /// One compact ninjs object per line.
    public func mergedEntry(_ article: Article, index: Int) throws -> [UInt8] {
        try JSONOutput.document(indent: 0, capacity: 16384 + article.source.bytes * 3) { try emit(article, into: &$0) }
    }

    private func emit(_ a: Article, into out: inout JSONOutput) throws {
        let facts = NewsItemFacts(a)
        out.beginObject()
        out.field("uri", facts.guid)
        out.key("standard"); out.beginObject()
        out.field("name", "ninjs"); out.field("version", "3.1"); out.field("schema", Self.schema)
        out.endObject()
        out.field("type", "text")
        out.field("representationType", "full")
        out.field("version", String(NewsItemFacts.version))
        let published = facts.published  // each date made a string once
        if let published { out.field("firstCreated", published) }
        if let latest = facts.updated ?? published { out.field("versionCreated", latest) }
        if let published { out.field("contentCreated", published) }
        out.field("pubStatus", "usable")
        if let language = facts.language { out.field("language", language) }
        emitTexts(a, into: &out)
        if !a.byline.isEmpty { out.field("by", NewsMLWriter.byline(a.byline)) }
        if let dateline = a.dateline { out.field("located", dateline) }
        emitParties(a, into: &out)
        if let section = a.section {
            out.key("subjects"); out.beginArray()
            out.beginObject(); out.field("name", section); out.field("rel", "section"); out.endObject()
            out.endArray()
        }
        if let publication = a.printEdition?.publication {
            out.key("infoSources"); out.beginArray()
            out.beginObject(); out.field("name", publication); out.field("role", "printEdition"); out.endObject()
            out.endArray()
        }
        emitAssociations(a, uri: facts.guid, into: &out)
        out.key("altIds"); out.beginArray()
        out.beginObject(); out.field("role", "copydesk-id"); out.field("value", a.id); out.endObject()
        out.endArray()
        try emitBodies(a, facts: facts, into: &out)
        out.endObject()
    }

    private func emitTexts(_ a: Article, into out: inout JSONOutput) {
        let headlines = [("main", a.headline), ("print", a.printEdition?.headline)].filter { $0.1 != nil }
        if !headlines.isEmpty {
            out.key("headlines"); out.beginArray()
            for (role, value) in headlines {
                out.beginObject(); out.field("role", role); out.field("contentType", "text/plain"); out.field("value", value)
                out.endObject()
            }
            out.endArray()
        }
        if !a.standfirst.isEmpty {
            out.key("descriptions"); out.beginArray()
            for line in a.standfirst {
                out.beginObject(); out.field("role", "summary"); out.field("contentType", "text/plain"); out.field("value", line)
                out.endObject()
            }
            out.endArray()
        }
    }

    private func emitBodies(_ a: Article, facts: NewsItemFacts, into out: inout JSONOutput) throws {
        let plain = a.body.map(\.text).joined(separator: "\n\n")
        let xhtml = try XMLStreamWriter.render(declaration: false, pretty: false) { w in
            try XHTMLBody.write(a, placement: QuotePlacement(a), language: facts.language, into: &w)
        }
        out.key("bodies"); out.beginArray()
        out.beginObject()
        out.field("role", "main"); out.field("contentType", "text/plain")
        out.field("charCount", plain.unicodeScalarCount)
        out.field("wordCount", Self.wordCount(plain))
        out.field("value", plain)
        out.endObject()
        out.beginObject()
        out.field("role", "main"); out.field("contentType", "application/xhtml+xml")
        out.field("value", String(decoding: xhtml, as: UTF8.self))
        out.endObject()
        out.endArray()
    }

    /// Runs of non-whitespace scalars; whitespace is ASCII space and 09–0D, U+00A0, U+2000–U+200A,
    /// U+2028, U+2029, U+202F and U+3000 (checked on UTF-8 bytes, no Unicode property look-ups).
    static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0, inWord = false, i = 0
            while i < bytes.count {
                let width = spaceWidth(bytes, at: i)
                if width == 0, !inWord, bytes[i] & 0xC0 != 0x80 { count += 1 }
                inWord = width == 0
                i += max(width, 1)
            }
            return count
        }
    }

    /// The UTF-8 length of the whitespace scalar starting at `i`, or 0 when it is not whitespace.
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b < 0xC2 { return 0 }  // only C2, E2 and E3 start the other white space
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        guard i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return 0 }
        let last = bytes[i + 2]
        if b == 0xE2, last <= 0x8A || last == 0xA8 || last == 0xA9 || last == 0xAF { return 3 }
        if b == 0xE3, last == 0x80 { return 3 }
        return 0
    }
}
