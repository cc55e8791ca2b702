extension NinjsWriter {
    /// Authors (`rel: "author"`) and quoted speakers (`rel: "quoted"`), each name once per rel.
    func emitParties(_ a: Article, into out: inout JSONOutput) {
        var people: [(String, String)] = a.byline.map { ($0.name, "author") }
        var organisations: [(String, String)] = []
        // each quoted name once per list, found in sets: thousands of speakers stay linear
        var quotedPeople = Set<String>(), quotedOrganisations = Set<String>()
        for speaker in a.quotes.compactMap(\.speaker) {
            if speaker.kind == .organization {
                if quotedOrganisations.insert(speaker.name).inserted { organisations.append((speaker.name, "quoted")) }
            } else if quotedPeople.insert(speaker.name).inserted {
                people.append((speaker.name, "quoted"))
            }
        }
        for (key, list) in [("people" as StaticString, people), ("organisations", organisations)] where !list.isEmpty {
            out.key(key); out.beginArray()
            for (name, rel) in list { out.beginObject(); out.field("name", name); out.field("rel", rel); out.endObject() }
            out.endArray()
        }
    }

    /// Pictures and videos, then related stories, as associated news objects with derived URNs.
    func emitAssociations(_ a: Article, uri: String, into out: inout JSONOutput) {
        guard !a.media.isEmpty || !a.related.isEmpty else { return }
        out.key("associations"); out.beginArray()
        for (index, item) in a.media.enumerated() {
            let picture = item.kind == .image
            out.beginObject()
            out.field("name", "\(picture ? "picture" : "video")-\(index + 1)")
            out.field("rel", picture ? "illustration" : "video")
            out.field("uri", "\(uri):media:\(index + 1)")
            out.field("type", picture ? "picture" : "video")
            if let credit = item.credit { out.field("by", credit) }
            let texts = [("caption", item.caption), ("duration", item.duration)].filter { $0.1 != nil }
            if !texts.isEmpty {
                out.key("descriptions"); out.beginArray()
                for (role, value) in texts { out.beginObject(); out.field("role", role); out.field("value", value); out.endObject() }
                out.endArray()
            }
            out.endObject()
        }
        for (index, link) in a.related.enumerated() {
            out.beginObject()
            out.field("name", "related-\(index + 1)")
            out.field("rel", "seeAlso")
            out.field("uri", "\(uri):related:\(index + 1)")
            out.field("type", "text")
            out.key("headlines"); out.beginArray()
            out.beginObject(); out.field("role", "main"); out.field("value", link.title); out.endObject()
            out.endArray()
            out.endObject()
        }
        out.endArray()
    }
}
