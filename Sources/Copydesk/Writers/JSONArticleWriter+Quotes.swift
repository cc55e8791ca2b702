/// The `quotes` items of `JSONArticleWriter`'s literal pieces (see `JSONArticleWriter+Arrays`): the
/// speaker as a nested object or `null`, fields read in place.
extension JSONArticleWriter {
    /// `quotes` items, the speaker as a nested object or `null`.
    static func emitQuotePieces(_ quotes: [Quote], into out: inout JSONOutput) {
        if out.indent > 0 { emitQuoteItems(quotes, pretty: true, into: &out) } else { emitQuoteItems(quotes, pretty: false, into: &out) }
    }

    /// The items of one layout: inlined with `pretty` constant, so each literal is one.
    @inline(__always) private static func emitQuoteItems(_ quotes: [Quote], pretty: Bool, into out: inout JSONOutput) {
        StoredText.elements(quotes) { quotes in
            for i in quotes.indices {
                let quote = quotes.baseAddress! + i  // strings read in place (`StoredText`), never copied
                openItem(i, first: pretty ? "\n    {\n      \"text\": " : "{\"text\":",
                         next: pretty ? "\n    },\n    {\n      \"text\": " : "},{\"text\":", into: &out)
                StoredText.bytes(&quote.pointee.text) { out.appendQuoted($0) }
                if StoredText.isPresent(&quote.pointee.speaker) {
                    out.appendLiteral(pretty ? ",\n      \"speaker\": {\n        \"name\": " : ",\"speaker\":{\"name\":")
                    StoredText.bytes(&quote.pointee.speaker!.name) { out.appendQuoted($0) }
                    out.appendLiteral(pretty ? ",\n        \"role\": " : ",\"role\":")
                    out.appendQuoted(orNull: &quote.pointee.speaker!.role)
                    out.appendLiteral(pretty ? ",\n        \"kind\": \"" : ",\"kind\":\"")
                    out.appendLiteral(quote.pointee.speaker!.kind == .person ? "person" : "organization")
                    out.appendLiteral(pretty ? "\"\n      },\n      \"cue\": " : "\"},\"cue\":")
                } else {
                    out.appendLiteral(pretty ? ",\n      \"speaker\": null,\n      \"cue\": " : ",\"speaker\":null,\"cue\":")
                }
                out.appendQuoted(orNull: &quote.pointee.cue)
                // The fixed tail in room reserved once: literals (≤ 26 bytes each), three numbers (≤ 20).
                out.reserve(192)
                out.appendReservedLiteral(pretty ? ",\n      \"paragraph\": " : ",\"paragraph\":")
                out.appendReservedDecimal(quote.pointee.paragraph)
                out.appendReservedLiteral(pretty ? ",\n      \"start\": " : ",\"start\":")
                out.appendReservedDecimal(quote.pointee.start)
                out.appendReservedLiteral(pretty ? ",\n      \"end\": " : ",\"end\":")
                out.appendReservedDecimal(quote.pointee.end)
                out.appendReservedLiteral(pretty ? ",\n      \"kind\": \"" : ",\"kind\":\"")
                out.appendReservedLiteral(quote.pointee.kind == .direct ? "direct" : "partial")
                out.appendReservedLiteral(pretty ? "\",\n      \"continued\": " : "\",\"continued\":")
                out.appendReservedLiteral(quote.pointee.continued ? "true" : "false")
            }
        }
        if !quotes.isEmpty { out.appendLiteral(pretty ? "\n    }" : "}"); out.markItems() }
    }
}

extension JSONOutput {
    /// The optional string stored at `value` as a quoted, escaped JSON string, read in place
    /// (`StoredText`), or `null`.
    @inline(__always) mutating func appendQuoted(orNull value: inout String?) {
        if StoredText.bytes(&value, { appendQuoted($0) }) == nil { appendLiteral("null") }
    }

    /// `"utf8"`, escaped, for text already found to need escaping (a failed `appendReservedPlainQuoted`).
    @inline(__always) mutating func appendEscapedQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        put(UInt8(ascii: "\""))
        appendEscaped(utf8)
        put(UInt8(ascii: "\""))
    }

    /// `string(_:)` on UTF-8 bytes (a value in an array or after a key).
    @inline(__always) mutating func string(bytes utf8: UnsafeBufferPointer<UInt8>) {
        beginValue()
        appendQuoted(utf8)
    }
}
