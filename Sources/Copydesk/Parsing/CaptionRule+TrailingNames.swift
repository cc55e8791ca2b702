/// A photographer's credit run onto the end of the caption with no label or bracket: "… on November 19 in Washington,
/// D.C. Alex Wong/Getty", "… in Roxbury in 2018.Pat Greenhouse/Globe Staff/File 2018", "… to use some bus lanes. PEDRO
/// PORTAL pportal@miamiherald.com", "… on Wednesday. WILFREDO LEE AP", or in brackets: "… in 2019. (Tomer Neuberg/Flash90)".
extension CaptionRule {
    /// The caption and its trailing credit, or `nil` when the line does not end so.
    static func trailingNameCredit(_ line: Substring) -> Match? {
        line.withUTF8Bytes { bytes -> Match? in
            guard LayoutGates.mayEndWithNameCredit(bytes) else { return nil }
            if bytes.last == UInt8(ascii: ")") { return bracketedSlashCredit(bytes) ?? capitalsBracketCredit(bytes) }
            var end = bytes.count - 1
            while end > 0 {
                guard let cut = lastSentenceEnd(bytes, before: end), bytes.count - cut <= 66 else { return nil }
                let tail = UnsafeBufferPointer(rebasing: bytes[(cut + 1)...])
                if let credit = slashCredit(tail) ?? capitalsCredit(tail) ?? providedCredit(tail) ?? forOutletCredit(tail) ?? barOutletCredit(tail)
                    ?? emailNameCredit(tail) ?? photoByAddressCredit(tail) {
                    let caption = UnsafeBufferPointer(rebasing: bytes[...cut])
                    guard ByteSearch.wordCount(caption) >= 4 else { return nil }
                    return .captioned(text: String(decoding: caption, as: UTF8.self), credit: credit)
                }
                end = cut
            }
            return nil
        }
    }

    /// "… on November 23, 2019. (Tomer Neuberg/Flash90)", "… in Sacramento, California. (PRNewsfoto/Northvale Robotics,
    /// Inc.)": a bracketed "Name/Source" of any source closing a caption sentence of five words or more.
    private static func bracketedSlashCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        guard let open = bytes.lastIndex(of: UInt8(ascii: "(")),
              let credit = slashCredit(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<(bytes.count - 1)])) else { return nil }
        let caption = trimmed(UnsafeBufferPointer(rebasing: bytes[..<open]))
        guard let last = caption.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?"),
              ByteSearch.wordCount(caption) >= 5 else { return nil }
        return .captioned(text: String(decoding: caption, as: UTF8.self), credit: credit)
    }

    /// The offset of the last full stop before `end` that closes a sentence: followed by a space, or glued to a capital
    /// after a lower-case letter or digit ("2018.Pat"); a lone capital's stop ("Helen H. Richardson") is an initial.
    private static func lastSentenceEnd(_ b: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var i = end - 1
        while i >= 2 {
            if b[i] == UInt8(ascii: "."), i + 1 < b.count {
                let next = b[i + 1], before = b[i - 1]
                let initial = isCapital(before) && (b[i - 2] == 0x20 || b[i - 2] == UInt8(ascii: "."))
                    && !(i >= 3 && b[i - 2] == UInt8(ascii: ".") && isCapital(b[i - 3]))  // "D.C." ends a sentence
                if next == 0x20 && !initial { return i }
                if isCapital(next) && (before &- UInt8(ascii: "a") < 26 || before &- UInt8(ascii: "0") < 10) { return i }
            }
            i -= 1
        }
        return nil
    }

    /// "Alex Wong/Getty", "Helen H. Richardson/The Denver Post": one to four capitalised name words, then "/" and one to
    /// four capitalised words (more "/" parts allowed), nothing else; the tail's text without its leading space.
    private static func slashCredit(_ tail: UnsafeBufferPointer<UInt8>) -> String? {
        let text = trimmed(tail)
        guard let slash = text.firstIndex(of: UInt8(ascii: "/")), slash > 0, text.count <= 64 else { return nil }
        let name = UnsafeBufferPointer(rebasing: text[..<slash])
        let words = ByteSearch.wordCount(text)
        guard (1...4).contains(ByteSearch.wordCount(name)), (2...9).contains(words), name.last != 0x20,
              ByteSearch.allASCIIWords(name, { isCapital(name[$0.lowerBound]) && !isPromptWord(UnsafeBufferPointer(rebasing: name[$0])) }),
              ByteSearch.allASCIIWords(text, { asciiCreditWord(UnsafeBufferPointer(rebasing: text[$0])) }) else { return nil }
        return String(decoding: text, as: UTF8.self)
    }

    /// "PEDRO PORTAL pportal@miamiherald.com", "WILFREDO LEE AP": two to four words in capitals, then at most an e-mail
    /// address (dropped) or a picture source; the credit without the address.
    private static func capitalsCredit(_ tail: UnsafeBufferPointer<UInt8>) -> String? {
        let text = trimmed(tail)
        guard text.count >= 5, text.count <= 60, text.allSatisfy({ $0 < 0x80 }) else { return nil }
        var kept = text.count
        if let space = text.lastIndex(of: 0x20), text[(space + 1)...].contains(UInt8(ascii: "@")) { kept = space }
        let credit = UnsafeBufferPointer(rebasing: text[..<kept])
        var capitals = 0, words = 0, source = false
        let shaped = ByteSearch.allASCIIWords(credit) { range in
            words += 1
            let word = UnsafeBufferPointer(rebasing: credit[range])
            if word.allSatisfy({ isCapital($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }),
               word.contains(where: isCapital), !isPromptWord(word) {
                if pictureSourceTable.value(foldingBytes: word) != nil { source = true } else { capitals += 1 }
                return true
            }
            return false
        }
        guard shaped, (2...4).contains(capitals), words <= 5, !source || words == capitals + 1 else { return nil }
        return String(decoding: credit, as: UTF8.self)
    }

    /// Function words and the words of buttons and menus ("FOLLOW US", "See AC/DC", "READ MORE"), lowercase: no name
    /// in a credit holds one.
    static let promptWords: Set<String> = [
        "the", "to", "on", "of", "by", "and", "for", "in", "at", "us", "up", "more", "read", "here", "now", "sign", "click",
        "follow", "share", "about", "see", "also", "visit", "watch", "get", "join", "top", "miss", "don't", "got", "story",
        "print", "article", "comments", "news", "latest", "video", "videos", "photos", "menu", "subscribe", "email", "live",
        "home", "feedback", "give", "show", "provided", "materials", "reference", "journal", "radar", "need", "page", "continued", "updated", "update", "published", "posted",
    ]

    /// True when the ASCII `word`, lowered, is one of `promptWords`.
    static func isPromptWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count <= 10 && promptWords.contains(String(decoding: word.map(FoldedBytes.fold), as: UTF8.self))
    }

    /// `bytes` without ASCII spaces at both ends (`BylineRule.trim`).
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[BylineRule.trim(bytes, bytes.indices)])
    }

    /// True for an ASCII capital.
    @inline(__always)
    private static func isCapital(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
}
