/// Byte-level substring search on UTF-8 (no Foundation bridging): the parser's only way to look for text inside a line.
extension Substring {
    /// The first range of `needle`, or `nil`.
    func fastRange(of needle: String) -> Range<Index>? {
        search(needle, last: false)
    }

    /// The last range of `needle`, or `nil`.
    func fastLastRange(of needle: String) -> Range<Index>? {
        search(needle, last: true)
    }

    /// True when `needle` occurs.
    func fastContains(_ needle: String) -> Bool {
        withUTF8Bytes { hay in ByteSearch.withBytes(of: needle) { TextSearch.offset(of: $0, in: hay, last: false) } } != nil
    }

    private func search(_ needle: String, last: Bool) -> Range<Index>? {
        let offset = withUTF8Bytes { hay in ByteSearch.withBytes(of: needle) { TextSearch.offset(of: $0, in: hay, last: last) } }
        guard let found = offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// Calls `body` with the UTF-8 bytes: read in place from the base string's storage when it is
    /// contiguous (the common case, and far cheaper than the generic slice path), else from a copy.
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let base = self.base.utf8
        let found: R? = base.withContiguousStorageIfAvailable { all in
            let start = base.distance(from: base.startIndex, to: startIndex)
            let end = base.distance(from: base.startIndex, to: endIndex)
            return body(UnsafeBufferPointer(rebasing: all[start..<end]))
        }
        if let found { return found }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}

/// Naive byte search over buffers (lines are short).
enum TextSearch {
    static func offset(of pattern: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, last: Bool) -> Int? {
        guard let first = pattern.first, hay.count >= pattern.count else { return nil }
        let lastStart = hay.count - pattern.count
        var index = last ? lastStart : 0
        while index >= 0 && index <= lastStart {
            if hay[index] == first {
                var k = 1
                while k < pattern.count, hay[index + k] == pattern[k] { k += 1 }
                if k == pattern.count { return index }
            }
            index += last ? -1 : 1
        }
        return nil
    }
}

extension String {
    /// The first range of `needle`, or `nil`.
    func fastRange(of needle: String) -> Range<Index>? { self[...].fastRange(of: needle) }
    /// The last range of `needle`, or `nil`.
    func fastLastRange(of needle: String) -> Range<Index>? { self[...].fastLastRange(of: needle) }
    /// True when `needle` occurs.
    func fastContains(_ needle: String) -> Bool { self[...].fastRange(of: needle) != nil }
}

/// Byte-level prefix and suffix tests (the generic `hasPrefix`/`hasSuffix` on substrings walk Characters).
extension Substring {
    /// True when the UTF-8 bytes start with `prefix`'s.
    func fastHasPrefix(_ prefix: String) -> Bool { withUTF8Bytes { ByteSearch.hasPrefix($0, prefix) } }

    /// True when the UTF-8 bytes end with `suffix`'s.
    func fastHasSuffix(_ suffix: String) -> Bool { withUTF8Bytes { ByteSearch.hasSuffix($0, suffix) } }
}

extension String {
    /// True when the UTF-8 bytes start with `prefix`'s.
    func fastHasPrefix(_ prefix: String) -> Bool { utf8HasPrefix(prefix) }
    /// True when the UTF-8 bytes end with `suffix`'s.
    func fastHasSuffix(_ suffix: String) -> Bool { utf8HasSuffix(suffix) }
}
