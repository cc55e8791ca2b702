/// Credit lines with no caption on them: a worded credit alone ("Contributed" over its caption), the lead picture's
/// credit in brackets under the story ("(Top photo: Jo Roe / NHLI via Getty Images)"), and the button links a
/// "Word/Word" credit test must leave ("Do Not Sell/Share My Personal Information").
extension CaptionRule {
    /// The worded credits that stand alone on a line as a picture's whole credit (lowercase).
    static let loneCreditWords: [StaticString] = ["contributed", "supplied", "handout"]

    /// False only when `loneCreditWord` returns `nil` for the line: one word of seven to eleven bytes ending with "d" or
    /// "t" (capitals folded), as each of `loneCreditWords` does.
    @inline(__always)
    static func mayBeLoneCreditWord(_ line: borrowing TextLine) -> Bool {
        let words = line.words, length = line.end &- line.start, last = line.lastByte | 0x20
        return words == 1 && UInt(bitPattern: length &- 7) <= 4 && (last == UInt8(ascii: "d") || last == UInt8(ascii: "t"))
    }

    /// "Contributed": a line that is only one of `loneCreditWords`, opening with a capital, is a credit for the caption
    /// the context rules find next to it; `nil` for any other line.
    static func loneCreditWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        guard let first = bytes.first, first &- UInt8(ascii: "A") < 26,
              loneCreditWords.contains(where: { $0.utf8CodeUnitCount == bytes.count && FoldedBytes.equal(bytes, at: 0, $0) }) else { return nil }
        return .credit(String(decoding: bytes, as: UTF8.self), captionAbove: true)
    }

    /// Words naming the picture a bracketed credit under the story is for (lowercase), looked up by bytes, capitals folded.
    static let leadPictureWords = FoldedKeyTable(["top", "main", "lead", "header", "cover", "featured", "feature", "hero", "banner"].sorted().map { ($0, true) })

    /// "(Top photo: Christopher Mast / NHLI via Getty Images)": a bracketed line that is one of `leadPictureWords`, then
    /// "photo:", "image:" or "picture:", then a credit of one to eight words besides its " / " marks (`looksLikeCredit`)
    /// is the credit of the story's lead picture, with no caption next to it; `nil` for any other line.
    static func leadPictureCredit(_ line: Substring) -> Match? {
        line.withUTF8Bytes { b -> Match? in
            guard b.count >= 16, b[0] == UInt8(ascii: "(") || b[0] == UInt8(ascii: "["),
                  b[b.count &- 1] == (b[0] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")),
                  let space = ByteSearch.firstIndex(of: 0x20, in: b, from: 1), space <= 9,
                  leadPictureWords.value(foldingBytes: UnsafeBufferPointer(rebasing: b[1..<space])) != nil else { return nil }
            var label = 0
            for word in ["photo:", "image:", "picture:"] as [StaticString] where FoldedBytes.equal(b, at: space &+ 1, word) {
                label = word.utf8CodeUnitCount
            }
            guard label > 0 else { return nil }
            let credit = Substring(String(decoding: b[(space &+ 1 &+ label)..<(b.count &- 1)], as: UTF8.self)).trimmedSpace
            let words = credit.withUTF8Bytes { ByteSearch.wordCount($0) &- spacedSlashes($0) }
            guard (1...8).contains(words), credit.startsUppercase, looksLikeCredit(credit) else { return nil }
            return .credit(String(credit), captionAbove: false)
        }
    }

    /// The words of links and buttons no credit holds (lowercase): a "Word/Word" line holding one is a link.
    static let buttonWords = FoldedKeyTable(["my", "your", "not", "share", "sell", "sign", "log", "subscribe", "click", "follow",
                                             "print", "email", "menu", "more", "read", "privacy", "cookies", "terms"].sorted().map { ($0, true) })

    /// True when a word of `text`, split at spaces and "/", is one of `buttonWords` (capitals folded).
    static func holdsButtonWord(_ text: Substring) -> Bool {
        text.withUTF8Bytes { b in
            var start = 0
            for index in 0...b.count where index == b.count || b[index] == 0x20 || b[index] == UInt8(ascii: "/") {
                if index > start, buttonWords.value(foldingBytes: UnsafeBufferPointer(rebasing: b[start..<index])) != nil { return true }
                start = index &+ 1
            }
            return false
        }
    }
}
