/// The context rule for unlabelled bylines next to a date: a line of names right above or below a date line.
extension ContextRules {
    /// Small words a list of names may hold ("and", "&"), built once rather than per line.
    private static let nameListSmallWords: Set<Substring> = ["and", "&", "in", "at", "for", "by"]

    /// A line of names right above or below a date is the byline ("JANIE HAR", "Lisa Kaczke and Trevor J. Mitchell …").
    static func markNamesNextToDates(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        for index in lines.indices where roles.kind(index) == .text {
            guard lines[index].words >= 2, lines[index].words <= 12, !lines[index].endsLikeSentence else { continue }
            let nextIsDate = index + 1 < lines.count && roles.kind(index + 1) == .date
            let previousIsDate = index > 0 && roles.kind(index - 1) == .date
            guard nextIsDate || previousIsDate else { continue }
            // ASCII text is read on its bytes (no word list); other text as words
            let bytes = page.bytes(lines[index])
            guard namesOnly(bytes) ?? plainNamesOnly(page.text(lines[index])) else { continue }
            guard lines[index].words <= 4 || ByteSearch.withBytes(of: " and ", { TextSearch.offset(of: $0, in: bytes, last: false) }) != nil
            else { continue }
            let text = page.text(lines[index])
            guard !BylineRule.isButtonLabel(text) else { continue }  // "In Summary", "Facebook Share": no names
            let names = BylineRule.people(in: text)
            if !names.isEmpty { roles.set(index, .byline(BylineRule.Match(names: names))) }
        }
    }

    /// `markNamesNextToDates`' word test for ASCII `bytes` (`nil` for other text): every word starts with a capital
    /// or is one of `nameListSmallWords`, the first starts with a capital, and no byte is a digit. Words are split
    /// at the bytes `spaceWords` splits ASCII text at, and an ASCII word opens with a capital exactly when its first
    /// byte is A–Z.
    static func namesOnly(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var first = true
        let names = ByteSearch.allASCIIWords(bytes) { word in
            defer { first = false }
            if bytes[word.lowerBound] &- UInt8(ascii: "A") < 26 { return true }
            guard !first else { return false }
            let length = word.count, base = bytes.baseAddress! + word.lowerBound
            return smallWordBytes.contains { $0.count == length && $0.withUnsafeBufferPointer { ByteSearch.equal(base, $0, count: length) } }
        }
        return names && !first && !bytes.contains { $0 &- UInt8(ascii: "0") < 10 }
    }

    /// The plain word test of `markNamesNextToDates`, on the text's words.
    static func plainNamesOnly(_ text: Substring) -> Bool {
        let words = text.spaceWords
        return words.allSatisfy({ $0.startsUppercase || nameListSmallWords.contains($0) }) && words.first?.startsUppercase == true && !text.hasDigit
    }

    /// `nameListSmallWords` as bytes.
    private static let smallWordBytes: [[UInt8]] = nameListSmallWords.map { Array($0.utf8) }
}
