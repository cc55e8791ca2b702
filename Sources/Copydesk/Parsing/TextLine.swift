/// One trimmed input line with the facts every rule asks for, computed once.
/// Together with `LineSplitter` this is the only type that looks at raw text; rules read its fields.
struct TextLine {
    /// 1-based line number in the decoded input.
    let number: Int
    /// The UTF-8 offsets of the trimmed text in the string it was split from (the page). A line holds no string (no
    /// retain, no release): its bytes and text are read through its `LinePage`.
    let start: Int, end: Int
    /// Ends with ". ! ? … :" (closing quotes and brackets skipped).
    let endsLikeSentence: Bool
    /// The flag scan's facts, kept whole (one copy per line, not one per field): read through the accessors of
    /// `TextLine+Flags` (`words`, `hasComma`, `hasDigit` …).
    let flags: LineFlags
    /// The first byte of the text with ASCII capitals lowered (0 for an empty line): rules whose prefixes all start elsewhere skip the line.
    let firstLowerByte: UInt8
    /// The last byte of the text (0 for an empty line).
    let lastByte: UInt8
    /// `SeenLines.hash` of the text's UTF-8: repeated lines are found without reading their text again.
    let byteHash: UInt64

    /// The lines of `bytes` (the contiguous UTF-8 of a page's text), split as `LineSplitter` splits them, each with its
    /// facts: one walk over the bytes in which the flag scan finds each line's end (`LineFlags.scanToLineEnd`); a line
    /// with a non-ASCII byte at its end, near the end of the text, or with trailing blanks after a tab or a ". ", is
    /// scanned again on its own, as is a line at the text's first byte. The lines keep no string: read them through
    /// the text's `LinePage`.
    static func lines(in bytes: UnsafeBufferPointer<UInt8>) -> [TextLine] {
        do {
            var result: [TextLine] = []
            result.reserveCapacity(bytes.count / 20 + 8)  // a non-empty line every 20 bytes or more: articles hardly ever regrow it
            let total = bytes.count
            var number = 0
            var lineStart = 0
            while lineStart < total {
                number &+= 1
                var start = lineStart
                while start < total, LineSplitter.isASCIIBlank(bytes[start]) { start &+= 1 }
                var flags = LineFlags()
                var end = start
                var scanned = false
                if start > 0, start < total, bytes[start] != 0x0A, bytes[start] != 0x0D,  // the scan reads the byte before
                   case let rest = UnsafeBufferPointer(rebasing: bytes[start...]),
                   let found = flags.scanShortLine(rest) ?? flags.scanPlainLine(rest) {
                    end = start &+ found
                    scanned = true
                } else {
                    while end < total, bytes[end] != 0x0A, bytes[end] != 0x0D { end &+= 1 }
                }
                lineStart = end &+ 1
                if end &+ 1 < total, bytes[end] == 0x0D, bytes[end &+ 1] == 0x0A { lineStart &+= 1 }
                var trimmed = end
                while trimmed > start, LineSplitter.isASCIIBlank(bytes[trimmed &- 1]) { trimmed &-= 1 }
                if trimmed == start { continue }
                var edged = false
                if bytes[start] >= 0x80 || bytes[trimmed &- 1] >= 0x80 {  // Unicode spaces may remain at an edge
                    let (first, last) = LineSplitter.trimmingSpaces(bytes, start, trimmed)
                    if first == last { continue }
                    if first != start || last != trimmed { (start, trimmed, edged) = (first, last, true) }
                }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<trimmed])
                // blanks at the edges change only a tab or a ". " the scan saw (`LineFlags.keepsFlags`), and whether a byte
                // above 0x7F occurs: other lines keep its flags
                if !scanned || (trimmed != end || edged) && !flags.keepsFlags {
                    flags = LineFlags(bytes: line, readable: total &- start)
                } else if edged, flags.nonASCII {
                    flags.nonASCII = !LineFlags.allASCII(line)
                }
                result.append(TextLine(number: number, start: start, bytes: line, flags: flags))
            }
            return result
        }
    }

    /// Line `number` of a page at UTF-8 offset `start`, whose UTF-8 is `bytes` and whose flag scan is `flags`.
    @inline(__always)
    init(number: Int, start: Int, bytes: UnsafeBufferPointer<UInt8>, flags: LineFlags) {
        self.number = number
        self.start = start
        end = start &+ bytes.count
        byteHash = SeenLines.hash(bytes)
        endsLikeSentence = LineFlags.endsLikeSentence(bytes)
        self.flags = flags
        firstLowerByte = FoldedBytes.fold(bytes.first ?? 0)
        lastByte = bytes.last ?? 0
    }

    /// A sentence of some length, or a long run of words: what body paragraphs look like.
    var isParagraphLike: Bool {
        words >= 25 || (words >= 8 && endsLikeSentence && lastByte != UInt8(ascii: ":"))
    }
}
