/// One trimmed input line with the facts every rule asks for, computed once.
/// Together with `LineSplitter` this is the only type that looks at raw text; rules read its fields.
struct TextLine {
    /// 1-based line number in the decoded input.
    let number: Int
    /// The UTF-8 offsets of `text` in the string it was split from (`text.base`).
    let start: Int, end: Int
    /// The trimmed text.
    let text: Substring
    /// The text with ASCII capitals lowered, for phrase tables: built on each use, so hot rules test
    /// the text's bytes with capitals folded instead (`hasFoldedPrefix`, `PrefixTable.firstMatch(folding:)`).
    var lower: String { TextLine.asciiLowercased(text) }
    /// Ends with ". ! ? … :" (closing quotes and brackets skipped).
    let endsLikeSentence: Bool
    /// Has letters and none of them lowercase.
    var isAllCaps: Bool { text.isAllCaps }
    /// The flag scan's facts, kept whole (one copy per line, not one per field): read through the accessors of
    /// `TextLine+Flags` (`words`, `hasComma`, `hasDigit` …).
    let flags: LineFlags
    /// The first byte of `lower` (0 for an empty line): rules whose prefixes all start elsewhere skip the line.
    let firstLowerByte: UInt8
    /// The last byte of the text (0 for an empty line).
    let lastByte: UInt8
    /// `SeenLines.hash` of the text's UTF-8: repeated lines are found without reading their text again.
    let byteHash: UInt64

    init(_ line: SourceLine) { self.init(number: line.number, text: line.text) }

    /// The lines of `text`, split as `LineSplitter` splits them, each with its facts: one walk over the text's
    /// UTF-8 in which the flag scan finds each line's end (`LineFlags.scanToLineEnd`); a line with a non-ASCII byte
    /// at its end, near the end of the text, or with trailing blanks after a tab or a ". ", is scanned again on its
    /// own, as is a line at the text's first byte (`init(number:text:)` is the plain form).
    static func lines(of text: String) -> [TextLine] {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let base = contiguous
        return contiguous.withUTF8 { bytes in
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
                result.append(TextLine(number: number, text: LineSplitter.substring(of: base, start, trimmed), start: start,
                                       bytes: line, flags: flags))
            }
            return result
        }
    }

    /// Line `number` with its trimmed `text`.
    init(number: Int, text: Substring) {
        let start = text.base.utf8.distance(from: text.base.startIndex, to: text.startIndex)
        self = text.withUTF8Bytes {
            TextLine(number: number, text: text, start: start, bytes: $0, flags: LineFlags(bytes: $0, readable: $0.count))
        }
    }

    /// Line `number` with its trimmed `text`, whose UTF-8 is `bytes` and whose flag scan is `flags`.
    @inline(__always)
    private init(number: Int, text: Substring, start: Int, bytes: UnsafeBufferPointer<UInt8>, flags: LineFlags) {
        self.number = number
        self.start = start
        end = start &+ bytes.count
        self.text = text
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

    /// A short complete sentence ("Webb emerged, naked.").
    var isShortSentence: Bool {
        words >= 2 && endsLikeSentence && startsWithUppercaseOrQuote
    }

    /// A line that reads like a title: a few words, no full stop at the end.
    var isTitleLike: Bool {
        guard words >= 2, words <= 30 else { return false }
        guard let last = text.lastSignificantScalar else { return false }
        return last != "." && last != ":" && last != ";" && last != ","
    }

    /// Starts with an uppercase letter, a digit or an opening quote.
    var startsWithUppercaseOrQuote: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first.properties.isUppercase || ("0"..."9").contains(first) { return true }
        return "\"“‘'".unicodeScalars.contains(first)
    }
}
