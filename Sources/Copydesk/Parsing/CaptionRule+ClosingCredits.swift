/// Credits closing a caption line that the lead, label and trailing-name paths leave: "… Beni department. Image by Camila
/// Rojas for Mongabay.", "… stopped transmitting. Source: Planet Labs PBC", "… on November 12. GARCÍA-SANTOS (EL PAÍS)",
/// "… Nov. 20, 2023. Photo by Christian Gooden, cgooden@post-dispatch.com".
extension CaptionRule {
    /// The leads of a photographer's credit that closes a caption line ending with a full stop (the stop is the credit's).
    static let closedCreditLeads: [StaticString] = [". Image by ", ". Photo by ", ". Photograph by ", ". Picture by "]

    /// "… in Bolivia’s Beni department. Image by Camila Rojas for Mongabay.": a caption of four words or more, one of
    /// `closedCreditLeads` in the last 72 bytes, then a name and an outlet ("Name for Outlet", "Name/Outlet") or a bare
    /// name of two to four words, then the line's closing full stop; `nil` for any other line.
    static func closedLeadCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        let n = bytes.count
        guard n >= 24, bytes[n - 1] == UInt8(ascii: "."), bytes[n - 2] != UInt8(ascii: ".") else { return nil }
        let from = n - min(n, 72)
        for lead in closedCreditLeads {
            guard let at = BylineRule.find(lead, bytes, in: from..<n) else { continue }
            let credit = UnsafeBufferPointer(rebasing: bytes[(at + lead.utf8CodeUnitCount)..<(n - 1)])
            guard let first = credit.first, first &- UInt8(ascii: "A") < 26, !credit.contains(UInt8(ascii: ".")) else { return nil }
            let text = String(decoding: credit, as: UTF8.self)
            guard forOutletCredit(credit) != nil || isPersonSlashOutlet(Substring(text)) || isCreditName(credit) else { return nil }
            let caption = UnsafeBufferPointer(rebasing: bytes[...at])
            guard ByteSearch.wordCount(caption) >= 4 else { return nil }
            return .captioned(text: String(decoding: caption, as: UTF8.self), credit: text)
        }
        return nil
    }

    /// "… hours after two trawlers stopped transmitting. Source: Copernicus Sentinel data/Bellingcat": a caption of five
    /// words or more, ". Source: " in the last 72 bytes, then one to six words that read as a credit (`looksLikeCredit`),
    /// opening with a capital and ending with a letter; `nil` for any other line.
    static func sourceTailCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        let n = bytes.count
        guard n >= 32, (bytes[n - 1] | 0x20) &- UInt8(ascii: "a") < 26,
              case let window = UnsafeBufferPointer(rebasing: bytes[(n - min(n, 72))...]),
              let at = ByteSearch.withBytes(of: ". Source: ", { TextSearch.offset(of: $0, in: window, last: true) }) else { return nil }
        let start = n - min(n, 72) + at
        let credit = Substring(String(decoding: bytes[(start + 10)...], as: UTF8.self)).trimmedSpace
        let caption = UnsafeBufferPointer(rebasing: bytes[...start])
        guard credit.startsUppercase, (1...6).contains(credit.wordCount), looksLikeCredit(credit),
              ByteSearch.wordCount(caption) >= 5 else { return nil }
        return .captioned(text: String(decoding: caption, as: UTF8.self), credit: String(credit))
    }

    /// "… on November 12. GARCÍA-SANTOS (EL PAÍS)": after the caption's last sentence (five words or more), one to four
    /// words in capitals (non-ASCII letters, "-", "." and "'" allowed), then a bracket of one to three words in capitals
    /// closing the line; `nil` for another line.
    static func capitalsBracketCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        let n = bytes.count
        guard n >= 24, bytes[n - 1] == UInt8(ascii: ")"), let open = bytes.lastIndex(of: UInt8(ascii: "(")), open >= 2, n - open <= 30,
              bytes[open - 1] == 0x20, let stop = lastStopSpace(bytes, before: open - 1), open - stop <= 40 else { return nil }
        let name = UnsafeBufferPointer(rebasing: bytes[(stop + 2)..<(open - 1)])
        let outlet = UnsafeBufferPointer(rebasing: bytes[(open + 1)..<(n - 1)])
        guard (1...4).contains(ByteSearch.wordCount(name)), (1...3).contains(ByteSearch.wordCount(outlet)),
              isCapitalsRun(name), isCapitalsRun(outlet) else { return nil }
        let caption = UnsafeBufferPointer(rebasing: bytes[...stop])
        guard ByteSearch.wordCount(caption) >= 5 else { return nil }
        return .captioned(text: String(decoding: caption, as: UTF8.self), credit: String(decoding: bytes[(stop + 2)...], as: UTF8.self))
    }

    /// The offset of the last ". " before `end` whose stop follows a lower-case letter or a digit (no initial).
    private static func lastStopSpace(_ b: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var i = end - 2
        while i >= 1 {
            if b[i] == UInt8(ascii: "."), b[i + 1] == 0x20, b[i - 1] &- UInt8(ascii: "a") < 26 || b[i - 1] &- UInt8(ascii: "0") < 10 { return i }
            i -= 1
        }
        return nil
    }

    /// True when `bytes` hold two ASCII capitals or more, no ASCII lower-case letter, and besides capitals, spaces and
    /// non-ASCII bytes only "-", "." and "'" (no button word: `isPromptWord`).
    private static func isCapitalsRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var capitals = 0
        for byte in bytes {
            if byte &- UInt8(ascii: "A") < 26 { capitals += 1; continue }
            guard byte >= 0x80 || byte == 0x20 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") else { return false }
        }
        return capitals >= 2 && ByteSearch.allASCIIWords(bytes) { !isPromptWord(UnsafeBufferPointer(rebasing: bytes[$0])) }
    }

    /// "Photo by Christian Gooden, cgooden@post-dispatch.com" (a caption's tail after its last sentence): the lead, a
    /// credit name (`isCreditName`), ", " and an e-mail address; the name, or `nil` for another tail.
    static func photoByAddressCredit(_ tail: UnsafeBufferPointer<UInt8>) -> String? {
        let text = UnsafeBufferPointer(rebasing: tail[BylineRule.trim(tail, tail.indices)])
        guard text.count <= 72, FoldedBytes.equal(text, at: 0, "photo by "), let comma = text.lastIndex(of: UInt8(ascii: ",")),
              comma + 2 < text.count, text[comma + 1] == 0x20,
              LayoutGates.isAddress(UnsafeBufferPointer(rebasing: text[(comma + 2)...])) else { return nil }
        let name = UnsafeBufferPointer(rebasing: text[9..<comma])
        return isCreditName(name) ? String(decoding: name, as: UTF8.self) : nil
    }
}
