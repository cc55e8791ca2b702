/// Reporters' contact lines under an article: an e-mail address alone ("shanique.bryan@gleanerjm.com") and sign-offs of
/// names and addresses ("Hannah Wolcott: hwolcott@post-gazette.com. Derek Pirelli: dpirelli@post-gazette.com.").
extension ContextRules {
    /// Marks each text line past the page's first byline or date that is an address alone, or names each followed by
    /// ":" and an address, as attribution. Runs after `markEmailCredits`, so a photographer's credit is a credit.
    static func markContactLines(_ roles: Roles, _ lines: Lines, _ page: LinePage) {
        forEachLineHoldingAt(roles, lines, page) { index in
            guard roles.kind(index) == .text, lines[index].words <= 16, !lines[index].hasQuoteMark,
                  isContactLine(page.bytes(lines[index])) else { return }
            roles.set(index, .furniture(.attribution))
        }
    }

    /// True for ASCII `bytes` that are one address, or words that are each an address after a word ending with ":", or
    /// a capitalised name word ending with ":" or before one; a final full stop on an address ignored.
    static func isContactLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var afterColon = false, addresses = 0, names = 0
        let shaped = ByteSearch.allASCIIWords(bytes) { range in
            var word = UnsafeBufferPointer(rebasing: bytes[range])
            if word.count > 1, word[word.count - 1] == UInt8(ascii: ".") { word = UnsafeBufferPointer(rebasing: word.dropLast()) }
            if LayoutGates.isAddress(word) {
                guard afterColon || range.lowerBound == 0 && range.upperBound == bytes.count else { return false }
                addresses += 1; afterColon = false
                return true
            }
            // a name word: a capital, then letters, "-", "'" or "." (an initial), and the name's ":" on its last word
            guard !afterColon, word.count >= 2, word[0] &- UInt8(ascii: "A") < 26 else { return false }
            let colon = word[word.count - 1] == UInt8(ascii: ":")
            let letters = UnsafeBufferPointer(rebasing: word[1..<(colon ? word.count - 1 : word.count)])
            guard letters.allSatisfy({ ($0 | 0x20) &- UInt8(ascii: "a") < 26 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'")
                || $0 == UInt8(ascii: ".") }) else { return false }
            names += 1; afterColon = colon
            return true
        }
        return shaped && addresses >= 1 && !afterColon && (names == 0 ? addresses == 1 : names <= addresses * 4)
    }
}
