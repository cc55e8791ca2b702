/// Acronyms in name runs: one-word acronyms ("NDRC") and the initials of a long organisation name.
extension NameRuns {
    /// True for words such as "NDRC", "UK", "FBI".
    static func isAcronym<C: Collection>(_ word: C) -> Bool where C.Element == UInt8 {
        var letters = 0
        for b in word {
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }

    /// `isAcronym` of the word at token `k` (without possessive ending), read in place.
    @inline(__always)
    static func isAcronym(_ tokens: TokenList, _ k: Int) -> Bool {
        let t = tokens[k]
        // Fewer than two bytes hold fewer than two letters.
        guard t.stemEnd - t.start >= 2 else { return false }
        return tokens.bytes.withUnsafeBufferPointer { isAcronym(UnsafeBufferPointer(rebasing: $0[t.start..<t.stemEnd])) }
    }

    /// "GH¢1.8 billion", "US$40", "HK$2": an acronym glued to a currency sign or a digit is a currency's code, not a name.
    static func isCurrencyCode(_ tokens: TokenList, _ k: Int) -> Bool {
        let end = tokens[k].end
        guard end < tokens.bytes.count else { return false }
        let b = tokens.bytes[end]
        if b == 0x24 || (b >= 0x30 && b <= 0x39) { return true }  // "$", a digit
        guard end + 1 < tokens.bytes.count else { return false }
        let c = tokens.bytes[end + 1]
        if b == 0xC2 { return c == 0xA2 || c == 0xA3 || c == 0xA5 }  // "¢", "£", "¥"
        return b == 0xE2 && c == 0x82 && end + 2 < tokens.bytes.count  // "€", "₦", "₹", "₱", … (U+20A0–U+20BF)
            && (0xA0...0xBF).contains(tokens.bytes[end + 2])
    }

    /// The key of the initials of the run's name: `WordKey.of` of the first scalar of
    /// each word that is upper-case ("NDRC"), read from the tokens' bytes; nil below two letters.
    static func initialsKey(_ run: NameRun, _ tokens: TokenList) -> UInt64? {
        guard run.keyCount >= 2 else { return nil }
        return tokens.bytes.withUnsafeBufferPointer { b in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: run.keyCount * 4 + 8) { out in
                out.initialize(repeating: 0)
                var n = 0, letters = 0
                for k in run.nameStart..<run.last {
                    let t = tokens[k]
                    guard t.stemEnd > t.start else { continue }
                    let (v, length) = ByteClass.decode(b, t.start)
                    guard ByteClass.isUpper(v) else { continue }
                    for i in t.start..<(t.start + length) { out[n] = b[i]; n += 1 }
                    letters += 1
                }
                return letters >= 2 ? WordKey.of(UnsafeBufferPointer(out), 0, n) : nil
            }
        }
    }

    /// "an Intel spokesperson": a name between an indefinite article and a lower-case spokes word at `end` is the
    /// organisation the spokesperson speaks for.
    @inline(never)
    static func speaksFor(_ tokens: TokenList, _ first: Int, _ end: Int) -> Bool {
        first > 0 && !tokens[end].capitalized && tokens[first - 1].isIn(WordLists.indefinite) && CueTable.spokesHeads.contains(tokens[end].key)
    }

    /// "said Said Iqbal", "president Said Iqbal": a capitalised reporting verb inside a sentence (after a word)
    /// and before a name word is a first name.
    @inline(never)
    static func startsName(_ tokens: TokenList, _ i: Int, limit: Int) -> Bool {
        i > 0 && i + 1 < limit && tokens[i].isIn(WordLists.verb) && tokens[i - 1].isWord && !tokens[i - 1].capitalized
            && isNameWord(tokens[i + 1])
    }
}
