/// The `discarded` items of `JSONArticleWriter`'s literal pieces (see `JSONArticleWriter+Arrays`):
/// the longest array of most articles (~30–60 short lines), so each item is one reserve, a number,
/// its text (checked while it is copied) and one fixed-size copy of its end and the next item's start.
extension JSONArticleWriter {
    /// `discarded` items: `{"line": …, "text": …, "reason": …}`; room for each item is reserved once
    /// (the pieces, the number and the plain text), then its pieces are copied unchecked.
    static func emitDiscardedPieces(_ lines: DiscardedLines, into out: inout JSONOutput) {
        guard lines.count > 0 else { return }
        if out.indent > 0 {
            emitDiscardedItems(lines, pretty: true, first: "\n    {\n      \"line\": ", textKey: ",\n      \"text\": ", into: &out)
            out.appendLiteral("\"\n    }")
        } else {
            emitDiscardedItems(lines, pretty: false, first: "{\"line\":", textKey: ",\"text\":", into: &out)
            out.appendLiteral("\"}")
        }
        out.markItems()
    }

    /// The `discarded` items of one layout (its literals constants once inlined): `first` opens the
    /// first item; each item's reason, its close and the next item's opening are one 64-byte copy
    /// (`DiscardReason.prettyTail`), advanced past the reason alone after the last item. Each
    /// line's text is read in place from the string it is a range of (`DiscardedLines`).
    @inline(__always) private static func emitDiscardedItems(_ lines: DiscardedLines, pretty: Bool, first: StaticString,
                                                             textKey: StaticString, into out: inout JSONOutput) {
        out.appendLiteral(first)
        lines.withEntries { lines, base, own in
            let last = lines.count - 1
            for i in lines.indices {
                let line = lines.baseAddress! + i
                let text = UnsafeBufferPointer(rebasing: (line.pointee.inOwn ? own : base)[line.pointee.start..<line.pointee.end])
                // 128: the number (≤ 20), the key (≤ 16), the quotes and the 64-byte tail. The item is
                // written through a local cursor (the builder updated once per item, not once per piece).
                out.reserve(text.count &+ 128)
                var p = out.cursor
                let number = line.pointee.line
                if UInt(bitPattern: number) < 1000 { p += DecimalDigits.writeBelowThousand(number, to: p) } else {
                    out.appendDecimalDigits(number)  // within the room reserved: the storage stays
                    p = out.cursor
                }
                ByteCopy.copy(textKey.utf8Start, to: p, count: textKey.utf8CodeUnitCount)
                p += textKey.utf8CodeUnitCount
                let n = text.count
                if n == 0 || JSONOutput.isPlain(text.baseAddress!, n) {
                    p[0] = UInt8(ascii: "\"")
                    if n > 0 { ByteCopy.copy(text.baseAddress!, to: p + 1, count: n) }
                    p[n &+ 1] = UInt8(ascii: "\"")
                    p += n &+ 2
                } else {
                    out.advance(to: p)
                    out.appendEscapedQuoted(text)
                    out.reserve(128)
                    p = out.cursor
                }
                let reason = line.pointee.reason
                let tail = (pretty ? reason.prettyTail : reason.compactTail).utf8Start
                for offset in stride(from: 0, to: 64, by: 16) {
                    UnsafeMutableRawPointer(p).storeBytes(of: UnsafeRawPointer(tail).loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self),
                                                          toByteOffset: offset, as: SIMD16<UInt8>.self)
                }
                p += i == last ? reason.pieceLength(pretty: pretty) : reason.tailLength(pretty: pretty)
                out.advance(to: p)
            }
        }
    }
}
