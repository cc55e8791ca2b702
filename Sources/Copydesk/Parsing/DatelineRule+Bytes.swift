/// The dateline rule's byte shortcuts: each gives the answer of the Character-level test it stands for.
extension DatelineRule {
    /// The first of `dashes` in `head` (the one that starts first; no two of them start at the same byte), found
    /// in one walk over the bytes.
    static func firstDash(in head: Substring) -> Range<Substring.Index>? {
        let found: (start: Int, length: Int)? = head.withUTF8Bytes { firstDash($0) }
        guard let found else { return nil }
        let start = head.utf8.index(head.startIndex, offsetBy: found.start)
        return start..<head.utf8.index(start, offsetBy: found.length)
    }

    /// `firstDash(in:)` on the head's UTF-8: the first dash's byte offset and length.
    static func firstDash(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, length: Int)? {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == 0x20, index + 2 < count {  // " - ", " – ", " — "
                let next = bytes[index + 1]
                if next == UInt8(ascii: "-"), bytes[index + 2] == 0x20 { return (index, 3) }
                if next == 0xE2, index + 4 < count, bytes[index + 2] == 0x80, bytes[index + 4] == 0x20,
                   bytes[index + 3] == 0x94 || bytes[index + 3] == 0x93 { return (index, 5) }
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x94 {  // "—"
                return (index, 3)
            }
            index += 1
        }
        return nil
    }

    /// `word.filter(\.isLetter).allSatisfy(\.isUppercase)`: on ASCII, no letter a–z.
    static func hasNoLowercaseLetter(_ word: Substring) -> Bool {
        let ascii: Bool? = word.withUTF8Bytes { bytes in
            var lower = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte &- UInt8(ascii: "a") < 26 { lower = true }
            }
            return !lower
        }
        return ascii ?? word.filter(\.isLetter).allSatisfy(\.isUppercase)
    }

    /// `(2...8).contains(text.count) && text.allSatisfy(\.isUppercase)`: on ASCII (one byte per Character, as
    /// no CR is in a line), two to eight capitals A–Z.
    static func isShortCapitals(_ text: Substring) -> Bool {
        let ascii: Bool? = text.withUTF8Bytes { bytes in
            var capitals = true
            for byte in bytes {
                if byte >= 0x80 || byte == 0x0D { return nil }
                if byte &- UInt8(ascii: "A") >= 26 { capitals = false }
            }
            return capitals && bytes.count >= 2 && bytes.count <= 8
        }
        return ascii ?? ((2...8).contains(text.count) && text.allSatisfy(\.isUppercase))
    }

    /// False when `head` holds no "(", " -", "–" or "—": then neither a glued agency dateline nor a dash-ended
    /// one (`firstDash(in:)`) can start the paragraph. Hyphens inside words and curly quotes do not count.
    static func mayHoldDateline(_ head: Substring) -> Bool { head.withUTF8Bytes { mayHoldDateline($0) } }

    /// `mayHoldDateline` on the head's UTF-8: eight bytes a step while none is "(", "-" or 0xE2.
    static func mayHoldDateline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let raw = UnsafeRawPointer(bytes.baseAddress) {
            while index &+ 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let look = LineFlags.equalMask(word, UInt8(ascii: "(")) | LineFlags.equalMask(word, UInt8(ascii: "-")) | LineFlags.equalMask(word, 0xE2)
                if look == 0 { index &+= 8; continue }
                for at in index ..< index &+ 8 where opensDateline(bytes, at) { return true }
                index &+= 8
            }
        }
        while index < bytes.count {
            if opensDateline(bytes, index) { return true }
            index &+= 1
        }
        return false
    }

    /// True when the byte at `index` is "(", a "-" after a space, or opens "–" or "—".
    @inline(__always)
    private static func opensDateline(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "("): return true
        case UInt8(ascii: "-"): return index > 0 && bytes[index - 1] == 0x20
        case 0xE2: return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
        default: return false
        }
    }

    /// `text.spaceWords.first`, without building the array of every word when the first word is ASCII.
    static func firstSpaceWord(_ text: Substring) -> Substring? {
        // the first word's byte range when it is ASCII (empty: no word), nil when a non-ASCII byte comes first
        let range: Range<Int>? = text.withUTF8Bytes { bytes in
            var start = 0
            while start < bytes.count, isSpace(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, !isSpace(bytes[end]) {
                if bytes[end] >= 0x80 { return nil }
                end += 1
            }
            return start..<end
        }
        guard let range else { return text.spaceWords.first }
        if range.isEmpty { return nil }
        let lower = text.utf8.index(text.startIndex, offsetBy: range.lowerBound)
        return text[lower..<text.utf8.index(lower, offsetBy: range.count)]
    }

    /// The ASCII bytes `Unicode.Scalar.isSpaceLike` holds: tab, vertical tab, form feed, space.
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C }
}
