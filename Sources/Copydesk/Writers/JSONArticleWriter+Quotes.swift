/// The `quotes` items of `JSONArticleWriter`'s literal pieces (see `JSONArticleWriter+Arrays`): the
/// speaker as a nested object or `null`, fields read in place.
extension JSONArticleWriter {
    /// `quotes` items, the speaker as a nested object or `null`.
    static func emitQuotePieces(_ quotes: [Quote], into out: inout JSONOutput) {
        if out.indent > 0 { emitQuoteItems(quotes, pretty: true, into: &out) } else { emitQuoteItems(quotes, pretty: false, into: &out) }
    }

    /// The items of one layout: inlined with `pretty` constant, so each literal is one.
    @inline(__always) private static func emitQuoteItems(_ quotes: [Quote], pretty: Bool, into out: inout JSONOutput) {
        quotes.withUnsafeBufferPointer { quotes in
            for i in quotes.indices {
                openItem(i, first: pretty ? "\n    {\n      \"text\": " : "{\"text\":",
                         next: pretty ? "\n    },\n    {\n      \"text\": " : "},{\"text\":", into: &out)
                // Room for the text reserved first: its copy makes no call (nor a retain of it).
                out.reserve(quotes[i].text.utf8.count &+ 2)
                if quotes[i].text.utf8.withContiguousStorageIfAvailable({ out.appendReservedPlainQuoted($0) }) != true {
                    out.appendEscapedString(quotes[i].text)
                }
                if let speaker = quotes[i].speaker {  // one copy of the speaker, not one per field
                    out.appendLiteral(pretty ? ",\n      \"speaker\": {\n        \"name\": " : ",\"speaker\":{\"name\":")
                    out.appendString(speaker.name)
                    out.appendLiteral(pretty ? ",\n        \"role\": " : ",\"role\":")
                    out.appendString(orNull: speaker.role)
                    out.appendLiteral(pretty ? ",\n        \"kind\": \"" : ",\"kind\":\"")
                    out.appendLiteral(speaker.kind == .person ? "person" : "organization")
                    out.appendLiteral(pretty ? "\"\n      },\n      \"cue\": " : "\"},\"cue\":")
                } else {
                    out.appendLiteral(pretty ? ",\n      \"speaker\": null,\n      \"cue\": " : ",\"speaker\":null,\"cue\":")
                }
                out.appendString(orNull: quotes[i].cue)
                // The fixed tail in room reserved once: literals (≤ 26 bytes each), three numbers (≤ 20).
                out.reserve(192)
                out.appendReservedLiteral(pretty ? ",\n      \"paragraph\": " : ",\"paragraph\":")
                out.appendReservedDecimal(quotes[i].paragraph)
                out.appendReservedLiteral(pretty ? ",\n      \"start\": " : ",\"start\":")
                out.appendReservedDecimal(quotes[i].start)
                out.appendReservedLiteral(pretty ? ",\n      \"end\": " : ",\"end\":")
                out.appendReservedDecimal(quotes[i].end)
                out.appendReservedLiteral(pretty ? ",\n      \"kind\": \"" : ",\"kind\":\"")
                out.appendReservedLiteral(quotes[i].kind == .direct ? "direct" : "partial")
                out.appendReservedLiteral(pretty ? "\",\n      \"continued\": " : "\",\"continued\":")
                out.appendReservedLiteral(quotes[i].continued ? "true" : "false")
            }
        }
        if !quotes.isEmpty { out.appendLiteral(pretty ? "\n    }" : "}"); out.markItems() }
    }
}
