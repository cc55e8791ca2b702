/// Recognises "This article appeared in the X print edition as: Y".
enum PrintEditionRule {
    /// The note's publication and headline, or `nil` when the line is not such a note.
    static func match(_ line: Substring) -> PrintEdition? {
        // the byte prefix first: when it holds, the first Character is "T" or "t" (an ASCII "h" follows it)
        guard line.hasFoldedPrefix("this article appeared in") else { return nil }
        guard line.utf8.count > 30, line.first == "T" || line.first == "t" else { return nil }
        // searched on the bytes with A–Z folded: where every byte up to one past the match is ASCII (lowering is folding,
        // a byte is a Character there), the match and offsets are the lowered line's; .some(nil) is an ASCII line without
        // one; .none (other lines) takes the plain path
        let asciiEdition: Int?? = line.withUTF8Bytes { bytes in
            guard let found = firstFolded("print edition", in: bytes) else { return bytes.allSatisfy { $0 < 0x80 } ? .some(nil) : .none }
            let end = min(bytes.count, found + "print edition".utf8.count + 1)
            return UnsafeBufferPointer(rebasing: bytes[0..<end]).allSatisfy { $0 < 0x80 } ? .some(found) : .none
        }
        var publication: Substring
        if case let .some(found) = asciiEdition {
            guard let found else { return nil }
            let utf8 = line.utf8
            publication = line[utf8.index(utf8.startIndex, offsetBy: 24)..<utf8.index(utf8.startIndex, offsetBy: found)].trimmedSpace
            if publication.hasFoldedPrefix("the ") { publication = publication.dropFirst(4) }
        } else {
            let lowered = line.lowercased()
            guard lowered.fastHasPrefix("this article appeared in"), let editionRange = lowered.fastRange(of: "print edition") else { return nil }
            let offset = lowered.distance(from: lowered.startIndex, to: editionRange.lowerBound)
            let publicationStart = line.index(line.startIndex, offsetBy: "this article appeared in".count)
            let publicationEnd = line.index(line.startIndex, offsetBy: offset)
            publication = line[publicationStart..<publicationEnd].trimmedSpace
            if publication.lowercased().fastHasPrefix("the ") { publication = publication.dropFirst(4) }
        }
        publication = droppingOfThe(publication)
        var headline: Substring?
        if line.fastRange(of: " under the headline ") != nil {
            headline = headlineUnder(line)
        } else if let asRange = line.fastRange(of: " as:") ?? line.fastRange(of: " as ") {
            let rest = line[asRange.upperBound...].trimmedSpace
            headline = rest.isEmpty ? nil : rest
        }
        return PrintEdition(publication: publication.isEmpty ? nil : String(publication), headline: headline.map(String.init))
    }

    /// The byte offset of the first occurrence of `pattern` (lowercase) in `bytes` with A–Z folded, or `nil`.
    static func firstFolded(_ pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = pattern.utf8CodeUnitCount
        guard count > 0, bytes.count >= count else { return nil }
        let first = pattern.utf8Start[0]
        for start in 0...(bytes.count - count) where FoldedBytes.fold(bytes[start]) == first {
            if FoldedBytes.equal(bytes, at: start, pattern) { return start }
        }
        return nil
    }
}
