/// `Article.discarded` as it is stored: each line's text is a range of UTF-8 in a shared string (the parser's
/// decoded input, `base`) or in `own` (texts appended by value), so a discarded line has no String of its
/// own to allocate, copy and free. `Article.discarded` builds the `[DiscardedLine]` array when asked.
struct DiscardedLines: Sendable {
    /// One line: its number, where its text is, and why it was set aside.
    struct Entry: Sendable {
        /// 1-based line number in the decoded input.
        var line: Int
        /// The text's UTF-8 offsets in `own` (when `inOwn`) or in `base`.
        var start: Int, end: Int
        /// Why the line was set aside.
        var reason: DiscardReason
        /// Whether the text is in `own` rather than `base`.
        var inOwn: Bool
    }

    /// The string most texts are ranges of: the parser's decoded input (native, contiguous UTF-8).
    private(set) var base: String
    /// Texts appended by value, one after another.
    private(set) var own = ""
    /// The lines, in order.
    private(set) var entries: [Entry] = []

    /// No lines; later lines appended by range are ranges of `base`.
    init(base: String = "") {
        var base = base
        base.makeContiguousUTF8()
        self.base = base
    }

    /// The lines of `lines`, their texts copied into one string.
    init(_ lines: [DiscardedLine]) {
        self.init()
        if lines.isEmpty { return }  // (reserving room in the empty array would allocate)
        entries.reserveCapacity(lines.count)
        for line in lines { append(line: line.line, text: line.text[...], reason: line.reason) }
    }

    /// The number of lines.
    var count: Int { entries.count }

    /// Appends line `line` whose text is the UTF-8 of `base` at `start..<end` (on scalar boundaries).
    @inline(__always)
    mutating func append(line: Int, start: Int, end: Int, reason: DiscardReason) {
        entries.append(Entry(line: line, start: start, end: end, reason: reason, inOwn: false))
    }

    /// Puts `walked` (entries whose texts are ranges of `base`) at `index`: they become the entries when there are none.
    mutating func insert(_ walked: [Entry], at index: Int) {
        if entries.isEmpty { entries = walked } else if !walked.isEmpty { entries.insert(contentsOf: walked, at: index) }
    }

    /// Appends line `line`, its text copied into `own`.
    mutating func append(line: Int, text: Substring, reason: DiscardReason) {
        let start = own.utf8.count
        own.append(contentsOf: text)
        entries.append(Entry(line: line, start: start, end: own.utf8.count, reason: reason, inOwn: true))
    }

    /// The text of line `index`.
    func text(_ index: Int) -> Substring {
        let entry = entries[index]
        let utf8 = entry.inOwn ? own.utf8 : base.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: entry.start)
        return Substring(utf8[start..<utf8.index(start, offsetBy: entry.end - entry.start)])
    }

    /// Line `index` as a `DiscardedLine`.
    subscript(index: Int) -> DiscardedLine {
        DiscardedLine(line: entries[index].line, text: String(text(index)), reason: entries[index].reason)
    }

    /// Every line as a `DiscardedLine`, in order.
    var lines: [DiscardedLine] { entries.indices.map { self[$0] } }

    /// Calls `body` with the entries and the UTF-8 of `base` and of `own` (the texts' bytes, read in place).
    func withEntries<R>(_ body: (UnsafeBufferPointer<Entry>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R) -> R {
        entries.withUnsafeBufferPointer { entries in
            Self.withBytes(of: base) { base in Self.withBytes(of: own) { own in body(entries, base, own) } }
        }
    }

    /// Calls `body` with the UTF-8 of `string`, read in place when it is contiguous, as `base` and
    /// `own` are (lent, not copied: a copy would retain and release the string).
    @inline(__always)
    static func withBytes<R>(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var string = string
        return string.withUTF8(body)
    }
}

extension DiscardedLines: Equatable, Hashable {
    /// The same lines: numbers, texts (as `String` compares them) and reasons, in order.
    static func == (a: DiscardedLines, b: DiscardedLines) -> Bool {
        guard a.count == b.count else { return false }
        for index in a.entries.indices {
            let x = a.entries[index], y = b.entries[index]
            if x.line != y.line || x.reason != y.reason || a.text(index) != b.text(index) { return false }
        }
        return true
    }

    /// Hashes what `==` compares, as `[DiscardedLine]` does.
    func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for index in entries.indices {
            hasher.combine(entries[index].line)
            hasher.combine(text(index))
            hasher.combine(entries[index].reason)
        }
    }
}
