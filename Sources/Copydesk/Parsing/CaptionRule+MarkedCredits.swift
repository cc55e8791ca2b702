/// Credits after a caption sentence that name an agency no table knows, by their mark: a copyright sign ("(© Luxtram)"),
/// square brackets ("[Kathimerini]", "[InTime News]"), a "Picture by" lead, or a trailing ", File" note.
extension CaptionRule {
    /// True when the bracket content `inside` is "©" and one to four words that read like a credit (`looksLikeCredit`),
    /// with no digit (a dated copyright note is none), and `before` (the line before the bracket) is a caption sentence
    /// (`isCaptionSentence`): "… near the Kirchberg viaduct. (© Luxtram)".
    static func isCopyrightCredit(_ inside: Substring, before: Substring) -> Bool {
        guard inside.utf8.count >= 4, inside.utf8.first == 0xC2, inside.hasFoldedPrefix("©") else { return false }
        let name = inside.dropFirst().trimmedSpace
        let shaped = name.withUTF8Bytes { b in (1...4).contains(ByteSearch.wordCount(b)) && !b.contains { $0 &- UInt8(ascii: "0") < 10 } }
        return shaped && name.startsUppercase && looksLikeCredit(name) && isCaptionSentence(before.trimmedSpace)
    }

    /// Words that close a bracket after a sentence without crediting a picture: transcript notes and labels (lowercase).
    static let bracketNoteWords = FoldedKeyTable(promptWords.union(["applause", "laughter", "crosstalk", "inaudible", "music", "silence",
                                                                    "cheers", "courtesy", "correction", "sic", "photo", "image", "audio",
                                                                    "gallery", "opinion", "analysis", "editorial", "sponsored",
                                                                    "advertisement"]).sorted().map { ($0, true) })

    /// True for the content of square brackets closing a caption sentence that credits an agency: one capitalised word
    /// of four bytes or more ("Kathimerini"), or two or three capitalised words closed by "News" ("InTime News"), each
    /// of letters (ASCII or not) and "-", none of `bracketNoteWords` but the closing "News".
    static func isSquareBracketCredit(_ inside: Substring) -> Bool {
        inside.withUTF8Bytes { b in
            let words = ByteSearch.wordCount(b)
            guard (1...3).contains(words) else { return false }
            var seen = 0, news = false
            let shaped = ByteSearch.allASCIIWords(b) { range in
                seen &+= 1
                let word = UnsafeBufferPointer(rebasing: b[range])
                guard word[0] &- UInt8(ascii: "A") < 26,
                      word.allSatisfy({ ($0 | 0x20) &- UInt8(ascii: "a") < 26 || $0 >= 0x80 || $0 == UInt8(ascii: "-") }) else { return false }
                news = word.count == 4 && FoldedBytes.equal(word, at: 0, "news")
                return seen == words && words > 1 && news || bracketNoteWords.value(foldingBytes: word) == nil
            }
            return shaped && (words == 1 ? b.count >= 4 : news)
        }
    }

    /// True when the ASCII bracket content `bytes` opens with "Picture by " (capitals folded): a worded credit like
    /// "(Photo by Jo Roe)" ("(Picture by Sayuti Zainudin)").
    @inline(__always)
    static func opensWithPictureBy(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count > 11 && FoldedBytes.equal(bytes, at: 0, "picture by ")
    }

    /// 1 when the bracket content `bytes` closes with ", File" (capitals folded), a note the word limit of a bracketed
    /// credit does not count ("(Staff Photo By Jo Roe/ MediaNews Group/Boston Herald, File)"); 0 otherwise.
    @inline(__always)
    static func fileNoteWords(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count > 6 && FoldedBytes.equal(bytes, at: bytes.count &- 6, ", file") ? 1 : 0
    }

    /// The leads dropped from a bracketed credit, in turn.
    static let bracketLeads = ["Photo by ", "Photograph by ", "Image by ", "Picture by ", "Photo courtesy of ", "Courtesy of "]

    /// `credit` less a photographer lead of `bracketLeads` ("Photo by Reba Saldanha/AP" → "Reba Saldanha/AP"), when a
    /// capitalised word follows it; `credit` itself otherwise.
    static func droppingPhotographerLead(_ credit: Substring) -> Substring {
        guard let first = credit.utf8.first, first == UInt8(ascii: "P") || first == UInt8(ascii: "I") || first == UInt8(ascii: "C") else {
            return credit
        }
        for lead in bracketLeads where credit.fastHasPrefix(lead) {
            let name = credit.dropFirst(lead.count).trimmedSpace
            return name.startsUppercase ? name : credit
        }
        return credit
    }
}
