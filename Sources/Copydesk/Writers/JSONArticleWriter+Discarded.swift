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
                // 128: the number (≤ 20), the key (≤ 16), the quotes and the 64-byte tail.
                out.reserve(text.count &+ 128)
                out.appendReservedDecimal(line.pointee.line)
                out.appendReservedLiteral(textKey)
                if !out.appendReservedPlainQuoted(text) {
                    out.appendEscapedQuoted(text)
                    out.reserve(128)
                }
                let reason = line.pointee.reason
                out.appendReservedTail(pretty ? reason.prettyTail : reason.compactTail,
                                       advancing: i == last ? reason.pieceLength(pretty: pretty) : reason.tailLength(pretty: pretty))
            }
        }
    }
}

extension JSONOutput {
    /// Copies all 64 bytes of `tail` (room reserved by the caller) and keeps the first `count` of them.
    @inline(__always) mutating func appendReservedTail(_ tail: StaticString, advancing count: Int) {
        assert(tail.utf8CodeUnitCount == 64 && count <= 64)
        appendReserved64(tail.utf8Start, keeping: count)
    }

    /// Copies the 64 bytes at `source` (room reserved by the caller) in four vector stores and keeps
    /// the first `count` of them.
    @inline(__always) mutating func appendReserved64(_ source: UnsafePointer<UInt8>, keeping count: Int) {
        let from = UnsafeRawPointer(source), target = UnsafeMutableRawPointer(storage + self.count)
        for offset in stride(from: 0, to: 64, by: 16) {
            target.storeBytes(of: from.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self), toByteOffset: offset,
                              as: SIMD16<UInt8>.self)
        }
        self.count &+= count
    }

    /// `appendReserved64` for 80 bytes (five vector stores).
    @inline(__always) mutating func appendReserved80(_ source: UnsafePointer<UInt8>, keeping count: Int) {
        let from = UnsafeRawPointer(source), target = UnsafeMutableRawPointer(storage + self.count)
        for offset in stride(from: 0, to: 80, by: 16) {
            target.storeBytes(of: from.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self), toByteOffset: offset,
                              as: SIMD16<UInt8>.self)
        }
        self.count &+= count
    }
}
