/// Credits run onto a caption's last sentence for a picture its author or a reader supplied, or credited to a person and a
/// web address: "… hot weather. Rebecca Lindqvist, Author provided", "… near Auckland. Supplied", "… at the county
/// jail.John Kuntz, cleveland.com".
extension CaptionRule {
    /// The credit in `tail` (the text after a caption sentence, ASCII): "Author provided" or "Supplied" alone, or after a
    /// name of two to four capitalised words and ", ", or such a name, ", " and a web address (`isWebAddress`); `nil` otherwise.
    static func providedCredit(_ tail: UnsafeBufferPointer<UInt8>) -> String? {
        let text = UnsafeBufferPointer(rebasing: tail[BylineRule.trim(tail, tail.indices)])
        guard text.count >= 8, text.count <= 60, text.allSatisfy({ $0 < 0x80 }) else { return nil }
        if isProvidedNote(text) { return String(decoding: text, as: UTF8.self) }
        guard let comma = text.firstIndex(of: UInt8(ascii: ",")), comma &+ 2 < text.count, text[comma &+ 1] == 0x20 else { return nil }
        let name = UnsafeBufferPointer(rebasing: text[..<comma]), rest = UnsafeBufferPointer(rebasing: text[(comma &+ 2)...])
        guard (2...4).contains(ByteSearch.wordCount(name)), ByteSearch.allASCIIWords(name, { isNameWord(UnsafeBufferPointer(rebasing: name[$0])) }),
              isProvidedNote(rest) || isWebAddress(Substring(String(decoding: rest, as: UTF8.self))) else { return nil }
        return String(decoding: text, as: UTF8.self)
    }

    /// True when `bytes` are "Author provided" or "Supplied" (capitals folded after the first, a capital).
    private static func isProvidedNote(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first &- UInt8(ascii: "A") < 26 else { return false }
        return bytes.count == 15 && FoldedBytes.equal(bytes, at: 0, "author provided") || bytes.count == 8 && FoldedBytes.equal(bytes, at: 0, "supplied")
    }

    /// True for a name word: a capital, then ASCII letters, ".", "-" or "'".
    static func isNameWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = word.first, first &- UInt8(ascii: "A") < 26 else { return false }
        return word.allSatisfy { ($0 | 0x20) &- UInt8(ascii: "a") < 26 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }
    }
}

extension LayoutGates {
    /// True when `b` ends with "provided" or "supplied" (capitals folded), or with a web address's ending: a "." after a
    /// lower-case letter and two to four lower-case letters ("cleveland.com"); `CaptionRule.providedCredit` needs one.
    static func endsWithProvidedOrAddress(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n >= 9 else { return false }
        if b[n &- 1] | 0x20 == UInt8(ascii: "d"),  // both words end with "d"
           FoldedBytes.equal(b, at: n &- 8, "provided") || FoldedBytes.equal(b, at: n &- 8, "supplied") { return true }
        var i = n &- 1
        while i > n &- 6, b[i] &- UInt8(ascii: "a") < 26 { i &-= 1 }
        return i <= n &- 3 && b[i] == UInt8(ascii: ".") && b[i &- 1] &- UInt8(ascii: "a") < 26
    }
}

extension CaptionRule {
    /// "Credit: Amanda Montañez; Source: “Large Loss of CO2 …” by Susan M. Natali et al., …": a line opening with "Credit:"
    /// that no other path read (a graphic's long credit) is a credit of its own, however long, with no caption above it;
    /// `nil` for another line or a credit that opens with no capital.
    static func creditLabelLine(_ line: Substring) -> Match? {
        guard line.hasFoldedPrefix("credit:") else { return nil }
        let credit = line.dropFirst(7).trimmedSpace
        guard credit.wordCount >= 2, credit.startsUppercase else { return nil }
        return .credit(String(credit), captionAbove: false)
    }
}

extension CaptionRule {
    /// "Keystone / Jean-christophe Bott": one capitalised word (an agency no table knows), " / ", then a photographer's
    /// name of two or three words (`BylineRule.looksLikeName`), alone on its line under its caption, every word a capital
    /// and lower-case letters (no line in capitals, "NATIONAL / SOCIAL ISSUES") and none a button word ("Join / Sign In");
    /// `nil` otherwise.
    static func agencySlashName(_ line: Substring) -> Match? {
        guard let bar = line.fastRange(of: " / ") else { return nil }
        let agency = line[..<bar.lowerBound].trimmedSpace, name = line[bar.upperBound...].trimmedSpace
        guard agency.wordCount == 1, agency.count >= 3, agency.startsUppercase, !agency.containsASCII(UInt8(ascii: "/"), "/"),
              (2...3).contains(name.wordCount), !name.containsASCII(UInt8(ascii: "/"), "/"), BylineRule.looksLikeName(name),
              !name.spaceWords.contains(agency),  // a topic and its subtopic ("Sleep / Sleep Disorders") name no photographer
              line.spaceWords.allSatisfy({ $0 == "/" || isTitleCaseWord($0) }) else { return nil }
        return .credit(String(line.trimmedSpace), captionAbove: true)
    }

    /// True for a word of a capital A–Z then a lower-case ASCII letter (more letters, "-", "'" or "." may follow) that is
    /// none of `promptWords`.
    private static func isTitleCaseWord(_ word: Substring) -> Bool {
        word.withUTF8Bytes { b in
            b.count >= 2 && b[0] &- UInt8(ascii: "A") < 26 && b[1] &- UInt8(ascii: "a") < 26
                && b.allSatisfy { ($0 | 0x20) &- UInt8(ascii: "a") < 26 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: ".") }
        } && !promptWords.contains(word.lowercased())
    }
}

extension CaptionRule {
    /// Bit `P - A` of `TextLine.capitalsAfterDotSpace`: the capital of ". Photo" and ". PHOTO".
    @inline(__always)
    static var photoCapital: UInt32 { 1 << UInt32(UInt8(ascii: "P") - UInt8(ascii: "A")) }

    /// "… continues. Photo / Michael Craig", "… 2019. PHOTO | JEFF ANGOTE | NATION MEDIA GROUP": the caption to its last
    /// ". Photo " or ". PHOTO " followed by "/ " or "| ", and the one to six words after it as the credit when they read
    /// like one (`looksLikeCredit`); `nil` otherwise.
    static func photoMarkCredit(_ text: Substring) -> Match? {
        guard let mark = text.fastLastRange(of: ". Photo ") ?? text.fastLastRange(of: ". PHOTO ") else { return nil }
        let rest = text[mark.upperBound...]
        guard rest.fastHasPrefix("/ ") || rest.fastHasPrefix("| ") else { return nil }
        let credit = rest.dropFirst(2).trimmedSpace
        guard (1...6).contains(credit.wordCount), looksLikeCredit(credit) else { return nil }
        return .captioned(text: String(text[...mark.lowerBound]), credit: String(credit))
    }
}
