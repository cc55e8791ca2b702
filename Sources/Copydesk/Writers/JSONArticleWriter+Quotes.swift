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
            if !quotes.isEmpty { out.appendLiteral(pretty ? "\n    {\n      \"text\": " : "{\"text\":") }
            for i in quotes.indices {
                let quote = quotes.baseAddress! + i  // strings read in place (`StoredText`), never copied
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
                // The fixed tail in room reserved once: literals (≤ 21 bytes each), three numbers (≤ 20),
                // then the kind, `continued`, the close and the next item's opening as one 80-byte copy.
                out.reserve(256)
                out.appendReservedLiteral(pretty ? ",\n      \"paragraph\": " : ",\"paragraph\":")
                out.appendReservedDecimal(quote.pointee.paragraph)
                out.appendReservedLiteral(pretty ? ",\n      \"start\": " : ",\"start\":")
                out.appendReservedDecimal(quote.pointee.start)
                out.appendReservedLiteral(pretty ? ",\n      \"end\": " : ",\"end\":")
                out.appendReservedDecimal(quote.pointee.end)
                let kind = quote.pointee.kind, continued = quote.pointee.continued
                out.appendReserved((pretty ? prettyTail(kind, continued: continued) : compactTail(kind, continued: continued)).utf8Start,
                                   blocks: 5, keeping: tailLength(kind, continued: continued, pretty: pretty, last: i == quotes.count - 1))
            }
        }
        if !quotes.isEmpty { out.appendLiteral(pretty ? "\n    }" : "}"); out.markItems() }
    }

    /// A quote item's end in the pretty layout: `"kind"` and `"continued"` with their values, the
    /// item's close and the next item's opening up to its `"text": ` key, padded with spaces to 80 bytes.
    static func prettyTail(_ kind: Quote.Kind, continued: Bool) -> StaticString {
        switch (kind, continued) {
        case (.direct, false): ",\n      \"kind\": \"direct\",\n      \"continued\": false\n    },\n    {\n      \"text\":   "
        case (.direct, true): ",\n      \"kind\": \"direct\",\n      \"continued\": true\n    },\n    {\n      \"text\":    "
        case (.partial, false): ",\n      \"kind\": \"partial\",\n      \"continued\": false\n    },\n    {\n      \"text\":  "
        case (.partial, true): ",\n      \"kind\": \"partial\",\n      \"continued\": true\n    },\n    {\n      \"text\":   "
        }
    }

    /// `prettyTail` in the compact layout, padded to 80 bytes.
    static func compactTail(_ kind: Quote.Kind, continued: Bool) -> StaticString {
        switch (kind, continued) {
        case (.direct, false): ",\"kind\":\"direct\",\"continued\":false},{\"text\":                                    "
        case (.direct, true): ",\"kind\":\"direct\",\"continued\":true},{\"text\":                                     "
        case (.partial, false): ",\"kind\":\"partial\",\"continued\":false},{\"text\":                                   "
        case (.partial, true): ",\"kind\":\"partial\",\"continued\":true},{\"text\":                                    "
        }
    }

    /// The bytes of `prettyTail` (`compactTail`) before its padding; for the `last` item, only up to
    /// the value of `"continued"`.
    @inline(__always) static func tailLength(_ kind: Quote.Kind, continued: Bool, pretty: Bool, last: Bool) -> Int {
        (pretty ? 39 : 23) &+ (kind == .direct ? 6 : 7) &+ (continued ? 4 : 5)
            &+ (last ? 0 : pretty ? 28 : 10)
    }
}

extension JSONOutput {
    /// The optional string stored at `value` as a quoted, escaped JSON string, read in place
    /// (`StoredText`), or `null`.
    @inline(__always) mutating func appendQuoted(orNull value: inout String?) {
        if StoredText.bytes(&value, { appendQuoted($0) }) == nil { appendLiteral("null") }
    }
}
