/// A cheap necessary condition for `DateText.find`: a date needs an anchor, which is a month name,
/// "ago", "today"/"yesterday" as a whole word, or a numeric date "a sep b sep c" (sep one of . / -).
extension DateText {
    /// The `wordTable` bits of the anchor words: a month, "ago", "today", "yesterday".
    private static let anchorBits: WordInfo = 0xF | Word.ago | Word.today | Word.yesterday

    /// False only when `find` cannot return a date: no anchor word and no digit-separator-digit run.
    /// Non-ASCII bytes count as possible letters or white space, so the test never rules out a real date.
    static func mayHoldDate(_ text: Substring) -> Bool {
        text.withUTF8Bytes(mayHoldDate)
    }

    static func mayHoldDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        hasAnchorWord(bytes) || hasNumericRun(bytes)
    }

    /// True when a run of ASCII letters reads as an anchor word, ASCII case ignored. `find` reads words as
    /// runs of letters; a run touching a non-ASCII byte may belong to a longer word, so it counts as a
    /// possible anchor only by its ASCII part, which keeps the test a necessary condition.
    private static func hasAnchorWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        let table = wordTable  // fetched once, not once per run
        forEachLetterRun(bytes) { start, end in
            let length = end - start
            found = length >= 3 && length <= 9 && table.mayHold(first: bytes[start], length: length)
                && table.info(packed: packedLetters(bytes, start, end)) & anchorBits != 0
            return !found
        }
        return found
    }

    /// Calls `body` with the bounds of each maximal run of ASCII letters, in order, while it returns true.
    @inline(__always)
    private static func forEachLetterRun(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Bool) {
        var index = 0
        let total = bytes.count
        while index < total {
            guard isASCIILetter(bytes[index]) else { index += 1; continue }
            var end = index + 1
            while end < total, isASCIILetter(bytes[end]) { end += 1 }
            guard body(index, end) else { return }
            index = end
        }
    }

    /// Up to nine ASCII letters lowercased, packed 7 bits each: no letter packs to zero, so distinct words stay distinct.
    @inline(__always)
    static func packedLetters(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var packed: UInt64 = 0
        for index in start..<end { packed = packed << 7 | UInt64(bytes[index] | 0x20) & 0x7F }
        return packed
    }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

    static func hasNumericRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

/// A cheap necessary condition for a short date line: `DateRule` keeps a date only when at most three
/// letter words of its text lie outside every date expression (`Found.otherWords`).
extension DateText {
    /// Every word `find` may mark as part of a date or skip as glue: month names, zones, glue words,
    /// relative units, "t", "am"/"pm", "a"/"p"/"m", "ago", "today", "yesterday" (lowercase ASCII letters, at
    /// most nine): exactly the keys of `wordInfo`, so a word is one when `wordTable` knows it (`info` not 0).
    static let dateWordList = Array(months.keys) + Array(zones.keys) + Array(glue) + Array(relativeUnits)
        + ["t", "am", "pm", "a", "p", "m", "ago", "today", "yesterday"]

    /// The longest date word; a longer run of letters is never one of them.
    private static let longestDateWord = dateWordList.map { $0.utf8.count }.max() ?? 0

    /// False only when `find(in: text)` would return `nil` or a date with more than `limit` other words:
    /// more than `limit` runs of ASCII letters, each between ASCII non-letters (so `find` reads each as one
    /// word token), are no date word. A run touching a non-ASCII byte may be part of a longer word: not counted.
    static func mayHoldShortDate(_ text: Substring, otherWordsAtMost limit: Int) -> Bool {
        let others = text.withUTF8Bytes { countOtherWords($0, stoppingAfter: limit) }
        return others <= limit
    }

    /// Counts the plain ASCII letter runs that are no date word, stopping once the count exceeds `limit`.
    static func countOtherWords(_ bytes: UnsafeBufferPointer<UInt8>, stoppingAfter limit: Int) -> Int {
        var count = 0
        let table = wordTable, longest = longestDateWord  // fetched once, not once per run
        forEachLetterRun(bytes) { start, end in
            let clean = (start == 0 || bytes[start - 1] < 0x80) && (end == bytes.count || bytes[end] < 0x80)
            if clean, end - start > longest || !table.mayHold(first: bytes[start], length: end - start)
                || table.info(packed: packedLetters(bytes, start, end)) == 0 { count += 1 }
            return count <= limit
        }
        return count
    }
}
