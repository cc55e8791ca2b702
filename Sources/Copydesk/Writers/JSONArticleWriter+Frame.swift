/// The article object in the layouts with literal pieces (`hasPieces`): besides the items of
/// `JSONArticleWriter+Arrays`, `+Items`, `+Quotes` and `+Discarded`, each array's key and opening
/// bracket is one literal (a `key` and a `beginArray` call each in the generic calls).
extension JSONArticleWriter {
    /// The whole article object, keys in the order of `emit`'s generic calls (which the tests hold it to).
    static func emitPieces(_ a: Article, into out: inout JSONOutput) {
        let pretty = out.indent > 0
        out.beginObject()
        emitHeadPieces(a, into: &out)
        array(pretty ? ",\n  \"standfirst\": [" : ",\"standfirst\":[", into: &out) { out in
            StoredText.elements(a.standfirst) { lines in  // read in place (`StoredText`)
                for i in lines.indices { StoredText.bytes(&lines[i]) { out.string(bytes: $0) } }
            }
        }
        array(pretty ? ",\n  \"byline\": [" : ",\"byline\":[", into: &out) { emitBylinePieces(a.byline, into: &$0) }
        emitDatePieces(a, into: &out)
        array(pretty ? ",\n  \"body\": [" : ",\"body\":[", into: &out) { emitBodyPieces(a.body, into: &$0) }
        array(pretty ? ",\n  \"media\": [" : ",\"media\":[", into: &out) { emitMediaPieces(a.media, into: &$0) }
        array(pretty ? ",\n  \"related\": [" : ",\"related\":[", into: &out) { emitRelatedPieces(a.related, into: &$0) }
        emitPrintEdition(a.printEdition, into: &out)
        array(pretty ? ",\n  \"quotes\": [" : ",\"quotes\":[", into: &out) { emitQuotePieces(a.quotes, into: &$0) }
        array(pretty ? ",\n  \"discarded\": [" : ",\"discarded\":[", into: &out) { emitDiscardedPieces(a.discardedLines, into: &$0) }
        out.endObject()
    }

    /// One array of the article object: `, "key": [` as one literal after the previous item, one level
    /// deeper (what `key` and `beginArray` write there), then the items `items` writes, then the close.
    @inline(__always) private static func array(_ opening: StaticString, into out: inout JSONOutput,
                                                items: (inout JSONOutput) -> Void) {
        out.appendLiteral(opening)
        out.open()
        items(&out)
        out.endArray()
    }
}
