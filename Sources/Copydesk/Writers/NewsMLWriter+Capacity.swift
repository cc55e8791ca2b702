extension NewsMLWriter {
    /// Room for one item's output, so that a kept session's document (written into an array of this
    /// size, `XMLWriterSession`) rarely outgrows it and is copied once more, while little filler is
    /// added to make the array that long: the input, ~3 KB of metadata and markup, and every quote's
    /// words again (its `cd:quote` line) with ~384 bytes of attributes and `<q>` markup. On the
    /// generated corpus every document fits, ~2.6 KB to spare on average (twice the input left ~5.9 KB).
    static func capacity(_ article: borrowing Article) -> Int {
        article.quotes.withUnsafeBufferPointer { quotes in
            var room = 3072 + article.source.bytes
            for k in quotes.indices { room += 384 + quotes[k].text.utf8.count }
            return room
        }
    }
}
