/// The line bytes the caption and date rules read first, reached by the line's offsets in the text it was split from:
/// no UTF-8 distances to work out from the text's indices, as `Substring.withUTF8Bytes` must.
extension TextLine {
    /// Calls `body` with the UTF-8 bytes of `text` (`text.base`'s bytes `start..<end`), read in place when the base
    /// string is contiguous, else through `Substring.withUTF8Bytes`.
    @inline(__always)
    func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = start, end = end
        if let found = text.base.utf8.withContiguousStorageIfAvailable({ body(UnsafeBufferPointer(rebasing: $0[start..<end])) }) {
            return found
        }
        return text.withUTF8Bytes(body)
    }
}
