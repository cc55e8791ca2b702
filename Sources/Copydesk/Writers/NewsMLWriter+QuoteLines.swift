/// `cd:quote` elements: each as one line written in one step (`XMLStreamWriter.beginLine`), or,
/// for the oracle, through the writer's calls (the plain rule the tests hold the line to).
extension NewsMLWriter {
    /// Writes `cd:quote` for every quote (fields and strings read in place, `StoredText`: copying a
    /// quote or passing its strings on would retain and release each of them).
    static func writeQuotes(_ quotes: [Quote], placement: QuotePlacement, into w: inout XMLStreamWriter) throws {
        try StoredText.elements(quotes) { quotes in
            for index in quotes.indices {
                let quote = quotes.baseAddress! + index
                if try w.beginLine(room: 192) {
                    writeQuoteLine(quote, ref: index + 1, marked: placement.isMarked(index), into: &w)
                } else {
                    try writeQuoteByCalls(quote, ref: index + 1, marked: placement.isMarked(index), into: &w)
                }
            }
        }
    }

    /// The line `<cd:quote ref=… …>text</cd:quote>` (`/>` for empty text); `beginLine` reserved
    /// room for everything up to the first string value.
    private static func writeQuoteLine(_ quote: UnsafeMutablePointer<Quote>, ref: Int, marked: Bool, into w: inout XMLStreamWriter) {
        w.run.appendReserved("<cd:quote ref=\"q")
        w.run.appendReserved(decimal: ref)
        w.run.appendReserved(marked ? "\" marked=\"true\" paragraph=\"" : "\" marked=\"false\" paragraph=\"")
        w.run.appendReserved(decimal: quote.pointee.paragraph)
        w.run.appendReserved("\" start=\"")
        w.run.appendReserved(decimal: quote.pointee.start)
        w.run.appendReserved("\" end=\"")
        w.run.appendReserved(decimal: quote.pointee.end)
        switch (quote.pointee.kind, quote.pointee.continued) {
        case (.direct, false): w.run.appendReserved("\" kind=\"direct\" continued=\"false")
        case (.direct, true): w.run.appendReserved("\" kind=\"direct\" continued=\"true")
        case (.partial, false): w.run.appendReserved("\" kind=\"partial\" continued=\"false")
        case (.partial, true): w.run.appendReserved("\" kind=\"partial\" continued=\"true")
        }
        var cue = 0..<0, speaker = (name: 0..<0, role: 0..<0)
        if StoredText.isPresent(&quote.pointee.cue) {
            w.run.appendReserved("\" cue=\"")
            let start = w.run.count
            StoredText.bytes(&quote.pointee.cue) { w.appendAttributeValue(bytes: $0) }
            cue = start..<w.run.count
        }
        if StoredText.isPresent(&quote.pointee.speaker) {
            speaker = w.appendSpeakerAttributes(&quote.pointee.speaker!, name: "\" speaker=\"", role: "\" speakerRole=\"",
                                                person: "\" speakerKind=\"person", organization: "\" speakerKind=\"organization")
        }
        // The values stay in the document (the run is it): the body's `<q>` copies them.
        if w.direct { w.quoteValues.note(ref - 1, cue: cue, name: speaker.name, role: speaker.role) }
        w.run.reserve(16)
        let empty = StoredText.bytes(&quote.pointee.text) { text -> Bool in
            guard !text.isEmpty else { return true }
            w.run.appendReserved("\">")
            w.appendContent(text)
            return false
        }
        w.run.reserve(16)
        if empty { w.run.appendReserved("\"/>") } else { w.run.appendReserved("</cd:quote>") }
    }

    /// `cd:quote` through `begin`, `attribute`, `text` and `close`.
    private static func writeQuoteByCalls(_ quote: UnsafeMutablePointer<Quote>, ref: Int, marked: Bool, into w: inout XMLStreamWriter) throws {
        try w.begin("cd:quote")
        try w.attribute("ref", prefix: "q", ref)
        try w.attribute("marked", literal: marked ? "true" : "false")
        try w.attribute("paragraph", quote.pointee.paragraph)
        try w.attribute("start", quote.pointee.start)
        try w.attribute("end", quote.pointee.end)
        try w.attribute("kind", literal: quote.pointee.kind == .direct ? "direct" : "partial")
        try w.attribute("continued", literal: quote.pointee.continued ? "true" : "false")
        try w.attribute("cue", quote.pointee.cue)
        if let speaker = quote.pointee.speaker {  // one copy of the speaker, not one per field
            try w.attribute("speaker", speaker.name)
            try w.attribute("speakerRole", speaker.role)
            try w.attribute("speakerKind", literal: speaker.kind == .person ? "person" : "organization")
        }
        try w.text(quote.pointee.text)
        try w.close()
    }
}
