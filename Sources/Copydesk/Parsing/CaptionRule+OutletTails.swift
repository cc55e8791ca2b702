/// A photographer's name and the outlet the picture was made for, run onto the caption's last sentence: "… in Santa Fe on
/// May 24, 2018. Michael Stravato for The Texas Tribune", "… Westlands district. Brian Otieno for Rest of World", "… with
/// the state.Aristide Economopoulos | NJ Advance Media for NJ.com".
extension CaptionRule {
    /// "Michael Stravato for The Texas Tribune": two to four capitalised name words, "for", then an outlet of one to five
    /// words (`isOutletName`); the credit, or `nil` for another tail.
    static func forOutletCredit(_ tail: UnsafeBufferPointer<UInt8>) -> String? {
        namedOutletCredit(tail, joinedBy: " for ", outletWords: 1...5)
    }

    /// "Aristide Economopoulos | NJ Advance Media for NJ.com": two to four capitalised name words (no button word), " | ",
    /// then an outlet of one to seven words (`isOutletName`); the credit, or `nil` for another tail.
    static func barOutletCredit(_ tail: UnsafeBufferPointer<UInt8>) -> String? {
        namedOutletCredit(tail, joinedBy: " | ", outletWords: 1...7)
    }

    /// A tail of at most 64 bytes holding a credit name (`isCreditName`), then `joint`, then an outlet of `outletWords`
    /// words (`isOutletName`): the whole tail, trimmed, or `nil`.
    private static func namedOutletCredit(_ tail: UnsafeBufferPointer<UInt8>, joinedBy joint: StaticString,
                                          outletWords: ClosedRange<Int>) -> String? {
        let text = UnsafeBufferPointer(rebasing: tail[BylineRule.trim(tail, tail.indices)])
        guard text.count <= 64, let cut = BylineRule.find(joint, text, in: 0..<text.count) else { return nil }
        let name = UnsafeBufferPointer(rebasing: text[..<cut])
        let outlet = UnsafeBufferPointer(rebasing: text[(cut + joint.utf8CodeUnitCount)...])
        guard isCreditName(name), isOutletName(outlet, words: outletWords) else { return nil }
        return String(decoding: text, as: UTF8.self)
    }

    /// True for two to four ASCII name words (`isNameWord`), none a button or function word (`isPromptWord`).
    static func isCreditName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        (2...4).contains(ByteSearch.wordCount(name)) && ByteSearch.allASCIIWords(name) { range in
            let word = UnsafeBufferPointer(rebasing: name[range])
            return isNameWord(word) && !isPromptWord(word)
        }
    }

    /// True for an outlet's name of `words` ASCII words, the first and last opening with a capital, the others with a
    /// capital or one of "of", "the", "and", "for", "&" ("Rest of World", "NJ Advance Media for NJ.com").
    static func isOutletName(_ outlet: UnsafeBufferPointer<UInt8>, words: ClosedRange<Int>) -> Bool {
        let count = ByteSearch.wordCount(outlet)
        guard words.contains(count), outlet.allSatisfy({ $0 < 0x80 }) else { return false }
        var index = 0
        return ByteSearch.allASCIIWords(outlet) { range in
            defer { index += 1 }
            if outlet[range.lowerBound] &- UInt8(ascii: "A") < 26 { return true }
            guard index > 0, index < count - 1 else { return false }
            let word = String(decoding: UnsafeBufferPointer(rebasing: outlet[range]), as: UTF8.self)
            return word == "of" || word == "the" || word == "and" || word == "for" || word == "&"
        }
    }
}

extension CaptionRule {
    /// "… since January. Khadejeh Nikouyeh knikouyeh@charlotteobserver.com": two or three capitalised name words (no button
    /// word), then one e-mail address whose part before the "@" holds the name's last word (capitals folded, three letters
    /// or more); the name and the address as the credit, or `nil` for another tail.
    static func emailNameCredit(_ tail: UnsafeBufferPointer<UInt8>) -> String? {
        let text = UnsafeBufferPointer(rebasing: tail[BylineRule.trim(tail, tail.indices)])
        guard text.count <= 64, let space = text.lastIndex(of: 0x20),
              let at = text[(space + 1)...].firstIndex(of: UInt8(ascii: "@")), at > space + 1,
              text[(at + 1)...].contains(UInt8(ascii: ".")) else { return nil }
        let name = UnsafeBufferPointer(rebasing: text[..<space]), local = UnsafeBufferPointer(rebasing: text[(space + 1)..<at])
        guard (2...3).contains(ByteSearch.wordCount(name)), isCreditName(name), let last = name.lastIndex(of: 0x20) else { return nil }
        let surname = UnsafeBufferPointer(rebasing: name[(last + 1)...])
        guard surname.count >= 3, surname.count <= local.count else { return nil }
        for start in 0...(local.count - surname.count) where FoldedBytes.fold(local[start]) == FoldedBytes.fold(surname[0]) {
            if (0..<surname.count).allSatisfy({ FoldedBytes.fold(local[start + $0]) == FoldedBytes.fold(surname[$0]) }) {
                return String(decoding: text, as: UTF8.self)
            }
        }
        return nil
    }
}
