/// Body blocks holding placed quotes: each as one line written in one step
/// (`XMLStreamWriter.beginLine`) — `<p>`, the text with every quote wrapped in `<q …>`, `</p>` —
/// or, for the oracle, through the writer's calls (the plain rule the tests hold the line to).
extension XHTMLBody {
    /// Block `name` holding the UTF-8 `bytes` of its text, with the spans `spans[range]` (sorted,
    /// not overlapping, with their UTF-8 byte offsets) wrapped in `<q>`.
    static func writeQuotedBlock(_ name: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, spans: [QuotePlacement.Span],
                                 _ range: Range<Int>, quotes: [Quote], into w: inout XMLStreamWriter) throws {
        guard try w.beginLine(room: 2 * name.utf8CodeUnitCount + 8) else {
            try w.begin(name)
            try writeInline(bytes, spans: spans, range, quotes: quotes, into: &w)
            return try w.close()
        }
        w.run.appendReserved("<")
        w.run.appendReserved(name)
        w.run.appendReserved(">")
        StoredText.elements(quotes) { quotes in
            spans.withUnsafeBufferPointer { spans in
                var segment = 0
                for k in range {
                    let span = spans[k]
                    w.appendContent(UnsafeBufferPointer(rebasing: bytes[segment..<span.byteStart]))
                    writeQuoteTag(quotes.baseAddress! + span.quote, ref: span.quote + 1, into: &w)
                    w.appendContent(UnsafeBufferPointer(rebasing: bytes[span.byteStart..<span.byteEnd]))
                    w.run.reserve(8)
                    w.run.appendReserved("</q>")
                    segment = span.byteEnd
                }
                w.appendContent(UnsafeBufferPointer(rebasing: bytes[segment...]))
            }
        }
        w.run.appendEndTag(name)
    }

    /// `<q id=… class=… …>` for `quote` (the words and `</q>` follow; placed words are never empty);
    /// its strings read in place (`StoredText`).
    private static func writeQuoteTag(_ quote: UnsafeMutablePointer<Quote>, ref: Int, into w: inout XMLStreamWriter) {
        w.run.reserve(96)
        w.run.appendReserved("<q id=\"q")
        w.run.appendReserved(decimal: ref)
        switch (quote.pointee.kind, quote.pointee.continued) {
        case (.direct, false): w.run.appendReserved("\" class=\"quote direct")
        case (.direct, true): w.run.appendReserved("\" class=\"quote direct continued")
        case (.partial, false): w.run.appendReserved("\" class=\"quote partial")
        case (.partial, true): w.run.appendReserved("\" class=\"quote partial continued")
        }
        // The values its `cd:quote` line wrote (when noted): copied, not escaped again.
        let noted = w.quoteValues.values(ref - 1)
        if StoredText.isPresent(&quote.pointee.speaker) {
            w.run.appendReserved("\" title=\"")
            let title = w.run.count
            if let noted { w.appendCopy(noted.name) } else {
                StoredText.bytes(&quote.pointee.speaker!.name) { w.appendAttributeValue(bytes: $0) }
            }
            w.appendSpeakerAttributes(&quote.pointee.speaker!, nameWritten: title..<w.run.count, roleWritten: noted?.role,
                                      name: "\" data-speaker=\"", role: "\" data-speaker-role=\"",
                                      person: "\" data-speaker-kind=\"person", organization: "\" data-speaker-kind=\"organization")
        }
        if StoredText.isPresent(&quote.pointee.cue) {
            w.run.reserve(64)
            w.run.appendReserved("\" data-cue=\"")
            if let noted { w.appendCopy(noted.cue) } else { StoredText.bytes(&quote.pointee.cue) { w.appendAttributeValue(bytes: $0) } }
        }
        w.run.reserve(8)
        w.run.appendReserved("\">")
    }
}
