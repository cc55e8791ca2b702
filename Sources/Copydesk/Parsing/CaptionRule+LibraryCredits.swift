/// Credit lines under their caption that name a picture library or a sports wire in shapes no other path reads: "ANP/Alamy
/// Stock Photo", "Alamy Stock Photo", "Dale Marsh-USA TODAY Sports", "Kirby Lee-Imagn Images".
extension CaptionRule {
    /// The credit (caption above) of an ASCII line of two to six words opening with a capital and ending with "o" or "s":
    /// capitalised words (and "/" parts) ending with "Stock Photo", or a photographer's name of two to four words glued by
    /// "-" to an outlet (`isOutletName`) whose first word is in capitals or whose last is "Sports", "Images" or "Photos";
    /// `nil` for any other line.
    static func libraryCreditLine(_ b: UnsafeBufferPointer<UInt8>) -> Match? {
        guard b.count >= 10, b.count <= 64, b[0] &- UInt8(ascii: "A") < 26, case let last = b[b.count - 1],
              last == UInt8(ascii: "o") || last == UInt8(ascii: "s"), b.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }),
              (2...6).contains(ByteSearch.wordCount(b)) else { return nil }
        if ByteSearch.hasSuffix(b, " Stock Photo") {
            // every word capitalised or a "/"; no button word ("Buy Stock Photo")
            guard ByteSearch.allASCIIWords(b, { range in
                let word = UnsafeBufferPointer(rebasing: b[range])
                return (word[0] &- UInt8(ascii: "A") < 26 || word.count == 1 && word[0] == UInt8(ascii: "/")) && !isPromptWord(word)
                    && !(word.count == 3 && FoldedBytes.equal(word, at: 0, "buy"))
            }) else { return nil }
            return .credit(String(decoding: b, as: UTF8.self), captionAbove: true)
        }
        // "Dale Marsh-USA TODAY Sports": the first "-" after a lower-case letter and before a capital
        guard let hyphen = b.indices.dropFirst().first(where: {
            b[$0] == UInt8(ascii: "-") && $0 + 1 < b.count && b[$0 - 1] &- UInt8(ascii: "a") < 26 && b[$0 + 1] &- UInt8(ascii: "A") < 26
        }) else { return nil }
        let name = UnsafeBufferPointer(rebasing: b[..<hyphen]), outlet = UnsafeBufferPointer(rebasing: b[(hyphen + 1)...])
        guard isCreditName(name), isOutletName(outlet, words: 1...4), opensWithCapitalsWord(outlet)
            || ByteSearch.hasSuffix(outlet, " Sports") || ByteSearch.hasSuffix(outlet, " Images") || ByteSearch.hasSuffix(outlet, " Photos")
        else { return nil }
        return .credit(String(decoding: b, as: UTF8.self), captionAbove: true)
    }

    /// `libraryCreditLine` of `line` (a line of `page`), called only for two to six words, an ASCII letter first, "o" or
    /// "s" last (where it may find one).
    @inline(__always)
    static func libraryCredit(_ line: borrowing TextLine, _ page: LinePage) -> Match? {
        let last = line.lastByte, words = line.words
        guard words >= 2, words <= 6, last == UInt8(ascii: "o") || last == UInt8(ascii: "s"), line.firstLowerByte &- UInt8(ascii: "a") < 26
        else { return nil }
        return libraryCreditLine(page.bytes(line))
    }

    /// True when the first word of `b` is two or more capitals A–Z ("USA", "AP").
    private static func opensWithCapitalsWord(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = 0
        while count < b.count, b[count] &- UInt8(ascii: "A") < 26 { count += 1 }
        return count >= 2 && (count == b.count || b[count] == 0x20)
    }
}
