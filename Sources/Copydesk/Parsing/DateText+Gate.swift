/// A cheap necessary condition for `DateText.find`: a date needs an anchor, which is a month name,
/// "ago", "today"/"yesterday" as a whole word, or a numeric date "a sep b sep c" (sep one of . / -).
extension DateText {
    /// The anchor words (month names and abbreviations, "ago", "today", "yesterday"), packed by `packedWord`.
    private static let anchorWords: Set<UInt64> = Set((Array(months.keys) + ["ago", "today", "yesterday"]).map { packedWord(Array($0.utf8)[...]) })

    /// False only when `find` cannot return a date: no anchor word and no digit-separator-digit run.
    /// Non-ASCII bytes count as possible letters or white space, so the test never rules out a real date.
    static func mayHoldDate(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(mayHoldDate) ?? Array(text.utf8).withUnsafeBufferPointer(mayHoldDate)
    }

    private static func mayHoldDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        hasAnchorWord(bytes) || hasNumericRun(bytes)
    }

    /// True when a run of ASCII letters reads as an anchor word, ASCII case ignored. `find` reads words as
    /// runs of letters; a run touching a non-ASCII byte may belong to a longer word, so it counts as a
    /// possible anchor only by its ASCII part, which keeps the test a necessary condition.
    private static func hasAnchorWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let total = bytes.count
        while index < total {
            guard isASCIILetter(bytes[index]) else { index += 1; continue }
            var end = index + 1
            while end < total, isASCIILetter(bytes[end]) { end += 1 }
            let length = end - index
            if length >= 3, length <= 9, anchorWords.contains(packedWord(bytes[index..<end])) { return true }
            index = end
        }
        return false
    }

    /// Three to nine ASCII letters lowercased, packed 7 bits each: no letter packs to zero, so distinct words stay distinct.
    private static func packedWord<C: Collection>(_ letters: C) -> UInt64 where C.Element == UInt8 {
        var packed: UInt64 = 0
        for byte in letters { packed = packed << 7 | UInt64(byte | 0x20) & 0x7F }
        return packed
    }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

    private static func hasNumericRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices where bytes[index] == 0x2E || bytes[index] == 0x2F || bytes[index] == 0x2D {
            var before = index - 1
            while before >= 0, skippable(bytes[before]) { before -= 1 }
            guard before >= 0, bytes[before] &- 0x30 < 10 else { continue }
            var after = index + 1
            while after < bytes.count, skippable(bytes[after]) { after += 1 }
            if after < bytes.count, bytes[after] &- 0x30 < 10 { return true }
        }
        return false
    }

    /// ASCII white space or any non-ASCII byte (which may belong to a Unicode space).
    private static func skippable(_ byte: UInt8) -> Bool { byte >= 0x80 || byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
}
