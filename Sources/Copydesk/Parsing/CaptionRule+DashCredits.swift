/// A credit after a dash that closes a caption sentence: "Residents make their way through smog in Lahore. — AFP/File",
/// "Rickshaws ply a road on Tuesday. — White Star", "… on Tuesday. - AFP" (the named-source path reads that one, less its dash),
/// "… March 14, 2024. — Bernama pic", "… 42 degrees Celsius. —JOAN P. VILLANUEVA", or after a copyright mark: "… near the Kirchberg viaduct. © Luxtram".
extension CaptionRule {
    /// The caption and its dash credit, or `nil`: before the dash (`LayoutGates.trailingDash`) a sentence of three to
    /// forty words with no quote mark; after it ("Photo by " and "Picture by " dropped, a closing " photo" kept, a closing
    /// " pic" dropped) one to four words, each capitalised, a "/" run of capitalised parts or
    /// a small credit word, with no digit and no button word ("Read More").
    static func dashCredit(_ line: Substring) -> Match? {
        line.withUTF8Bytes { b -> Match? in
            guard let dash = LayoutGates.trailingDash(b) else { return nil }
            let caption = UnsafeBufferPointer(rebasing: b[..<dash.lowerBound])
            let credit = UnsafeBufferPointer(rebasing: b[dash.upperBound...])
            let captionWords = ByteSearch.wordCount(caption)
            guard (3...40).contains(captionWords), !holdsQuoteMark(caption) else { return nil }
            // (round 14) "— GRIG C. MONTEGRANDE / Philippine Daily Inquirer": a photographer, " / ", then the outlet
            if let outlet = personSlashOutletSplit(credit) {
                let person = UnsafeBufferPointer(rebasing: credit[..<outlet.lowerBound])
                let glued = b[dash.upperBound &- 1] != 0x20
                guard !glued || !person.contains(where: { $0 &- UInt8(ascii: "a") < 26 }) else { return nil }
                let name = UnsafeBufferPointer(rebasing: credit[outlet.upperBound...])
                guard (1...4).contains(ByteSearch.wordCount(person)), (1...4).contains(ByteSearch.wordCount(name)),
                      ByteSearch.allASCIIWords(person, { isDashCreditWord(UnsafeBufferPointer(rebasing: person[$0])) }),
                      ByteSearch.allASCIIWords(name, { isDashCreditWord(UnsafeBufferPointer(rebasing: name[$0])) }) else { return nil }
                return .captioned(text: String(decoding: caption, as: UTF8.self), credit: String(decoding: credit, as: UTF8.self))
            }
            // a credit glued to its em dash is printed in capitals: no lower-case letter
            if b[dash.upperBound &- 1] != 0x20, credit.contains(where: { $0 &- UInt8(ascii: "a") < 26 }) { return nil }
            // "- Photo by Shihab", "— Picture by Sayuti Zainudin": the name is the credit; "— Bernama pic": the agency is;
            // "- Supplied photo", "- File photo": "photo" closes the credit
            let lead = FoldedBytes.equal(credit, at: 0, "photo by ") ? 9 : FoldedBytes.equal(credit, at: 0, "picture by ") ? 11 : 0
            let pic = lead == 0 && credit.count > 4 && ByteSearch.hasSuffix(credit, " pic")
            let named = UnsafeBufferPointer(rebasing: credit[lead..<(pic ? credit.count &- 4 : credit.count)])
            let photo = named.count == credit.count && credit.count > 6 && ByteSearch.hasSuffix(credit, " photo")
            let words = photo ? UnsafeBufferPointer(rebasing: credit[..<(credit.count &- 6)]) : named
            guard (1...4).contains(ByteSearch.wordCount(words)),
                  ByteSearch.allASCIIWords(words, { isDashCreditWord(UnsafeBufferPointer(rebasing: words[$0])) }) else { return nil }
            return .captioned(text: String(decoding: caption, as: UTF8.self), credit: String(decoding: named, as: UTF8.self))
        }
    }

    /// True for a word a dash credit may hold: capitalised ASCII letters (a "/", "-", "." or "'" inside) with no button
    /// word among its "/" parts, or one of `creditSmallWords`.
    private static func isDashCreditWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if creditSmallWords.contains(Substring(String(decoding: word, as: UTF8.self))) { return true }
        var partStart = true
        for byte in word {
            if partStart, byte &- UInt8(ascii: "A") >= 26 { return false }
            partStart = byte == UInt8(ascii: "/")
            let letter = (byte | 0x20) &- UInt8(ascii: "a") < 26
            guard letter || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") else {
                return false
            }
        }
        return !partStart && !promptWords.contains(String(decoding: word.map(FoldedBytes.fold), as: UTF8.self))
    }

    /// (round 14) The bytes of the one " / " of a dash credit, when it holds exactly one and text on both sides; `nil` otherwise.
    private static func personSlashOutletSplit(_ credit: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var found: Range<Int>? = nil
        var index = 1
        while index &+ 2 < credit.count {
            if credit[index] == UInt8(ascii: "/") {
                guard found == nil, credit[index &- 1] == 0x20, credit[index &+ 1] == 0x20 else { return nil }
                found = (index &- 1)..<(index &+ 2)
            }
            index &+= 1
        }
        return found
    }

    /// True when `bytes` hold a '"', "“" or "”" (a quote: a paragraph's, not a caption's).
    static func holdsQuoteMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\"") || bytes[index] == 0xE2 && index + 2 < bytes.count
            && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D) { return true }
        return false
    }
}
