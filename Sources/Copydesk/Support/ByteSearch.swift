import Foundation

/// Byte-level helpers for the parser's hot paths: prefix, suffix and phrase-table checks on UTF-8
/// bytes, with no Foundation bridging, no grapheme breaking and no allocation.
///
/// They compare bytes, not Characters: a prefix matches even when the text goes on with a combining
/// mark right after it. Every phrase table in the parser is plain text ending at a word edge, so the
/// two agree on real input (the reference outputs of the corpus and fixtures are byte-identical).
extension StringProtocol {
    /// True when the UTF-8 bytes start with the bytes of `prefix`.
    @inline(__always)
    func utf8HasPrefix(_ prefix: String) -> Bool {
        let count = prefix.utf8.count
        guard utf8.count >= count else { return false }
        let fast: Bool? = utf8.withContiguousStorageIfAvailable { hay in
            prefix.utf8.withContiguousStorageIfAvailable { needle in
                ByteSearch.equal(hay.baseAddress!, needle, count: count)
            }
        } ?? nil
        return fast ?? utf8.starts(with: prefix.utf8)
    }

    /// True when the UTF-8 bytes end with the bytes of `suffix`.
    @inline(__always)
    func utf8HasSuffix(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        let total = utf8.count
        guard total >= count else { return false }
        let fast: Bool? = utf8.withContiguousStorageIfAvailable { hay in
            suffix.utf8.withContiguousStorageIfAvailable { needle in
                ByteSearch.equal(hay.baseAddress! + (total - count), needle, count: count)
            }
        } ?? nil
        return fast ?? utf8.reversed().starts(with: suffix.utf8.reversed())
    }
}

/// Shared byte routines behind the `StringProtocol` helpers.
enum ByteSearch {
    /// The offset of the first `byte` of `bytes` at or after `from`, or `nil` (found by `memchr`).
    @inline(__always)
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < bytes.count, let base = bytes.baseAddress, let found = memchr(base + from, Int32(byte), bytes.count - from) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// True when `bytes` hold `needle`'s bytes exactly (case-sensitive): `memchr` finds each `needle[anchor]` (pick a
    /// rare byte) and the bytes around it are compared. A fast scan for a phrase searched on every body paragraph,
    /// where a per-byte folded search costs too much.
    @inline(__always)
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, exactly needle: StaticString, anchor: Int) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard let base = bytes.baseAddress, bytes.count >= count, anchor < count else { return false }
        let key = Int32(needle.utf8Start[anchor])
        var from = anchor
        while from < bytes.count, let found = memchr(base + from, key, bytes.count - from) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let start = at - anchor
            if start + count <= bytes.count, memcmp(base + start, needle.utf8Start, count) == 0 { return true }
            from = at + 1
        }
        return false
    }

    /// True when `count` bytes at `hay` equal the first `count` bytes of `needle`.
    @inline(__always)
    static func equal(_ hay: UnsafePointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
        var index = 0
        while index < count {
            if hay[index] != needle[index] { return false }
            index += 1
        }
        return true
    }

    /// Calls `body` with the UTF-8 bytes of `text` (in place for native strings, which literals are).
    @inline(__always)
    static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let found = text.utf8.withContiguousStorageIfAvailable(body) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// True when `hay` starts with the UTF-8 bytes of `prefix`.
    @inline(__always)
    static func hasPrefix(_ hay: UnsafeBufferPointer<UInt8>, _ prefix: String) -> Bool {
        let count = prefix.utf8.count
        guard hay.count >= count else { return false }
        guard count > 0 else { return true }
        return withBytes(of: prefix) { equal(hay.baseAddress!, $0, count: count) }
    }

    /// True when `hay` ends with the UTF-8 bytes of `suffix`.
    @inline(__always)
    static func hasSuffix(_ hay: UnsafeBufferPointer<UInt8>, _ suffix: String) -> Bool {
        let count = suffix.utf8.count
        guard hay.count >= count else { return false }
        guard count > 0 else { return true }
        return withBytes(of: suffix) { equal(hay.baseAddress! + (hay.count - count), $0, count: count) }
    }

    /// The value and byte length of the UTF-8 sequence that starts with the non-ASCII byte at
    /// `index`, for space tests: 0x10000 (never a space) for a stray continuation byte, a
    /// truncated sequence or a 4-byte sequence (no space lies outside the BMP).
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let byte = bytes[index], total = bytes.count
        guard byte >= 0xC0 else { return (0x10000, 1) }
        if byte < 0xE0, index + 1 < total { return (UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if byte < 0xF0, index + 2 < total {
            return (UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return (0x10000, byte >= 0xF0 && index + 3 < total ? 4 : 1)
    }

    /// The ASCII bytes `Unicode.Scalar.isSpaceLike` accepts: tab, VT, FF, space.
    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C }

    /// Calls `body` with each run of bytes between ASCII spaces (`isASCIISpace`), in order, while it
    /// returns true; returns false as soon as one call does.
    @inline(__always)
    static func allASCIIWords(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Bool) -> Bool {
        var index = 0
        let total = bytes.count
        while index < total {
            while index < total, isASCIISpace(bytes[index]) { index += 1 }
            guard index < total else { break }
            let start = index
            while index < total, !isASCIISpace(bytes[index]) { index += 1 }
            guard body(start..<index) else { return false }
        }
        return true
    }

    /// Number of words separated by `Unicode.Scalar.isSpaceLike` scalars, read straight from UTF-8.
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false
        var index = 0
        let total = bytes.count
        while index < total {
            let byte = bytes[index]
            let (value, length) = byte < 0x80 ? (UInt32(byte), 1) : scalar(in: bytes, at: index)
            let space = value < 0x80 ? (value == 0x20 || value == 0x09 || value == 0x0B || value == 0x0C)
                : (Unicode.Scalar(value)?.isSpaceLike ?? false)
            if space { inWord = false } else if !inWord { inWord = true; count += 1 }
            index += length
        }
        return count
    }
}
