/// A plain UTF-8 byte search for hot loops. Foundation's `contains`/`range(of:)` bridge to
/// NSString (a UTF-16 copy per call) and the generic `firstRange(of:)` is unspecialised; both cost
/// microseconds per line. No Unicode equivalence: meant for lowercase ASCII phrases from tables.
extension StringProtocol {
    /// True when the UTF-8 bytes of `needle` occur in this string.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.contains($0, pattern) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.contains($0, pattern) }
        }
    }
}

/// The search itself, over raw buffers.
enum ByteSearch {
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
