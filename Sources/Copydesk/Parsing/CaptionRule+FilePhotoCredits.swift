/// (round 13) A bare credit line naming an outlet's archive under its caption: "Crain's file photo", "AP file photo",
/// "Tribune file image".
extension CaptionRule {
    /// The endings of such a credit (lowercase, each opening with its space).
    static let filePhotoEndings: [StaticString] = [" file photo", " file image", " file picture", " archive photo"]

    /// `filePhotoCredit` of line `line` of `page`, asked only of a line of two words or more ending with "o" or "e".
    @inline(__always)
    static func filePhotoCredit(_ line: borrowing TextLine, _ page: LinePage) -> Match? {
        let last = line.lastByte | 0x20
        guard line.words >= 2, last == UInt8(ascii: "o") || last == UInt8(ascii: "e") else { return nil }
        return filePhotoCredit(page.bytes(line))
    }

    /// The credit (the whole line, for the caption above it) of `bytes`, a line of two to five words that opens with a
    /// capital A–Z, holds no ".", ":" or quote mark and ends with one of `filePhotoEndings` (capitals folded); `nil`
    /// otherwise.
    static func filePhotoCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        let count = bytes.count
        guard count >= 12, count <= 60, let first = bytes.first, first &- UInt8(ascii: "A") < 26,
              (2...5).contains(ByteSearch.wordCount(bytes)) else { return nil }
        guard filePhotoEndings.contains(where: { FoldedBytes.equal(bytes, at: count &- $0.utf8CodeUnitCount, $0) }),
              !bytes.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "\"") }) else { return nil }
        return .credit(String(decoding: bytes, as: UTF8.self), captionAbove: true)
    }
}

extension CaptionRule {
    /// (round 13b) True for a credit naming the archive alone: "File photo", "File image", "File" (capitals folded) or a
    /// source before one of `filePhotoEndings` ("AP file photo").
    static func isArchiveCredit(_ credit: Substring) -> Bool {
        credit.utf8.count == 4 && credit.hasFoldedPrefix("file") || credit.utf8.count == 10 && credit.hasFoldedPrefix("file photo")
            || credit.utf8.count == 10 && credit.hasFoldedPrefix("file image")
            || filePhotoEndings.contains(where: { credit.hasFoldedSuffix($0) })
    }
}
