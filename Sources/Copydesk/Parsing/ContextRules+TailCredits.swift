/// (round 15) A caption with no closing stop whose credit follows a bar or a dash, over a paragraph:
/// "The ferry terminal in the harbour town | Star / Ali Hassan", "The footpath along the marina was closed – Jo Roe".
extension ContextRules {
    /// Marks as a caption each text line of six to forty words ending with a letter, with no sentence end and no quote
    /// mark, whose next line is a paragraph and whose tail is a credit (`barOrDashCredit`).
    static func markTailCreditCaptions(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        guard lines.count >= 2 else { return }
        for index in 0..<(lines.count - 1) where (lines[index].lastByte | 0x20) &- UInt8(ascii: "a") < 26
            && roles.kind(index) == .text && (6...40).contains(lines[index].words) && !lines[index].endsLikeSentence {
            guard !lines[index].hasQuoteMark, roles.kind(index + 1) == .text, lines[index + 1].isParagraphLike,
                  let found = barOrDashCredit(page.bytes(lines[index])) else { continue }
            roles.set(index, .caption(found))
        }
    }

    /// The caption and credit of `b` split at its last " | ", " – " or " — " within its last 48 bytes: after a bar, an
    /// outlet and a person joined by one "/" ("Star / Ali Hassan"); after a dash, a name of two or three words
    /// (`BylineRule.looksLikeNameASCII`); before it, a caption of five words or more ending with a letter or digit.
    static func barOrDashCredit(_ b: UnsafeBufferPointer<UInt8>) -> CaptionRule.Match? {
        let n = b.count
        var i = n - 4
        while i >= 1, n - i <= 48 {
            if b[i] == 0x20 {
                let bar = b[i + 1] == UInt8(ascii: "|") && b[i + 2] == 0x20
                let dash = i + 4 < n && b[i + 1] == 0xE2 && b[i + 2] == 0x80 && (b[i + 3] == 0x93 || b[i + 3] == 0x94) && b[i + 4] == 0x20
                if bar || dash {
                    let caption = UnsafeBufferPointer(rebasing: b[..<i])
                    let credit = UnsafeBufferPointer(rebasing: b[(i + (bar ? 3 : 5))...])
                    guard ByteSearch.wordCount(caption) >= 5, let end = caption.last,
                          (end | 0x20) &- UInt8(ascii: "a") < 26 || end &- UInt8(ascii: "0") < 10,
                          bar ? isOutletSlashPerson(credit) : (2...3).contains(ByteSearch.wordCount(credit))
                            && !credit.contains(UInt8(ascii: "/")) && BylineRule.looksLikeNameASCII(credit) else { return nil }
                    return .captioned(text: String(decoding: caption, as: UTF8.self), credit: String(decoding: credit, as: UTF8.self))
                }
            }
            i -= 1
        }
        return nil
    }

    /// True for "Star / Ali Hassan": ASCII, one " / ", one to three capitalised words before it and two or three after.
    private static func isOutletSlashPerson(_ credit: UnsafeBufferPointer<UInt8>) -> Bool {
        guard credit.allSatisfy({ $0 < 0x80 }), let slash = BylineRule.find(" / ", credit, in: 0..<credit.count) else { return false }
        let outlet = UnsafeBufferPointer(rebasing: credit[..<slash]), person = UnsafeBufferPointer(rebasing: credit[(slash + 3)...])
        guard !person.contains(UInt8(ascii: "/")), (1...3).contains(ByteSearch.wordCount(outlet)),
              (2...3).contains(ByteSearch.wordCount(person)), BylineRule.looksLikeNameASCII(person) else { return false }
        return ByteSearch.allASCIIWords(outlet) { outlet[$0.lowerBound] &- UInt8(ascii: "A") < 26 }
    }
}
