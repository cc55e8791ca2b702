/// The party-and-place tag of US political news ("State Sen. Anthony Ruocco, R-Morris, said").
extension TokenList {
    /// True for word `i` when it is a party tag: one capital letter, a hyphen, then a capitalised word ("R-Morris",
    /// "D-Calif."), read from its first three bytes.
    @inline(__always)
    func isPartyTag(_ i: Int) -> Bool {
        let t = items[i], s = t.start
        guard t.kind == .word, t.end &- s >= 4 else { return false }
        return bytes[s] &- UInt8(ascii: "A") < 26 && bytes[s &+ 1] == UInt8(ascii: "-") && bytes[s &+ 2] &- UInt8(ascii: "A") < 26
    }
}

/// The hyphenated given name of Hong Kong news style ("Raymond Leung Chi-wai", "Chris Tang Ping-keung").
extension TokenList {
    /// True for word `i` when it is a capitalised word of two syllables joined by a hyphen, the second lower-case
    /// ("Chi-wai", "Kwok-fai"): a name's last word after which the English name and surname come before it.
    @inline(never)
    func isHyphenatedGivenName(_ i: Int) -> Bool {
        let t = items[i]
        guard t.kind == .word, t.capitalized, t.end &- t.start >= 5, t.end &- t.start <= 14 else { return false }
        var k = t.start &+ 2
        while k &+ 1 < t.end, bytes[k] != UInt8(ascii: "-") { k &+= 1 }
        return k &+ 2 < t.end && bytes[k] == UInt8(ascii: "-") && bytes[k &+ 1] &- UInt8(ascii: "a") < 26 && bytes[k &+ 2] &- UInt8(ascii: "a") < 26
    }
}
