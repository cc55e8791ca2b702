/// Bracketed credits of outlets no table knows, after a whole caption sentence: "Public Enterprises Minister Pravin
/// Gordhan. (Jaco Marais, Netwerk24)", "Eskom's power station in Limpopo. (Gallo Images)".
extension CaptionRule {
    /// The caption and credit when `caption` is a sentence of five to forty words ending with "." and holding no quote
    /// mark, and `inside` (the bracket's content) is "Name, Outlet" (a name of two to four words, an outlet of one to
    /// four capitalised words or a web address, "cleveland.com"), two or three capitalised words (one may be a number, "FOX 5 DC") and no button word, or
    /// one word in capitals of three letters or more ("KHOU"); in square brackets (`square`) also one capitalised word or
    /// words closed by "News" (`isSquareBracketCredit`: "[Kathimerini]", "[InTime News]"); `nil` otherwise.
    static func sentenceBracketCredit(caption: Substring, inside: Substring, square: Bool = false) -> Match? {
        guard inside.utf8.count <= 56, isCaptionSentence(caption) else { return nil }
        if square, isSquareBracketCredit(inside) { return .captioned(text: String(caption), credit: String(inside)) }
        let parts = inside.split(separator: ",").map(\.trimmedSpace)
        if parts.count == 2, (2...4).contains(parts[0].wordCount), BylineRule.looksLikeName(parts[0]), (1...4).contains(parts[1].wordCount),
           parts[1].spaceWords.allSatisfy({ $0.first?.isUppercase == true }) || isWebAddress(parts[1]) {
            return .captioned(text: String(caption), credit: String(inside))
        }
        // "(Gallo Images)", "(FOX 5 DC)" (a station's number), "(KHOU)" (one word in capitals, three letters or more)
        let words = inside.spaceWords
        if parts.count == 1, isNewsOutletName(words) { return .captioned(text: String(caption), credit: String(inside)) }
        guard parts.count == 1, (1...3).contains(words.count), words.allSatisfy({ word in
                  word.allSatisfy(\.isNumber) || word.first?.isUppercase == true && !promptWords.contains(word.lowercased()) }),
              words.count >= 2 ? words.contains(where: { $0.first?.isLetter == true }) && words.filter({ $0.allSatisfy(\.isNumber) }).count <= 1
                               : inside.count >= 3 && inside.allSatisfy({ $0.isUppercase }) else { return nil }
        return .captioned(text: String(caption), credit: String(inside))
    }
}

extension CaptionRule {
    /// (round 13) True for a newsroom's name closed by "News" ("KIRO 7 News", "ABC News"): two to four words, those before
    /// "News" capitalised and no button word ("Latest News"), or a station's number, one of them a word.
    static func isNewsOutletName(_ words: [Substring]) -> Bool {
        guard (2...4).contains(words.count), words[words.count - 1] == "News" else { return false }
        let before = words.dropLast()
        return before.contains(where: { $0.first?.isUppercase == true })
            && before.allSatisfy { word in word.allSatisfy(\.isNumber) || word.first?.isUppercase == true && !promptWords.contains(word.lowercased()) }
    }

    /// True when `caption` reads as a whole caption sentence: five to forty words, ending with "." and holding no quote mark.
    static func isCaptionSentence(_ caption: Substring) -> Bool {
        caption.utf8.last == UInt8(ascii: ".") && caption.withUTF8Bytes { (5...40).contains(ByteSearch.wordCount($0)) && !holdsQuoteMark($0) }
    }

    /// True when `word` is one lower-case web address ("cleveland.com"): ASCII letters, digits, "-" and one or two inner
    /// dots, the last part two to four letters.
    static func isWebAddress(_ word: Substring) -> Bool {
        word.withUTF8Bytes { bytes in
            guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0, (2...4).contains(bytes.count &- dot &- 1) else { return false }
            var dots = 0
            for byte in bytes {
                if byte == UInt8(ascii: ".") { dots &+= 1; continue }
                guard byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "-") else { return false }
            }
            return dots <= 2 && bytes[dot &- 1] != UInt8(ascii: ".")
        }
    }
}
