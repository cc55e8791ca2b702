/// The writers' reads of the article's strings where the article stores them.
///
/// Passing a model string on (or copying the quote, block or item that holds it) retains and
/// releases its storage, an atomic pair per string. Instead, the writers walk the model's arrays
/// through pointers (`elements`) and lend each string's UTF-8 bytes with `String.withUTF8` on the
/// stored property itself (`bytes`): for a contiguous UTF-8 string (every native Swift string)
/// that only reads, so nothing is copied, retained or written. A string that is not contiguous
/// (a bridged one, never on Linux) is copied first, so the article is never changed.
enum StoredText {
    /// `body` on the UTF-8 bytes of the string stored at `text`, read in place.
    @inline(__always)
    static func bytes<R>(_ text: inout String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if _fastPath(text.isContiguousUTF8) { return try text.withUTF8(body) }
        var copy = text
        return try copy.withUTF8(body)
    }

    /// `body` on the UTF-8 bytes of the optional string stored at `text`, read in place; nil when
    /// there is no string.
    @inline(__always)
    static func bytes<R>(_ text: inout String?, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        guard isPresent(&text) else { return nil }
        return try bytes(&text!, body)
    }

    /// True when the optional stored at `value` holds a value, tested in place (`value != nil`
    /// copies an optional struct out first: a retain and release of each of its strings).
    @inline(__always)
    static func isPresent<T>(_ value: inout T?) -> Bool {
        if case .none = value { return false }
        return true
    }

    /// `body` on `array`'s elements, lent mutable so that `bytes` can read their strings in place
    /// (`buffer.baseAddress! + i`; a subscript would copy the element); nothing is written.
    @inline(__always)
    static func elements<T, R>(_ array: [T], _ body: (UnsafeMutableBufferPointer<T>) throws -> R) rethrows -> R {
        try array.withUnsafeBufferPointer { try body(UnsafeMutableBufferPointer(mutating: $0)) }
    }
}
