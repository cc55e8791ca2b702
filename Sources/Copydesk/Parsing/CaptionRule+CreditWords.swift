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
        for small in creditSmallWordBytes where small.count == word.count {
            if small.withUnsafeBufferPointer({ ByteSearch.equal(word.baseAddress!, $0, count: $0.count) }) { return true }
        }
        return pictureSourceTable.value(foldingBytes: word) != nil
    }

    /// `creditSmallWords` as bytes.
    private static let creditSmallWordBytes: [[UInt8]] = creditSmallWords.sorted().map { Array($0.utf8) }
}
