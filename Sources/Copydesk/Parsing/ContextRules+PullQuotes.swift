import Foundation

/// (round 14) Pull quotes: a short line that is only a quote repeating a sentence of a paragraph near it.
extension ContextRules {
    /// "\"I tell them, I have a computer. It's at home.\"" a few lines under the paragraph that holds those words: the
    /// repeat is page furniture, not a second paragraph (nor a second quote). A text line of five to thirty words that
    /// opens and closes with a double quote mark is looked up in the quoting text lines from eight above to
    /// three below it.
    static func markPullQuotes(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        for index in lines.indices where lines[index].hasQuoteMark && (5...30).contains(lines[index].words) && roles.kind(index) == .text {
            let bytes = page.bytes(lines[index])
            guard let inner = quotedSpan(bytes), inner.count >= 16 else { continue }
            let pattern = UnsafeBufferPointer(rebasing: bytes[inner])
            for other in max(0, index &- 8)...min(lines.count &- 1, index &+ 3) where other != index && lines[other].hasQuoteMark
                && roles.kind(other) == .text && lines[other].end &- lines[other].start > bytes.count &+ 8 {
                let hay = page.bytes(lines[other])
                guard holds(hay, pattern) else { continue }
                roles.set(index, .furniture(.duplicate))
                break
            }
        }
    }

    /// True when `hay` holds the bytes of `pattern` (not empty): `memchr` finds each first byte, `memcmp` the rest.
    private static func holds(_ hay: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = hay.baseAddress, let needle = pattern.baseAddress, hay.count >= pattern.count else { return false }
        let key = Int32(pattern[0]), lastStart = hay.count &- pattern.count
        var from = 0
        while from <= lastStart, let found = memchr(base + from, key, lastStart &- from &+ 1) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, needle, pattern.count) == 0 { return true }
            from = at &+ 1
        }
        return false
    }

    /// The offsets of the text inside the double quote marks (straight or curly) that open and close `bytes`, less a
    /// closing "." or ","; `nil` when the line does not open and close with one.
    static func quotedSpan(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let n = bytes.count
        guard n >= 8 else { return nil }
        var start = 0, end = n
        if bytes[0] == UInt8(ascii: "\"") { start = 1 } else if bytes[0] == 0xE2, bytes[1] == 0x80, bytes[2] == 0x9C { start = 3 } else { return nil }
        if bytes[n &- 1] == UInt8(ascii: "\"") { end = n &- 1 } else if bytes[n &- 3] == 0xE2, bytes[n &- 2] == 0x80, bytes[n &- 1] == 0x9D { end = n &- 3 } else {
            return nil
        }
        if end > start, bytes[end &- 1] == UInt8(ascii: ".") || bytes[end &- 1] == UInt8(ascii: ",") { end &-= 1 }
        return start < end ? start..<end : nil
    }
}
