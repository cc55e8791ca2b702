/// The `byline`, `media` and `related` items of `JSONArticleWriter`'s literal pieces (see
/// `JSONArticleWriter+Arrays`): each item's keys, separators and kind are literals, its fields
/// read in place.
extension JSONArticleWriter {
    /// `media` items: `{"kind": …, "caption": …, "credit": …, "duration": …, "after": …}`.
    static func emitMediaPieces(_ media: [MediaItem], into out: inout JSONOutput) {
        guard !media.isEmpty else { return }
        if out.indent > 0 { emitMediaItems(media, pretty: true, into: &out) } else { emitMediaItems(media, pretty: false, into: &out) }
        out.markItems()
    }

    /// The items of one layout: inlined with `pretty` constant, so each literal is one.
    @inline(__always) private static func emitMediaItems(_ media: [MediaItem], pretty: Bool, into out: inout JSONOutput) {
        media.withUnsafeBufferPointer { media in
            for i in media.indices {
                openItem(i, first: pretty ? "\n    {\n      \"kind\": \"" : "{\"kind\":\"",
                         next: pretty ? "\n    },\n    {\n      \"kind\": \"" : "},{\"kind\":\"", into: &out)
                out.appendLiteral(media[i].kind == .image ? "image" : "video")
                out.appendLiteral(pretty ? "\",\n      \"caption\": " : "\",\"caption\":")
                out.appendString(orNull: media[i].caption)
                out.appendLiteral(pretty ? ",\n      \"credit\": " : ",\"credit\":")
                out.appendString(orNull: media[i].credit)
                out.appendLiteral(pretty ? ",\n      \"duration\": " : ",\"duration\":")
                out.appendString(orNull: media[i].duration)
                out.appendLiteral(pretty ? ",\n      \"after\": " : ",\"after\":")
                out.appendDecimal(orNull: media[i].after)
            }
        }
        out.appendLiteral(pretty ? "\n    }" : "}")
    }

    /// `byline` items: `{"name": …, "role": …}`.
    static func emitBylinePieces(_ entries: [BylineEntry], into out: inout JSONOutput) {
        guard !entries.isEmpty else { return }
        let pretty = out.indent > 0
        entries.withUnsafeBufferPointer { entries in
            for i in entries.indices {
                openItem(i, first: pretty ? "\n    {\n      \"name\": " : "{\"name\":",
                         next: pretty ? "\n    },\n    {\n      \"name\": " : "},{\"name\":", into: &out)
                out.appendString(entries[i].name)
                out.appendLiteral(pretty ? ",\n      \"role\": " : ",\"role\":")
                out.appendString(orNull: entries[i].role)
            }
        }
        out.appendLiteral(pretty ? "\n    }" : "}")
        out.markItems()
    }

    /// `related` items: `{"title": …, "after": …}`.
    static func emitRelatedPieces(_ links: [RelatedLink], into out: inout JSONOutput) {
        guard !links.isEmpty else { return }
        let pretty = out.indent > 0
        links.withUnsafeBufferPointer { links in
            for i in links.indices {
                openItem(i, first: pretty ? "\n    {\n      \"title\": " : "{\"title\":",
                         next: pretty ? "\n    },\n    {\n      \"title\": " : "},{\"title\":", into: &out)
                out.appendString(links[i].title)
                out.appendLiteral(pretty ? ",\n      \"after\": " : ",\"after\":")
                out.appendDecimal(orNull: links[i].after)
            }
        }
        out.appendLiteral(pretty ? "\n    }" : "}")
        out.markItems()
    }
}
