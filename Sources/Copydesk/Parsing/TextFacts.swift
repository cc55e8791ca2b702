/// Cheap facts about a line of text that many rules ask for.
extension Unicode.Scalar {
    /// White space including no-break and other Unicode spaces.
    var isSpaceLike: Bool {
        switch value {
        case 0x09, 0x0B, 0x0C, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (Unicode spaces included).
    var trimmedSpace: SubSequence {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isSpaceLike { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isSpaceLike { end = scalars.index(before: end) }
        return self[start..<end]
    }

    /// Number of space-separated words.
    var wordCount: Int {
        if let count = utf8.withContiguousStorageIfAvailable({ ByteSearch.wordCount($0) }) { return count }
        var count = 0
        var inWord = false
        for scalar in unicodeScalars {
            if scalar.isSpaceLike { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// The last scalar that is not a closing quote or bracket.
    var lastSignificantScalar: Unicode.Scalar? {
        for scalar in unicodeScalars.reversed() {
            switch scalar {
            case "\"", "'", "”", "’", ")", "]", "»": continue
            default: return scalar
            }
        }
        return nil
    }

    /// True when the line ends like a sentence (". ! ? …" possibly followed by a closing quote).
    var endsLikeSentence: Bool {
        guard let last = lastSignificantScalar else { return false }
        return last == "." || last == "!" || last == "?" || last == "…" || last == ":"
    }

    /// True when the line has at least one letter and no lowercase letters.
    var isAllCaps: Bool {
        if utf8.allSatisfy({ $0 < 0x80 }) {  // ASCII: letters are A–Z and a–z
            var sawLetter = false
            for byte in utf8 {
                if byte &- UInt8(ascii: "a") < 26 { return false }
                if byte &- UInt8(ascii: "A") < 26 { sawLetter = true }
            }
            return sawLetter
        }
        var sawLetter = false
        for scalar in unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            sawLetter = true
        }
        return sawLetter
    }
}

extension Substring {
    /// Number of space-separated words (bytes read in place).
    var wordCount: Int { withUTF8Bytes { ByteSearch.wordCount($0) } }

    /// The space-separated words, as `StringProtocol.spaceWords` splits them; ASCII text (where every
    /// Character is one byte) is split on its bytes.
    var spaceWords: [Substring] {
        let ascii: [Substring]? = withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: [Substring] = []
            _ = ByteSearch.allASCIIWords(bytes) { word in
                let lower = utf8.index(utf8.startIndex, offsetBy: word.lowerBound)
                words.append(self[lower..<utf8.index(lower, offsetBy: word.count)])
                return true
            }
            return words
        }
        return ascii ?? split(whereSeparator: { $0.unicodeScalars.first?.isSpaceLike ?? false })
    }

    /// `lowercased()`, by bytes when the text is ASCII (the common case; the result is the same).
    var lowercasedFast: String {
        withUTF8Bytes { bytes in bytes.allSatisfy { $0 < 0x80 } ? TextLine.asciiLowercased(bytes) : nil } ?? lowercased()
    }
}

extension String {
    /// The space-separated words (as the `Substring` version splits them).
    var spaceWords: [Substring] { self[...].spaceWords }
}

extension StringProtocol {
    /// The space-separated words.
    var spaceWords: [SubSequence] {
        split(whereSeparator: { $0.unicodeScalars.first?.isSpaceLike ?? false })
    }

    /// True when the first scalar is an uppercase letter.
    var startsUppercase: Bool {
        if let first = utf8.first, first < 0x80 { return first &- UInt8(ascii: "A") < 26 }  // ASCII: only A–Z are uppercase
        return unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// True when any scalar is an ASCII digit.
    var hasDigit: Bool { unicodeScalars.contains { ("0"..."9").contains($0) } }
}

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
