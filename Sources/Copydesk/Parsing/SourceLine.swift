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
        var number = 0
        var lineStart = text.startIndex
        let utf8 = text.utf8
        var index = utf8.startIndex
        var previousWasCR = false
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                if !(byte == 0x0A && previousWasCR) {
                    number += 1
                    append(text[lineStart..<index], number: number, to: &result)
                }
                previousWasCR = byte == 0x0D
                lineStart = utf8.index(after: index)
            } else {
                previousWasCR = false
            }
            index = utf8.index(after: index)
        }
        if lineStart != text.endIndex {
            number += 1
            append(text[lineStart...], number: number, to: &result)
        }
        return result
    }

    private static func append(_ raw: Substring, number: Int, to result: inout [SourceLine]) {
        let trimmed = raw.trimmedSpace
        if !trimmed.isEmpty { result.append(SourceLine(number: number, text: trimmed)) }
    }
}
