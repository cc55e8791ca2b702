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
        StoredText.elements(media) { media in  // strings read in place (`StoredText`)
            for i in media.indices {
                openItem(i, first: pretty ? "\n    {\n      \"kind\": \"" : "{\"kind\":\"",
                         next: pretty ? "\n    },\n    {\n      \"kind\": \"" : "},{\"kind\":\"", into: &out)
                out.appendLiteral(media[i].kind == .image ? "image" : "video")
                out.appendLiteral(pretty ? "\",\n      \"caption\": " : "\",\"caption\":")
                out.appendQuoted(orNull: &media[i].caption)
                out.appendLiteral(pretty ? ",\n      \"credit\": " : ",\"credit\":")
                out.appendQuoted(orNull: &media[i].credit)
                out.appendLiteral(pretty ? ",\n      \"duration\": " : ",\"duration\":")
                out.appendQuoted(orNull: &media[i].duration)
                out.appendLiteral(pretty ? ",\n      \"after\": " : ",\"after\":")
                out.appendDecimal(orNull: media[i].after)
            }
        }
        out.appendLiteral(pretty ? "\n    }" : "}")
    }

    /// `byline` items: `{"name": …, "role": …}`.
    static func emitBylinePieces(_ entries: [BylineEntry], into out: inout JSONOutput) {
        let pretty = out.indent > 0
        emitObjectItems(entries, first: pretty ? "\n    {\n      \"name\": " : "{\"name\":",
                        next: pretty ? "\n    },\n    {\n      \"name\": " : "},{\"name\":", into: &out) { entry, out in
            StoredText.bytes(&entry.pointee.name) { out.appendQuoted($0) }
            out.appendLiteral(pretty ? ",\n      \"role\": " : ",\"role\":")
            out.appendQuoted(orNull: &entry.pointee.role)
        }
    }

    /// `related` items: `{"title": …, "after": …}`.
    static func emitRelatedPieces(_ links: [RelatedLink], into out: inout JSONOutput) {
        let pretty = out.indent > 0
        emitObjectItems(links, first: pretty ? "\n    {\n      \"title\": " : "{\"title\":",
                        next: pretty ? "\n    },\n    {\n      \"title\": " : "},{\"title\":", into: &out) { link, out in
            StoredText.bytes(&link.pointee.title) { out.appendQuoted($0) }
            out.appendLiteral(pretty ? ",\n      \"after\": " : ",\"after\":")
            out.appendDecimal(orNull: link.pointee.after)
        }
    }

    /// An array of objects: each opened by `first` or `next` (a separator and the first key), its
    /// fields written by `fields` in place (`StoredText`), the last one closed; the array is then marked
    /// as holding items.
    @inline(__always) private static func emitObjectItems<Item>(
        _ items: [Item], first: StaticString, next: StaticString, into out: inout JSONOutput,
        _ fields: (UnsafeMutablePointer<Item>, inout JSONOutput) -> Void
    ) {
        guard !items.isEmpty else { return }
        StoredText.elements(items) { items in
            for i in items.indices {
                openItem(i, first: first, next: next, into: &out)
                fields(items.baseAddress! + i, &out)
            }
        }
        out.appendLiteral(out.indent > 0 ? "\n    }" : "}")
        out.markItems()
    }
}
