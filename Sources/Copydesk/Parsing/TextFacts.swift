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
    var trimmedSpace: SubSequence { plainTrimmedSpace }

    /// `trimmedSpace` read as Unicode scalars (the `Substring` form reads ASCII edges on the bytes).
    var plainTrimmedSpace: SubSequence {
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
    /// `StringProtocol.trimmedSpace` on the bytes: an ASCII byte is a scalar of its own, and space-like exactly when it
    /// is a tab, vertical tab, form feed or space; a non-ASCII scalar where trimming stops is decoded, and one that is
    /// no space ends the trim there. A Unicode space at an edge sends the text to the scalar reading.
    var trimmedSpace: Substring {
        let cut: (front: Int, back: Int)? = withUTF8Bytes { bytes in
            var start = 0, end = bytes.count
            while start < end, Self.isASCIISpace(bytes[start]) { start &+= 1 }
            while end > start, Self.isASCIISpace(bytes[end &- 1]) { end &-= 1 }
            if start < end, bytes[start] >= 0x80, Self.isSpaceLike(ByteSearch.scalar(in: bytes, at: start).value) { return nil }
            if start < end, bytes[end &- 1] >= 0x80 {
                var lead = end &- 1  // the last scalar's lead byte (the text is valid UTF-8)
                while lead > start, bytes[lead] & 0xC0 == 0x80 { lead &-= 1 }
                if Self.isSpaceLike(ByteSearch.scalar(in: bytes, at: lead).value) { return nil }
            }
            return (start, bytes.count &- end)
        }
        guard let cut else { return plainTrimmedSpace }
        if cut.front == 0 && cut.back == 0 { return self }
        return self[utf8.index(startIndex, offsetBy: cut.front)..<utf8.index(endIndex, offsetBy: -cut.back)]
    }

    /// `Unicode.Scalar.isSpaceLike` for a decoded value (0x10000, which `ByteSearch.scalar` gives for what it does not
    /// decode, is no space).
    @inline(__always)
    private static func isSpaceLike(_ value: UInt32) -> Bool { Unicode.Scalar(value)?.isSpaceLike ?? false }

    /// Tab, vertical tab, form feed or space: the ASCII bytes `Unicode.Scalar.isSpaceLike` holds.
    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C }

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
