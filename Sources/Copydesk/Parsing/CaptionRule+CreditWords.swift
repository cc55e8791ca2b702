/// `looksLikeCredit` read in place: an ASCII credit (one byte, one Character; lowering is folding A–Z) is
/// tested word by word on its bytes, without the String copy, the word list or the lowered words.
extension CaptionRule {
    /// `looksLikeCredit(String(credit))`, on the bytes when `credit` is ASCII.
    static func looksLikeCredit(_ credit: Substring) -> Bool {
        let answer: Bool? = credit.withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return ByteSearch.allASCIIWords(bytes) { asciiCreditWord(UnsafeBufferPointer(rebasing: bytes[$0])) }
        }
        return answer ?? looksLikeCredit(String(credit))
    }

    /// One word of `looksLikeCredit` as ASCII bytes (one or more): a capital, a digit, "(" first, a "/", one of
    /// `creditSmallWords` byte for byte, or a picture source with A–Z folded.
    static func asciiCreditWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = word[0]
        if first &- UInt8(ascii: "A") < 26 || first &- UInt8(ascii: "0") < 10 || first == UInt8(ascii: "(") { return true }
        if word.contains(UInt8(ascii: "/")) { return true }
        if isCreditSmallWord(word) { return true }
        return pictureSourceTable.value(foldingBytes: word) != nil
    }

    /// True when the ASCII `word` is one of `creditSmallWords` byte for byte: the word (at most four bytes, as long as
    /// the longest small word) packed with its length into one number and compared with the small words packed so, as
    /// constants (`CaptionSmallWordTests` checks them against `creditSmallWords`).
    @inline(__always)
    static func isCreditSmallWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= 4 else { return false }
        var packed = UInt64(word.count) << 56
        for index in 0..<word.count { packed |= UInt64(word[index]) << UInt64(index &* 8) }
        switch packed {
        case 0x0300_0000_0061_6976, 0x0300_0000_0064_6E61, 0x0300_0000_0072_6F66, 0x0200_0000_0000_666F,  // via and for of
             0x0300_0000_0065_6874, 0x0400_0000_656C_6966, 0x0200_0000_0000_6564, 0x0300_0000_006E_6176,  // the file de van
             0x0300_0000_006E_6F76, 0x0200_0000_0000_6164, 0x0300_0000_006C_6564, 0x0200_0000_0000_656C,  // von da del le
             0x0200_0000_0000_616C, 0x0100_0000_0000_002F, 0x0100_0000_0000_002D, 0x0100_0000_0000_0026,  // la / - &
             0x0100_0000_0000_007C: return true  // |
        default: return false
        }
    }
}

extension CaptionRule {
    /// A credit reads like names or agencies: capitalised words, initials, "/", and a few small words.
    static func looksLikeCredit(_ credit: String) -> Bool {  // the plain rule; `looksLikeCredit(_: Substring)` reads ASCII on bytes
        credit.spaceWords.allSatisfy { word in
            word.startsUppercase || word.first?.isNumber == true || word.containsASCII(UInt8(ascii: "/"), "/") || creditSmallWords.contains(word)
                || isPictureSource(word.lowercasedFast) || word.fastHasPrefix("©") || word.fastHasPrefix("(")
        }
    }

    /// Small words a credit may hold ("via", "of", "/"), built once rather than per call.
    static let creditSmallWords: Set<Substring> = ["via", "and", "for", "of", "the", "file", "de", "van", "von", "da", "del", "le",
                                                           "la", "/", "-", "&", "|"]
}
