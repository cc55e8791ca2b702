/// The clean article as plain text: headline, standfirst, byline and date, then the body,
/// blocks separated by blank lines, with no page furniture.
///
/// Merged output separates articles with a line holding only the form feed character (U+000C)
/// followed by a blank line, so a reader can split on `"\n\u{0C}\n"`.
public struct TextArticleWriter: ArticleWriter {
    /// The line that separates articles in a merged text output.
    public static let mergedSeparator = "\u{0C}"

    /// Creates a text writer.
    public init() {}

    /// The article as UTF-8 text ending with a newline.
    public func write(_ article: Article) throws -> [UInt8] { Self.render(article, prefix: nil) }

    /// `write(_:)` into the array the last document was returned in (kept in `workspace`).
    public func write(_ article: borrowing Article, reusing workspace: inout WriterWorkspace) throws -> [UInt8] {
        let capacity = Self.firstCapacity(article)
        DocumentBuffer.extend(&workspace.text, to: capacity)
        let written = workspace.text.withUnsafeMutableBufferPointer { buffer in
            Self.fill(article, prefix: nil, into: UnsafeMutableBufferPointer(rebasing: buffer[..<capacity]))
        }
        guard let written else { return Self.render(article, prefix: nil) }  // did not fit: counted, then written
        return DocumentBuffer.take(&workspace.text, count: written)
    }

    /// Articles after the first are preceded by the separator line.
    public func mergedEntry(_ article: Article, index: Int) throws -> [UInt8] {
        Self.render(article, prefix: index > 0 ? "\u{0C}\n" : nil)
    }

    /// The text, written straight into the array returned. The text is nearly always shorter than
    /// the input plus a little room, so it is written into that much memory at once; only when it
    /// does not fit are its bytes counted first and written again into memory of the exact size.
    private static func render(_ a: borrowing Article, prefix: StaticString?) -> [UInt8] {
        if let bytes = fill(a, prefix: prefix, capacity: firstCapacity(a)) { return bytes }
        var counter = TextByteCount()
        if let prefix { counter.put(prefix) }
        layout(a, into: &counter)
        return fill(a, prefix: prefix, capacity: counter.count)!
    }

    /// The room tried first: the input's size and a little more.
    private static func firstCapacity(_ a: borrowing Article) -> Int { min(max(a.source.bytes, 0), 1 << 26) + 512 }

    /// The text in an array of `capacity` bytes, or nil when it does not fit.
    private static func fill(_ a: borrowing Article, prefix: StaticString?, capacity: Int) -> [UInt8]? {
        var fits = true
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            let written = fill(a, prefix: prefix, into: buffer)
            fits = written != nil
            initialized = written ?? 0
        }
        return fits ? bytes : nil
    }

    /// The text written into `buffer`: its length, or nil when it does not fit.
    @inline(__always)
    private static func fill(_ a: borrowing Article, prefix: StaticString?, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var filler = TextByteFill(cursor: buffer.baseAddress!, end: buffer.baseAddress! + buffer.count)
        if let prefix { filler.put(prefix) }
        layout(a, into: &filler)
        return filler.overflowed ? nil : filler.cursor - buffer.baseAddress!
    }

    /// Blocks separated by blank lines, fields read in place: the same pieces whether they are
    /// counted or written.
    private static func layout<Sink: TextByteSink>(_ a: borrowing Article, into sink: inout Sink) {
        var first = true
        func startBlock(_ sink: inout Sink) {
            if !first { sink.put("\n\n") }
            first = false
        }
        if let headline = a.headline { startBlock(&sink); sink.put(headline) }
        if !a.standfirst.isEmpty {
            startBlock(&sink)
            for index in a.standfirst.indices {
                if index > 0 { sink.put("\n") }
                sink.put(a.standfirst[index])
            }
        }
        let published = a.published?.text
        if !a.byline.isEmpty || published != nil {
            startBlock(&sink)
            if !a.byline.isEmpty {
                sink.put("By ")
                // "A", "A and B", "A, B and C".
                for index in a.byline.indices {
                    if index > 0 { sink.put(index == a.byline.count - 1 ? " and " : ", ") }
                    sink.put(a.byline[index].name)
                }
                if published != nil { sink.put("\n") }
            }
            if let published { sink.put(published) }
        }
        for index in a.body.indices {
            startBlock(&sink)
            if index == 0, let dateline = a.dateline {
                sink.put(dateline)
                sink.put(" — ")
            } else if a.body[index].kind == .listItem {
                sink.put("• ")
            }
            sink.put(a.body[index].text)
        }
        sink.put("\n")
    }
}

/// Where `TextArticleWriter` lays out its pieces: a counter, then the output's memory.
protocol TextByteSink {
    mutating func put(_ text: String)
    mutating func put(_ literal: StaticString)
}

/// Counts the bytes of the pieces.
struct TextByteCount: TextByteSink {
    var count = 0
    @inline(__always) mutating func put(_ text: String) { count += text.utf8.count }
    @inline(__always) mutating func put(_ literal: StaticString) { count += literal.utf8CodeUnitCount }
}

/// Copies the pieces into memory ending at `end`; a piece that does not fit sets `overflowed` and
/// nothing more is written.
struct TextByteFill: TextByteSink {
    var cursor: UnsafeMutablePointer<UInt8>
    let end: UnsafeMutablePointer<UInt8>
    private(set) var overflowed = false

    @inline(__always) mutating func put(_ text: String) { XMLStreamWriter.withBytes(of: text) { put($0) } }

    @inline(__always) mutating func put(_ literal: StaticString) {
        put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    @inline(__always) mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0, !overflowed else { return }
        guard bytes.count <= end - cursor else { overflowed = true; return }
        ByteCopy.copy(base, to: cursor, count: bytes.count)
        cursor += bytes.count
    }
}
