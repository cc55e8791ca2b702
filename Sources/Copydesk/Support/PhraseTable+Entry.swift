/// The entry points of `PhraseTable`: text as a `String`, a `Substring` read in place, or bytes, each read
/// as it is or with A–Z folded; all of them end in the one byte scan `scan(_:folding:)`,
/// specialised for each reading.
extension PhraseTable {
    /// The index of the earliest-listed phrase that occurs in `text`, or `nil`.
    func firstListed(in text: some StringProtocol) -> Int? {
        if let found = text.utf8.withContiguousStorageIfAvailable({ scan($0, folding: false) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { scan($0, folding: false) }
    }

    /// The index of the earliest-listed phrase that occurs in `text`, or `nil` (bytes read in place).
    func firstListed(in text: Substring) -> Int? {
        text.withUTF8Bytes { scan($0, folding: false) }
    }

    /// `firstListed(in: TextLine.asciiLowercased(text))`: the phrases (lowercase) against `text`'s bytes with A–Z lowered.
    func firstListed(folding text: Substring) -> Int? {
        text.withUTF8Bytes { scan($0, folding: true) }
    }

    /// `firstListed(folding:)` for text given as its UTF-8 bytes.
    func firstListed(foldingBytes bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        scan(bytes, folding: true)
    }
}
