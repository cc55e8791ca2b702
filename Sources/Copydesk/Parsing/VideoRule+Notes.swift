/// The "(Published …)" notes that close a video description.
extension VideoRule {
    /// True when the line of `page` is, or ends with, a "(Published …)" note of a video description.
    /// The last "(published " is found on the bytes with A–Z folded (where the lowered line has it); from there to the
    /// end, ASCII bytes without CR are as many Characters as bytes, and other text counts its Characters.
    static func endsWithPublishedNote(_ line: TextLine, _ page: LinePage) -> Bool {
        guard line.lastByte == UInt8(ascii: ")") else { return false }
        let fast: Bool? = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool? in
            var start = bytes.count - "(published ".utf8.count
            while start >= 0, !FoldedBytes.equal(bytes, at: start, "(published ") { start -= 1 }
            guard start >= 0 else { return false }
            guard bytes[start...].allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return bytes.count - start <= 60
        }(page.bytes(line))
        if let fast { return fast }
        return plainEndsWithPublishedNote(line, page)
    }

    /// `endsWithPublishedNote` on the lowered line's Characters (the line of `page`).
    static func plainEndsWithPublishedNote(_ line: TextLine, _ page: LinePage) -> Bool {
        let lower = TextLine.asciiLowercased(page.text(line))
        guard line.lastByte == UInt8(ascii: ")"), let open = lower.fastLastRange(of: "(published ") else { return false }
        return lower.distance(from: open.lowerBound, to: lower.endIndex) <= 60
    }

    /// True when the line of `page` is only a "(Published …)" note.
    static func isPublishedNote(_ line: TextLine, _ page: LinePage) -> Bool {
        line.lastByte == UInt8(ascii: ")") && FoldedBytes.equal(page.bytes(line), at: 0, "(published ")
    }
}
