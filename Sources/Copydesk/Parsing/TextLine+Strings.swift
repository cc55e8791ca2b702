/// A line's text as a new String: lowered for the phrase tables, or copied from the article's bytes without a
/// second look at them.
extension TextLine {
    /// The text with ASCII capitals lowered; other characters kept (every phrase table is ASCII).
    static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for index in 0..<bytes.count { let byte = bytes[index]; buffer[index] = byte &- 65 < 26 ? byte | 0x20 : byte }
            return bytes.count
        }
    }

    /// The text with ASCII capitals lowered; other characters kept (every phrase table is ASCII).
    static func asciiLowercased(_ text: Substring) -> String {
        let count = text.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            let copied: Int? = text.utf8.withContiguousStorageIfAvailable { source in
                for index in 0..<count { let byte = source[index]; buffer[index] = byte &- 65 < 26 ? byte | 0x20 : byte }
                return count
            }
            if let copied { return copied }
            var index = 0
            for byte in text.utf8 {
                buffer[index] = byte &- 65 < 26 ? byte | 0x20 : byte
                index += 1
            }
            return count
        }
    }

    /// `String(page.text(self))`, copied from the line's bytes without looking at them again: they are a slice of a valid
    /// string on scalar boundaries, and whether they are all ASCII is already known (`String(_: Substring)`
    /// scans them for that and passes the slice through two more layers).
    func string(in page: LinePage) -> String {
        let bytes = page.bytes(self)
        return TextLine.string(bytes, ascii: isASCII) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// `string` of the line at `line`, whose page's UTF-8 is `all` (a line of `TextLine.lines(in:)`, read in
    /// place: no line is copied, no string retained).
    @inline(__always)
    static func string(at line: UnsafePointer<TextLine>, in all: UnsafeBufferPointer<UInt8>) -> String {
        let bytes = UnsafeBufferPointer(rebasing: all[line.pointee.start..<line.pointee.end])
        return string(bytes, ascii: line.pointee.isASCII) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// The string of `bytes`, which are valid UTF-8 (all ASCII when `ascii`), copied without a check; nil where
    /// `UTF8Span` is not available. At most 15 bytes (a string held inline, most discarded lines) are copied into
    /// the string's own storage, which tests them for ASCII in two words: `String(copying:)` builds it byte by byte.
    @inline(__always)
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String? {
        if bytes.count <= 15 {
            return String(unsafeUninitializedCapacity: bytes.count) { _ = $0.initialize(fromContentsOf: bytes); return bytes.count }
        }
        if #available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *) {
            return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: ascii))
        }
        return nil
    }
}
