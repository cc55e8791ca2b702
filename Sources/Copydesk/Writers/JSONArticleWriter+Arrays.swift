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
        guard !blocks.isEmpty else { return }
        if out.indent > 0 {
            emitBodyItems(blocks, first: "\n    {\n      \"kind\": \"", next: "\n    },\n    {\n      \"kind\": \"",
                          textKey: "\",\n      \"text\": ", into: &out)
            out.appendLiteral("\n    }")
        } else {
            emitBodyItems(blocks, first: "{\"kind\":\"", next: "},{\"kind\":\"", textKey: "\",\"text\":", into: &out)
            out.appendLiteral("}")
        }
        out.markItems()
    }

    /// The `body` items of one layout (its literals constants once inlined): the first item opens
    /// with `first`, every later one with `next`; each block's text is reached once.
    @inline(__always) private static func emitBodyItems(_ blocks: [BodyBlock], first: StaticString, next: StaticString,
                                                        textKey: StaticString, into out: inout JSONOutput) {
        StoredText.elements(blocks) { blocks in
            @inline(__always) func item(_ block: UnsafeMutablePointer<BodyBlock>, _ opener: StaticString) {
                let kind = block.pointee.kind.literal
                StoredText.bytes(&block.pointee.text) { text in  // read in place (`StoredText`)
                    // 64: the literals (≤ 30 bytes each), the kind (≤ 10) and the quotes.
                    out.reserve(text.count &+ 64)
                    out.appendReservedLiteral(opener)
                    out.appendReservedLiteral(kind)
                    out.appendReservedLiteral(textKey)
                    if !out.appendReservedPlainQuoted(text) { out.appendEscapedQuoted(text) }  // not plain: escaped
                }
            }
            let base = blocks.baseAddress!
            item(base, first)
            for i in 1..<blocks.count { item(base + i, next) }
        }
    }

    /// Opens item `index` of an array of objects: `first` before item 0, `next` (which also closes the
    /// item before) before every later one.
    @inline(__always) static func openItem(_ index: Int, first: StaticString, next: StaticString, into out: inout JSONOutput) {
        out.appendLiteral(index == 0 ? first : next)
    }
}
