/// Credits that pair a person with an outlet: "(ABC News: Andrew O'Connor)", "(Reuters: Jo Roe)", "Jane Roe/AFP".
extension CaptionRule {
    /// True when the bracket's content `bytes` reads "Outlet: Name" (one to three words opening with an ASCII capital,
    /// ": ", then one to five words opening with a capital or a non-ASCII letter) or "Name for Outlet" (one to four
    /// capitalised words, " for ", one to five, a word opening with a digit allowed: "The 19th"). The caller checks that a
    /// full caption sentence stands before it.
    static func isOutletCredit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let at = ByteSearch.withBytes(of: " for ", { TextSearch.offset(of: $0, in: bytes, last: false) }) {
            // "Tom Brenner for The Washington Post": a name of one to four words, " for ", an outlet of one to five
            let name = UnsafeBufferPointer(rebasing: bytes[..<at]), outlet = UnsafeBufferPointer(rebasing: bytes[(at + 5)...])
            return capitalisedWords(name, asciiOnly: false).map { (1...4).contains($0) } == true
                && capitalisedWords(outlet, asciiOnly: false, digits: true).map { (1...5).contains($0) } == true
        }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, colon + 2 < bytes.count,
              bytes[colon + 1] == UInt8(ascii: " ") else { return false }
        let outlet = UnsafeBufferPointer(rebasing: bytes[..<colon]), name = UnsafeBufferPointer(rebasing: bytes[(colon + 2)...])
        return capitalisedWords(outlet, asciiOnly: true).map { (1...3).contains($0) } == true
            && capitalisedWords(name, asciiOnly: false).map { (1...5).contains($0) } == true
    }

    /// The number of space-separated words of `bytes` when every one opens with an ASCII capital (or, unless
    /// `asciiOnly`, a non-ASCII byte; with `digits`, an ASCII digit), else `nil`.
    private static func capitalisedWords(_ bytes: UnsafeBufferPointer<UInt8>, asciiOnly: Bool, digits: Bool = false) -> Int? {
        var words = 0, atStart = true
        for byte in bytes {
            if byte == UInt8(ascii: " ") { atStart = true; continue }
            if atStart {
                guard byte &- UInt8(ascii: "A") < 26 || !asciiOnly && byte >= 0x80 || digits && byte &- UInt8(ascii: "0") < 10 else { return nil }
                words += 1; atStart = false
            }
        }
        return words
    }

    /// "Lena Ortiz/Public Airwaves": a photographer's name, a slash, then a capitalised outlet name.
    static func isPersonSlashOutlet(_ credit: Substring) -> Bool {
        let parts = credit.split(separator: "/")
        guard parts.count == 2 else { return false }
        let person = parts[0].trimmedSpace.spaceWords, outlet = parts[1].trimmedSpace.spaceWords
        return (2...3).contains(person.count) && (1...3).contains(outlet.count)
            && person.allSatisfy(\.startsUppercase) && outlet.allSatisfy(\.startsUppercase)
    }
}
