@testable import Copydesk

/// TEST ONLY. A line made on its own for a test: the string it was split from and its `TextLine` (offsets into that
/// string and facts). The product's lines hold no string: they are read through the `LinePage` of the text the parser
/// split them from. A test line opens its string's page (`withPage`, `onPage`) and hands a rule the line and that page,
/// as the parser does. Its facts read through to the `TextLine` (`line.words`, `line.hasComma` …).
@dynamicMemberLookup
struct TestLine {
    /// The string the line was split from: the text of its page.
    let base: String
    /// The line: its offsets in `base` and its facts.
    var line: TextLine

    /// A fact of the line (`TextLine`'s fields and accessors).
    subscript<T>(dynamicMember key: KeyPath<TextLine, T>) -> T { line[keyPath: key] }

    /// `line`, a line of `base`.
    init(base: String, line: TextLine) {
        self.base = base
        self.line = line
    }

    /// Line `number` whose trimmed text is `text` (its base is kept), its facts from the plain flag scan of its bytes.
    init(number: Int, text: Substring) {
        let start = text.base.utf8.distance(from: text.base.startIndex, to: text.startIndex)
        let line = text.withUTF8Bytes {
            TextLine(number: number, start: start, bytes: $0, flags: LineFlags(bytes: $0, readable: $0.count))
        }
        self.init(base: text.base, line: line)
    }

    /// The line of `LineSplitter.lines(of:)`, its facts from the plain flag scan.
    init(_ line: SourceLine) { self.init(number: line.number, text: line.text) }

    /// The lines of `text` as the parser splits them (`TextLine.lines(in:)` on its page), each with `text` as its base.
    static func lines(of text: String) -> [TestLine] {
        withPage(text) { page in TextLine.lines(in: page.utf8).map { TestLine(base: page.base, line: $0) } }
    }

    /// Calls `body` with the page of `text` (made contiguous first when it is not).
    static func withPage<R>(_ text: String, _ body: (LinePage) -> R) -> R {
        if let found = text.utf8.withContiguousStorageIfAvailable({ body(LinePage(base: text, utf8: $0)) }) { return found }
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let base = contiguous
        return contiguous.withUTF8 { body(LinePage(base: base, utf8: $0)) }
    }

    /// Calls `body` with the line's page.
    func withPage<R>(_ body: (LinePage) -> R) -> R { Self.withPage(base, body) }

    /// Calls `rule` with the line (in place: a rule that takes an `inout` line) and its page.
    mutating func onPage<R>(_ rule: (inout TextLine, LinePage) -> R) -> R {
        let base = self.base
        return Self.withPage(base) { rule(&line, $0) }
    }

    /// Calls `rule` with the line and its page (a rule that takes the line by value).
    func read<R>(_ rule: (TextLine, LinePage) -> R) -> R { withPage { rule(line, $0) } }

    /// Calls `body` with the line's UTF-8 bytes, read in its page.
    func withLineBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { withPage { body($0.bytes(line)) } }

    /// The trimmed text, a `Substring` of `base`.
    var text: Substring { LineSplitter.substring(of: base, line.start, line.end) }
    /// The text with ASCII capitals lowered.
    var lower: String { TextLine.asciiLowercased(text) }
    /// `String(text)`, as the builder copies it (`TextLine.string(in:)`).
    var string: String { read { $0.string(in: $1) } }
    /// Has letters and none of them lowercase.
    var isAllCaps: Bool { text.isAllCaps }
    /// `TextLine.isTitleLike(in:)` on the line's page.
    var isTitleLike: Bool { read { $0.isTitleLike(in: $1) } }
    /// `TextLine.isShortSentence(in:)` on the line's page.
    var isShortSentence: Bool { read { $0.isShortSentence(in: $1) } }
    /// `TextLine.startsWithUppercaseOrQuote(in:)` on the line's page.
    var startsWithUppercaseOrQuote: Bool { read { $0.startsWithUppercaseOrQuote(in: $1) } }
}

extension Array where Element == TestLine {
    /// Calls `body` with the lines, read in place, and their one page: the lines must all be split from one string
    /// (`TestLine.lines(of:)`).
    func withPage<R>(_ body: (UnsafeBufferPointer<TextLine>, LinePage) -> R) -> R {
        let base = first?.base ?? ""
        // one string: the lengths first (`==` compares Characters, which other bytes may spell), then the strings
        // (at once for the same storage)
        precondition(allSatisfy { $0.base.utf8.count == base.utf8.count && $0.base == base }, "lines of different strings have no one page")
        let lines = map(\.line)
        return lines.withUnsafeBufferPointer { lines in TestLine.withPage(base) { body(lines, $0) } }
    }
}
