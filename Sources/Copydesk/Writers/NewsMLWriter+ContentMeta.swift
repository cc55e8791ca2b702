extension NewsMLWriter {
    /// `namespace` as a literal (the stream writer declares it without a string).
    static let namespaceLiteral: StaticString = "http://iptc.org/std/nar/2006-10-01/"
    /// `extensionNamespace` as a literal.
    static let extensionNamespaceLiteral: StaticString = "urn:copydesk:newsml:1"

    /// `contentMeta`: administrative properties, then the descriptive ones, then Copydesk's own
    /// block (`cd:copydesk`, allowed there by the schema's `xs:any namespace="##other"`).
    func writeContentMeta(_ article: Article, facts: NewsItemFacts, placement: QuotePlacement,
                          into w: inout XMLStreamWriter) throws {
        try w.open("contentMeta")
        if let published = facts.publishedText { try w.leaf("contentCreated", published) }
        if let updated = facts.updatedText { try w.leaf("contentModified", updated) }
        if let dateline = article.dateline {
            try w.open("located")
            try w.leaf("name", dateline, normalized: true)
            try w.close()
        }
        try StoredText.elements(article.byline) { byline in  // strings read in place (`StoredText`)
            for index in byline.indices {
                try w.open("creator")
                try StoredText.bytes(&byline[index].name) { try w.leaf("name", bytes: $0, normalized: true) }
                try StoredText.bytes(&byline[index].role) { try w.leaf("note", bytes: $0) }
                try w.close()
            }
        }
        if let language = facts.language {
            try XMLStreamWriter.withBytes(of: language) { tag in
                try w.attributeLine("<language tag=\"", tag, normalized: false) { w in
                    try w.begin("language")
                    try w.attribute("tag", bytes: tag)
                    try w.close()
                }
            }
        }
        if let section = article.section {
            try w.open("subject")
            try w.attribute("literal", section, normalized: true)
            try w.leaf("name", section, normalized: true)
            try w.close()
        }
        if let headline = article.headline { try w.leaf("headline", headline) }
        if let dateline = article.dateline { try w.leaf("dateline", dateline) }
        if !article.byline.isEmpty { try writeBy(article.byline, into: &w) }
        // Each distinct credit once, in media order (items and strings read in place, not copied).
        try StoredText.elements(article.media) { media in
            var seen: Set<String>? = media.count > Self.creditScanLimit ? Set(minimumCapacity: media.count) : nil
            for index in media.indices where StoredText.isPresent(&media[index].credit) {
                if Self.repeatsCredit(media, index, &seen) { continue }
                try StoredText.bytes(&media[index].credit) { try w.leaf("creditline", bytes: $0, normalized: true) }
            }
        }
        try StoredText.elements(article.standfirst) { lines in
            for index in lines.indices {
                try w.begin("description")
                try w.attribute("role", literal: "drol:summary")
                try StoredText.bytes(&lines[index]) { try w.text(bytes: $0) }
                try w.close()
            }
        }
        try writeExtension(article, placement: placement, into: &w)
        try w.close()
    }

    /// `<by>` holding `byline(entries)`, written piece by piece (escaping is per character, so the
    /// pieces give the bytes of the whole string).
    private func writeBy(_ entries: [BylineEntry], into w: inout XMLStreamWriter) throws {
        if try w.beginLine(room: 8) {  // the element as one line: the same pieces, escaped the same way
            w.run.appendReserved("<by>By ")
            StoredText.elements(entries) { entries in
                for index in entries.indices {
                    if index > 0 { w.run.append(index == entries.count - 1 ? " and " : ", ") }
                    StoredText.bytes(&entries[index].name) { w.appendContent($0) }
                }
            }
            return w.run.append("</by>")
        }
        try w.begin("by")
        try w.text("By ")
        try StoredText.elements(entries) { entries in
            for index in entries.indices {
                if index > 0 { try w.text(index == entries.count - 1 ? " and " : ", ") }
                try StoredText.bytes(&entries[index].name) { try w.text(bytes: $0) }
            }
        }
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
        try w.open("copydesk", namespace: Self.extensionNamespaceLiteral, prefix: "cd")
        if try w.beginLine(room: 48) {  // the element as one line
            w.run.appendReserved("<cd:source id=\"")
            w.appendAttributeValue(article.id)
            w.run.reserve(16)
            if let path = article.source.path {
                w.run.appendReserved("\" path=\"")
                w.appendAttributeValue(path)
                w.run.reserve(16)
            }
            w.run.appendReserved("\" sha256=\"")
            w.appendAttributeValue(article.source.sha256)
            w.run.reserve(48)
            w.run.appendReserved("\" bytes=\"")
            w.run.appendReserved(decimal: article.source.bytes)
            w.run.appendReserved("\" encoding=\"")
            w.appendAttributeValue(article.source.encoding)
            w.run.append("\"/>")
        } else {
            try w.begin("cd:source")
            try w.attribute("id", article.id)
            try w.attribute("path", article.source.path)
            try w.attribute("sha256", article.source.sha256)
            try w.attribute("bytes", article.source.bytes)
            try w.attribute("encoding", article.source.encoding)
            try w.close()
        }
        if let stamp = article.published { try writeStamp("cd:published", stamp, into: &w) }
        if let stamp = article.updated { try writeStamp("cd:updated", stamp, into: &w) }
        if let note = article.printEdition {
            try w.begin("cd:printEdition")
            try w.attribute("publication", note.publication)
            if let headline = note.headline { try w.text(headline) }
            try w.close()
        }
        if !article.quotes.isEmpty {
            try w.open("cd:quotes")
            try Self.writeQuotes(article.quotes, placement: placement, into: &w)
            try w.close()
        }
        try w.close()
    }

    private func writeStamp(_ name: StaticString, _ stamp: DateStamp, into w: inout XMLStreamWriter) throws {
        if try w.beginLine(room: 2 * name.utf8CodeUnitCount + 16) {  // the element as one line
            w.run.appendReserved("<")
            w.run.appendReserved(name)
            if let iso = stamp.iso {
                w.run.appendReserved(" iso=\"")
                w.appendAttributeValue(iso)
                w.run.append(UInt8(ascii: "\""))
            }
            guard !stamp.text.isEmpty else { return w.run.append("/>") }
            w.run.append(UInt8(ascii: ">"))
            XMLStreamWriter.withBytes(of: stamp.text) { w.appendContent($0) }
            return w.run.appendEndTag(name)
        }
        try w.begin(name)
        try w.attribute("iso", stamp.iso)
        try w.text(stamp.text)
        try w.close()
    }
}
