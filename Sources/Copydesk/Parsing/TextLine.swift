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
    /// facts: the page's byte classes are read once (`PageBits`), and each line's ends and facts found in them
    /// (`pageLine`). The lines keep no string: read them through the text's `LinePage`.
    static func lines(in bytes: UnsafeBufferPointer<UInt8>) -> [TextLine] {
        let total = bytes.count
        return withUnsafeTemporaryAllocation(of: PageBits.self, capacity: total &>> 6 &+ 1) { blocks in
            let blocks = blocks.baseAddress!
            var result: [TextLine] = []
            result.reserveCapacity(total / 20 + 8)  // a non-empty line every 20 bytes or more: articles hardly ever regrow it
            PageBits.fill(blocks, bytes)
            var number = 0
            var lineStart = 0
            while lineStart < total {
                number &+= 1
                let (start, end, flags, next) = pageLine(blocks, bytes, from: lineStart)
                lineStart = next
                if start == end { continue }
                result.append(TextLine(number: number, start: start, bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]), flags: flags))
            }
            cutPastedButtons(&result, blocks, bytes)
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
