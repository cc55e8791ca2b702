/// The `discarded` items of `JSONArticleWriter`'s literal pieces (see `JSONArticleWriter+Arrays`):
/// the longest array of most articles (~60 short lines), so each item is one reserve, its literals
/// constants, its text reached once and copied while it is checked.
extension JSONArticleWriter {
    /// `discarded` items: `{"line": …, "text": …, "reason": …}`; room for each item is reserved once
    /// (the pieces, the number and the plain text), then its pieces are copied unchecked.
    static func emitDiscardedPieces(_ lines: DiscardedLines, into out: inout JSONOutput) {
        guard lines.count > 0 else { return }
        if out.indent > 0 {
            emitDiscardedItems(lines, pretty: true, first: "\n    {\n      \"line\": ",
                               next: "\"\n    },\n    {\n      \"line\": ", textKey: ",\n      \"text\": ", into: &out)
            out.appendLiteral("\"\n    }")
        } else {
            emitDiscardedItems(lines, pretty: false, first: "{\"line\":", next: "\"},{\"line\":", textKey: ",\"text\":", into: &out)
            out.appendLiteral("\"}")
        }
        out.markItems()
    }

    /// The `discarded` items of one layout (its literals constants once inlined): the first item
    /// opens with `first`, every later one with `next`; each line's text is read in place from the
    /// string it is a range of (`DiscardedLines`).
    @inline(__always) private static func emitDiscardedItems(_ lines: DiscardedLines, pretty: Bool, first: StaticString,
                                                             next: StaticString, textKey: StaticString, into out: inout JSONOutput) {
        lines.withEntries { lines, base, own in
            @inline(__always) func item(_ line: UnsafePointer<DiscardedLines.Entry>, _ opener: StaticString) {
                let text = UnsafeBufferPointer(rebasing: (line.pointee.inOwn ? own : base)[line.pointee.start..<line.pointee.end])
                // 128: the literals (≤ 40 bytes each), the number (≤ 20) and the quotes.
                out.reserve(text.count &+ 128)
                out.appendReservedLiteral(opener)
                out.appendReservedDecimal(line.pointee.line)
                out.appendReservedLiteral(textKey)
                if !out.appendReservedPlainQuoted(text) {
                    out.appendEscapedString(String(decoding: text, as: UTF8.self))
                    out.reserve(64)
                }
                out.appendReservedLiteral(pretty ? line.pointee.reason.prettyPiece : line.pointee.reason.compactPiece)
            }
            let start = lines.baseAddress!
            item(start, first)
            for i in 1..<lines.count { item(start + i, next) }
        }
    }
}
