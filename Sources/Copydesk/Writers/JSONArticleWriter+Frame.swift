/// The article object in the layouts with literal pieces (`hasPieces`): besides the items of
/// `JSONArticleWriter+Arrays`, `+Items`, `+Quotes` and `+Discarded`, each array's key and opening
/// bracket is one literal (a `key` and a `beginArray` call each in the generic calls).
extension JSONArticleWriter {
    /// The whole article object, keys in the order of `emit`'s generic calls (which the tests hold it to).
    static func emitPieces(_ a: Article, into out: inout JSONOutput) {
        let pretty = out.indent > 0
        out.beginObject()
        emitHeadPieces(a, into: &out)
        openArray(pretty ? ",\n  \"standfirst\": [" : ",\"standfirst\":[", into: &out)
        for i in a.standfirst.indices { out.string(a.standfirst[i]) }
        out.endArray()
        openArray(pretty ? ",\n  \"byline\": [" : ",\"byline\":[", into: &out)
        emitBylinePieces(a.byline, into: &out)
        out.endArray()
        emitDatePieces(a, into: &out)
        openArray(pretty ? ",\n  \"body\": [" : ",\"body\":[", into: &out)
        emitBodyPieces(a.body, into: &out)
        out.endArray()
        openArray(pretty ? ",\n  \"media\": [" : ",\"media\":[", into: &out)
        emitMediaPieces(a.media, into: &out)
        out.endArray()
        openArray(pretty ? ",\n  \"related\": [" : ",\"related\":[", into: &out)
        emitRelatedPieces(a.related, into: &out)
        out.endArray()
        emitPrintEdition(a.printEdition, into: &out)
        openArray(pretty ? ",\n  \"quotes\": [" : ",\"quotes\":[", into: &out)
        emitQuotePieces(a.quotes, into: &out)
        out.endArray()
        openArray(pretty ? ",\n  \"discarded\": [" : ",\"discarded\":[", into: &out)
        emitDiscardedPieces(a.discarded, into: &out)
        out.endArray()
        out.endObject()
    }

    /// `, "key": [` as one literal after an item of the article object, then one level deeper (what
    /// `key` and `beginArray` write there).
    @inline(__always) private static func openArray(_ piece: StaticString, into out: inout JSONOutput) {
        out.appendLiteral(piece)
        out.open()
    }
}
