extension NewsMLWriter {
    /// `contentMeta`: administrative properties, then the descriptive ones, then Copydesk's own
    /// block (`cd:copydesk`, allowed there by the schema's `xs:any namespace="##other"`).
    func writeContentMeta(_ article: Article, facts: NewsItemFacts, placement: QuotePlacement,
                          into w: inout XMLStreamWriter) throws {
        try w.open("contentMeta")
        if let published = facts.published { try w.leaf("contentCreated", published) }
        if let updated = facts.updated { try w.leaf("contentModified", updated) }
        if let dateline = article.dateline {
            try w.open("located")
            try w.leaf("name", dateline, normalized: true)
            try w.close()
        }
        for entry in article.byline {
            try w.open("creator")
            try w.leaf("name", entry.name, normalized: true)
            if let role = entry.role { try w.leaf("note", role) }
            try w.close()
        }
        if let language = facts.language { try w.leaf("language", nil, attributes: ["tag": language]) }
        if let section = article.section {
            try w.open("subject")
            try w.attribute("literal", section, normalized: true)
            try w.leaf("name", section, normalized: true)
            try w.close()
        }
        if let headline = article.headline { try w.leaf("headline", headline) }
        if let dateline = article.dateline { try w.leaf("dateline", dateline) }
        if !article.byline.isEmpty { try w.leaf("by", Self.byline(article.byline)) }
        var credits: [String] = []
        for credit in article.media.compactMap(\.credit) where !credits.contains(credit) { credits.append(credit) }
        for credit in credits { try w.leaf("creditline", credit, normalized: true) }
        for line in article.standfirst { try w.leaf("description", line, attributes: ["role": "drol:summary"]) }
        try writeExtension(article, placement: placement, into: &w)
        try w.close()
    }

    /// "By A, B and C" from the byline names (roles go to each `creator/note`).
    static func byline(_ entries: [BylineEntry]) -> String {
        let names = entries.map(\.name)
        guard let last = names.last, names.count > 1 else { return "By " + (names.first ?? "") }
        return "By " + names.dropLast().joined(separator: ", ") + " and " + last
    }

    /// Copydesk fields with no NewsML-G2 property: source, printed dates, print edition, quotes.
    private func writeExtension(_ article: Article, placement: QuotePlacement, into w: inout XMLStreamWriter) throws {
        try w.open("copydesk", namespace: Self.extensionNamespace, prefix: "cd")
        try w.open("cd:source")
        try w.attribute("id", article.id)
        try w.attribute("path", article.source.path)
        try w.attribute("sha256", article.source.sha256)
        try w.attribute("bytes", String(article.source.bytes))
        try w.attribute("encoding", article.source.encoding)
        try w.close()
        for (name, stamp) in [("cd:published", article.published), ("cd:updated", article.updated)] {
            guard let stamp else { continue }
            try w.leaf(name, stamp.text, attributes: ["iso": stamp.iso])
        }
        if let note = article.printEdition {
            try w.leaf("cd:printEdition", note.headline, attributes: ["publication": note.publication])
        }
        if !article.quotes.isEmpty {
            try w.open("cd:quotes")
            for (index, quote) in article.quotes.enumerated() {
                try w.open("cd:quote")
                try w.attribute("ref", "q\(index + 1)")
                try w.attribute("marked", placement.marked[index] ? "true" : "false")
                try w.attribute("paragraph", String(quote.paragraph))
                try w.attribute("start", String(quote.start))
                try w.attribute("end", String(quote.end))
                try w.attribute("kind", quote.kind.rawValue)
                try w.attribute("continued", quote.continued ? "true" : "false")
                try w.attribute("cue", quote.cue)
                if let speaker = quote.speaker {
                    try w.attribute("speaker", speaker.name)
                    try w.attribute("speakerRole", speaker.role)
                    try w.attribute("speakerKind", speaker.kind.rawValue)
                }
                try w.text(quote.text)
                try w.close()
            }
            try w.close()
        }
        try w.close()
    }
}
