/// The fixed-shape parts of the article object — its first keys, the dates, and the long arrays of
/// `body`, `discarded` and `quotes` items — written as literal pieces:
/// the end of one item, the separator, the start of the next and its first key are one copy
/// instead of a call per bracket, key and value. Only for the two layouts the writer ships —
/// pretty with two spaces (`write`) and compact (`mergedEntry`) — at the depth these arrays sit at
/// (items at depth 3); any other indent goes through the generic `JSONOutput` calls, which the
/// tests hold these pieces to. Items are read through the arrays' buffers (no copies).
extension JSONArticleWriter {
    /// True when `out` has a layout the literal pieces below are written for.
    static func hasPieces(_ out: borrowing JSONOutput) -> Bool { out.indent == 2 || out.indent == 0 }

    /// The first keys of the article object, `id` to `headline` (the object is open and empty).
    static func emitHeadPieces(_ a: Article, into out: inout JSONOutput) {
        let pretty = out.indent > 0
        out.appendLiteral(pretty ? "\n  \"id\": " : "\"id\":")
        out.appendString(a.id)
        out.appendLiteral(pretty ? ",\n  \"source\": {\n    \"path\": " : ",\"source\":{\"path\":")
        out.appendString(orNull: a.source.path)
        out.appendLiteral(pretty ? ",\n    \"sha256\": " : ",\"sha256\":")
        out.appendString(a.source.sha256)
        out.appendLiteral(pretty ? ",\n    \"bytes\": " : ",\"bytes\":")
        out.appendDecimal(a.source.bytes)
        out.appendLiteral(pretty ? ",\n    \"encoding\": " : ",\"encoding\":")
        out.appendString(a.source.encoding)
        out.appendLiteral(pretty ? "\n  },\n  \"language\": " : "},\"language\":")
        out.appendString(orNull: a.language)
        out.appendLiteral(pretty ? ",\n  \"section\": " : ",\"section\":")
        out.appendString(orNull: a.section)
        out.appendLiteral(pretty ? ",\n  \"headline\": " : ",\"headline\":")
        out.appendString(orNull: a.headline)
        out.markItems()
    }

    /// `published`, `updated` (each `{"text": …, "iso": …}` or `null`) and `dateline`, after the
    /// keys before them.
    static func emitDatePieces(_ a: Article, into out: inout JSONOutput) {
        let pretty = out.indent > 0
        out.appendLiteral(pretty ? ",\n  \"published\": " : ",\"published\":")
        emitDatePiece(a.published, pretty: pretty, into: &out)
        out.appendLiteral(pretty ? ",\n  \"updated\": " : ",\"updated\":")
        emitDatePiece(a.updated, pretty: pretty, into: &out)
        out.appendLiteral(pretty ? ",\n  \"dateline\": " : ",\"dateline\":")
        out.appendString(orNull: a.dateline)
    }

    private static func emitDatePiece(_ date: DateStamp?, pretty: Bool, into out: inout JSONOutput) {
        guard let date else { out.appendLiteral("null"); return }
        out.appendLiteral(pretty ? "{\n    \"text\": " : "{\"text\":")
        out.appendString(date.text)
        out.appendLiteral(pretty ? ",\n    \"iso\": " : ",\"iso\":")
        out.appendString(orNull: date.iso)
        out.appendLiteral(pretty ? "\n  }" : "}")
    }

    /// `body` items: `{"kind": …, "text": …}`; room for each item is reserved once, as for `discarded`.
    static func emitBodyPieces(_ blocks: [BodyBlock], into out: inout JSONOutput) {
        let pretty = out.indent > 0
        let first: StaticString = pretty ? "\n    {\n      \"kind\": \"" : "{\"kind\":\""
        let next: StaticString = pretty ? "\n    },\n    {\n      \"kind\": \"" : "},{\"kind\":\""
        let textKey: StaticString = pretty ? "\",\n      \"text\": " : "\",\"text\":"
        blocks.withUnsafeBufferPointer { blocks in
            for i in blocks.indices {
                // 64: the literals (≤ 30 bytes each), the kind (≤ 10) and the quotes.
                out.reserve(blocks[i].text.utf8.count &+ 64)
                out.appendReservedLiteral(i == 0 ? first : next)
                out.appendReservedLiteral(blocks[i].kind.literal)
                out.appendReservedLiteral(textKey)
                if blocks[i].text.utf8.withContiguousStorageIfAvailable({ out.appendReservedPlainQuoted($0) }) != true {
                    out.appendString(blocks[i].text)
                }
            }
        }
        if !blocks.isEmpty { out.appendLiteral(pretty ? "\n    }" : "}"); out.markItems() }
    }

    /// Opens item `index` of an array of objects: `first` before item 0, `next` (which also closes the
    /// item before) before every later one.
    @inline(__always) static func openItem(_ index: Int, first: StaticString, next: StaticString, into out: inout JSONOutput) {
        out.appendLiteral(index == 0 ? first : next)
    }

    /// `discarded` items: `{"line": …, "text": …, "reason": …}`; room for each item is reserved once
    /// (the pieces, the number and the plain text), then its pieces are copied unchecked.
    static func emitDiscardedPieces(_ lines: [DiscardedLine], into out: inout JSONOutput) {
        let pretty = out.indent > 0
        let first: StaticString = pretty ? "\n    {\n      \"line\": " : "{\"line\":"
        let next: StaticString = pretty ? "\"\n    },\n    {\n      \"line\": " : "\"},{\"line\":"
        let textKey: StaticString = pretty ? ",\n      \"text\": " : ",\"text\":"
        lines.withUnsafeBufferPointer { lines in
            for i in lines.indices {
                // 128: the literals (≤ 40 bytes each), the number (≤ 20) and the quotes.
                out.reserve(lines[i].text.utf8.count &+ 128)
                out.appendReservedLiteral(i == 0 ? first : next)
                out.appendDecimal(lines[i].line)
                out.appendReservedLiteral(textKey)
                if lines[i].text.utf8.withContiguousStorageIfAvailable({ out.appendReservedPlainQuoted($0) }) != true {
                    out.appendString(lines[i].text)
                    out.reserve(64)
                }
                out.appendReservedLiteral(pretty ? lines[i].reason.prettyPiece : lines[i].reason.compactPiece)
            }
        }
        if !lines.isEmpty { out.appendLiteral(pretty ? "\"\n    }" : "\"}"); out.markItems() }
    }
}
