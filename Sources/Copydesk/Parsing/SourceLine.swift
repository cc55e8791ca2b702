/// One non-blank input line, trimmed, with its 1-based line number.
public struct SourceLine: Sendable, Equatable {
    /// 1-based line number in the decoded input.
    public var number: Int
    /// The line's text without surrounding white space.
    public var text: Substring

    /// Creates a line.
    public init(number: Int, text: Substring) {
        self.number = number
        self.text = text
    }
}

/// Splits text into trimmed, non-blank lines. LF, CRLF and lone CR all end a line.
/// This is the only place that walks the raw text.
enum LineSplitter {
    static func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        result.reserveCapacity(text.utf8.count / 64 + 8)
        forEachLine(in: text) { number, line in result.append(SourceLine(number: number, text: line)) }
        return result
    }

    /// Calls `body` with the number and text of each line, in order (what `lines(of:)` collects).
    static func forEachLine(in text: String, _ body: (Int, Substring) -> Void) {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let base = contiguous
        contiguous.withUTF8 { bytes in
            forEachRange(in: bytes) { number, start, end in
                var line = substring(of: base, start, end)
                if bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 { line = line.trimmedSpace }
                if !line.isEmpty { body(number, line) }
            }
        }
    }

    /// The text of UTF-8 offsets `start..<end` of `text` (offsets on scalar boundaries).
    @inline(__always)
    static func substring(of text: String, _ start: Int, _ end: Int) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return Substring(utf8[lower..<utf8.index(lower, offsetBy: end - start)])
    }

    /// Calls `body` with the number and the UTF-8 offsets `start..<end` (never empty) of each line of `bytes`
    /// with ASCII blanks trimmed: line ends and blanks are found on bytes. A line with a non-ASCII byte at either
    /// edge may still hold Unicode spaces there (`trimmedSpace` takes them off).
    @inline(__always)
    static func forEachRange(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Int) -> Void) {
        var number = 0
        var lineStart = 0
        var index = 0
        let total = bytes.count
        let raw = UnsafeRawPointer(bytes.baseAddress)
        while index <= total {
            if let raw {  // eight bytes at a time while none is below 0x0E (no CR, no LF), then straight to the first such byte
                while index + 8 <= total {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    // the lowest byte flagged is exact: no borrow reaches it from the bytes below
                    let low = (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080
                    if low != 0 { index += low.trailingZeroBitCount >> 3; break }
                    index += 8
                }
            }
            while index < total, bytes[index] > 0x0D { index += 1 }  // most bytes end no line
            let byte: UInt8 = index < total ? bytes[index] : 0x0A
            if byte == 0x0A || byte == 0x0D {
                let atEnd = index == total
                if !(atEnd && lineStart == total) {
                    number += 1
                    var start = lineStart, end = index
                    while start < end, isASCIIBlank(bytes[start]) { start += 1 }
                    while end > start, isASCIIBlank(bytes[end - 1]) { end -= 1 }
                    if start < end { body(number, start, endBeforePastedButton(bytes, start, end)) }
                }
                if byte == 0x0D, index + 1 < total, bytes[index + 1] == 0x0A { index += 1 }
                lineStart = index + 1
            }
            index += 1
        }
    }

    /// The UTF-8 offsets `start..<end` (on scalar boundaries of valid UTF-8) without the leading and trailing
    /// `Unicode.Scalar.isSpaceLike` scalars: `trimmedSpace` read on bytes.
    static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var start = start, end = end
        while start < end {
            let (value, length) = bytes[start] < 0x80 ? (UInt32(bytes[start]), 1) : ByteSearch.scalar(in: bytes, at: start)
            guard Unicode.Scalar(value)?.isSpaceLike ?? false else { break }
            start += length
        }
        while end > start {
            var last = end - 1
            while bytes[last] & 0xC0 == 0x80 && last > start { last -= 1 }  // back to the last scalar's first byte
            let value = bytes[last] < 0x80 ? UInt32(bytes[last]) : ByteSearch.scalar(in: bytes, at: last).value
            guard Unicode.Scalar(value)?.isSpaceLike ?? false else { break }
            end = last
        }
        return (start, end)
    }

    /// The ASCII characters `Unicode.Scalar.isSpaceLike` accepts (tab, VT, FF, space).
    @inline(__always)
    static func isASCIIBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C }
}
