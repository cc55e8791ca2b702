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
            emitBodyItems(blocks, pretty: true, into: &out)
            out.appendLiteral("\n    }")
        } else {
            emitBodyItems(blocks, pretty: false, into: &out)
            out.appendLiteral("}")
        }
        out.markItems()
    }

    /// The `body` items of one layout (`pretty` constant once inlined): each item's start up to its
    /// text — the item before closed, the opening, the kind and the text's key — is one 64-byte copy
    /// of a padded literal (`BodyBlock.Kind.prettyHead`, from past the close for the first item);
    /// each block's text is read in place (`StoredText`) and reached once.
    @inline(__always) private static func emitBodyItems(_ blocks: [BodyBlock], pretty: Bool, into out: inout JSONOutput) {
        StoredText.elements(blocks) { blocks in
            let skip = BodyBlock.Kind.headSkip(pretty: pretty)
            for i in blocks.indices {
                let block = blocks.baseAddress! + i
                let kind = block.pointee.kind, from = i == 0 ? skip : 0
                let head = (pretty ? kind.prettyHead : kind.compactHead).utf8Start + from, length = kind.headLength(pretty: pretty) &- from
                StoredText.bytes(&block.pointee.text) { text in
                    // 128: the 64-byte head, the quotes and room to spare.
                    out.reserve(text.count &+ 128)
                    out.appendReserved(head, blocks: 4, keeping: length)
                    if !out.appendReservedPlainQuoted(text) { out.appendEscapedQuoted(text) }  // not plain: escaped
                }
            }
        }
    }

    /// Opens item `index` of an array of objects: `first` before item 0, `next` (which also closes the
    /// item before) before every later one.
    @inline(__always) static func openItem(_ index: Int, first: StaticString, next: StaticString, into out: inout JSONOutput) {
        out.appendLiteral(index == 0 ? first : next)
    }
}
