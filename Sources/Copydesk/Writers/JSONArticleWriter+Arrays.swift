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

    /// `body` items: `{"kind": …, "text": …}`.
    static func emitBodyPieces(_ blocks: [BodyBlock], into out: inout JSONOutput) {
        let pretty = out.indent > 0
        blocks.withUnsafeBufferPointer { blocks in
            for i in blocks.indices {
                openItem(i, first: pretty ? "\n    {\n      \"kind\": \"" : "{\"kind\":\"",
                         next: pretty ? "\n    },\n    {\n      \"kind\": \"" : "},{\"kind\":\"", into: &out)
                out.appendLiteral(blocks[i].kind.literal)
                out.appendLiteral(pretty ? "\",\n      \"text\": " : "\",\"text\":")
                out.appendStringInPlace(blocks[i].text)
            }
        }
        if !blocks.isEmpty { out.appendLiteral(pretty ? "\n    }" : "}"); out.markItems() }
    }

    /// Opens item `index` of an array of objects: `first` before item 0, `next` (which also closes the
    /// item before) before every later one.
    @inline(__always) private static func openItem(_ index: Int, first: StaticString, next: StaticString, into out: inout JSONOutput) {
        out.appendLiteral(index == 0 ? first : next)
    }

    /// `discarded` items: `{"line": …, "text": …, "reason": …}`.
    static func emitDiscardedPieces(_ lines: [DiscardedLine], into out: inout JSONOutput) {
        let pretty = out.indent > 0
        lines.withUnsafeBufferPointer { lines in
            for i in lines.indices {
                openItem(i, first: pretty ? "\n    {\n      \"line\": " : "{\"line\":",
                         next: pretty ? "\"\n    },\n    {\n      \"line\": " : "\"},{\"line\":", into: &out)
                out.appendDecimal(lines[i].line)
                out.appendLiteral(pretty ? ",\n      \"text\": " : ",\"text\":")
                out.appendStringInPlace(lines[i].text)
                out.appendLiteral(pretty ? lines[i].reason.prettyPiece : lines[i].reason.compactPiece)
            }
        }
        if !lines.isEmpty { out.appendLiteral(pretty ? "\"\n    }" : "\"}"); out.markItems() }
    }

    /// `quotes` items, the speaker as a nested object or `null`.
    static func emitQuotePieces(_ quotes: [Quote], into out: inout JSONOutput) {
        let pretty = out.indent > 0
        quotes.withUnsafeBufferPointer { quotes in
            for i in quotes.indices {
                openItem(i, first: pretty ? "\n    {\n      \"text\": " : "{\"text\":",
                         next: pretty ? "\n    },\n    {\n      \"text\": " : "},{\"text\":", into: &out)
                out.appendStringInPlace(quotes[i].text)
                if quotes[i].speaker != nil {
                    out.appendLiteral(pretty ? ",\n      \"speaker\": {\n        \"name\": " : ",\"speaker\":{\"name\":")
                    out.appendString(quotes[i].speaker!.name)
                    out.appendLiteral(pretty ? ",\n        \"role\": " : ",\"role\":")
                    out.appendString(orNull: quotes[i].speaker!.role)
                    out.appendLiteral(pretty ? ",\n        \"kind\": \"" : ",\"kind\":\"")
                    out.appendLiteral(quotes[i].speaker!.kind == .person ? "person" : "organization")
                    out.appendLiteral(pretty ? "\"\n      },\n      \"cue\": " : "\"},\"cue\":")
                } else {
                    out.appendLiteral(pretty ? ",\n      \"speaker\": null,\n      \"cue\": " : ",\"speaker\":null,\"cue\":")
                }
                out.appendString(orNull: quotes[i].cue)
                out.appendLiteral(pretty ? ",\n      \"paragraph\": " : ",\"paragraph\":")
                out.appendDecimal(quotes[i].paragraph)
                out.appendLiteral(pretty ? ",\n      \"start\": " : ",\"start\":")
                out.appendDecimal(quotes[i].start)
                out.appendLiteral(pretty ? ",\n      \"end\": " : ",\"end\":")
                out.appendDecimal(quotes[i].end)
                out.appendLiteral(pretty ? ",\n      \"kind\": \"" : ",\"kind\":\"")
                out.appendLiteral(quotes[i].kind == .direct ? "direct" : "partial")
                out.appendLiteral(pretty ? "\",\n      \"continued\": " : "\",\"continued\":")
                out.appendLiteral(quotes[i].continued ? "true" : "false")
            }
        }
        if !quotes.isEmpty { out.appendLiteral(pretty ? "\n    }" : "}"); out.markItems() }
    }
}
