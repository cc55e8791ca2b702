/// A line's UTF-8 bytes read where they lie: its base string's contiguous storage at the line's own offsets
/// (`start..<end`), so no index of the line's `Substring` is decoded or checked.
extension TextLine {
    /// Calls `body` with the text's UTF-8 bytes: `text.withUTF8Bytes(body)`, found from the base string's storage and the
    /// line's offsets (which `TextLine` keeps equal to the text's own: `start` is the UTF-8 distance from the base
    /// string's start to the text's, `end` is `start` plus the text's byte count).
    @inline(__always)
    func withLineBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let (start, end) = (self.start, self.end)
        let found: R? = text.base.utf8.withContiguousStorageIfAvailable { all in
            body(UnsafeBufferPointer(rebasing: all[start..<end]))
        }
        if let found { return found }
        return text.withUTF8Bytes(body)
    }
}
