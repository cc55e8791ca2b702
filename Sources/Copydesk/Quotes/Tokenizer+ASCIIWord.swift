/// The fused loop's second path for words: one table look-up per byte while every byte that
/// decides the word is ASCII.
extension Tokenizer {
    /// For a word whose first byte (at `start`) is an ASCII letter or digit: writes the token
    /// `word(b, start, wordEnd(b, start + 1, n, start: start), capitalized:)` and returns the offset
    /// after it (and after one space that follows it), or -1 without writing when a byte needs the
    /// general rule. Read here: letters, digits, the joiners ' - & . before an ASCII letter or digit,
    /// an abbreviation's dot, a final 's, and ’s or any other mark of U+2000…U+203F after the word.
    /// Left to the rule: a lower→upper seam, a joiner before a byte of 0x80 or more, ’ or ‐ other
    /// than in ’s, any other byte of 0x80 or more, and ' after a final s (a bare possessive).
    @inline(never)
    static func asciiWord(_ b: Bytes, _ classes: UnsafePointer<UInt8>, at start: Int, _ n: Int, capitalized: Bool,
                          into out: inout TokenWriter) -> Int {
        let base = b.baseAddress!
        var j = start &+ 1
        var lowerTail = true
        var hasDot = false
        var end = -1, stem = -1
        while j < n {
            // Lower-case letters eight at a time.
            if n &- j >= 8 {
                let notLower = notLowerMask(UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self).littleEndian)
                if notLower == 0 { j &+= 8; continue }
                j &+= notLower.trailingZeroBitCount &>> 3
            }
            let c = base[j]
            let k = classes[Int(c)] & 0x7F
            if k == Lead.lower { j &+= 1; continue }
            if k == Lead.upper {
                // "NoemKristi": the seam `wordEnd` splits at.
                if lowerTail, j &- start >= 4, j &+ 2 < n, base[j &+ 1] &- 0x61 < 26, base[j &+ 2] &- 0x61 < 26 { return -1 }
                lowerTail = false; j &+= 1; continue
            }
            if k == Lead.digit { lowerTail = false; j &+= 1; continue }
            if c == 0x27 || c == 0x2D || c == 0x26 || c == 0x2E {
                guard j &+ 1 < n else { break }
                let next = base[j &+ 1]
                if next >= 0x80 { return -1 }
                guard classes[Int(next)] & 0x7F < Lead.space else { break }
                if c == 0x2E { hasDot = true }
                lowerTail = false; j &+= 1; continue
            }
            if c >= 0x80 {
                // E2 80 xx is U+2000…U+203F: never a letter; of them only ’ (99) and ‐ (90) join.
                guard c == 0xE2, j &+ 2 < n, base[j &+ 1] == 0x80 else { return -1 }
                let last = base[j &+ 2]
                if last == 0x90 { return -1 }
                if last == 0x99 {
                    // ’s before a plain byte or the block's end: the word goes on to the s and stops
                    // there, and the ’s is its possessive ending.
                    guard j &+ 3 < n, base[j &+ 3] == 0x73,
                          j &+ 4 == n || classes[Int(base[j &+ 4])] & plainEnd != 0 else { return -1 }
                    stem = j; end = j &+ 4
                }
            }
            break
        }
        if end < 0 {
            end = j
            if end < n && base[end] == 0x2E {
                // The abbreviation dot (`isAbbreviation`, with a dot inside read on the way).
                let length = end &- start
                let abbreviation = length == 1 ? base[start] &- 0x41 < 26
                    : hasDot || (length <= 4 && CueTable.abbreviations.contains(WordKey.of(b, start, end)))
                if abbreviation { end &+= 1 }
            }
            let lastByte = base[end &- 1]
            // A bare ' after a final s may be a possessive ending past the word: the rule decides.
            if lastByte == 0x73 && end < n && base[end] == 0x27 { return -1 }
            // 's / 'S ending the word.
            stem = lastByte | 0x20 == 0x73 && end &- start > 2 && base[end &- 2] == 0x27 ? end &- 2 : end
        }
        out.append(Token(kind: .word, start: start, end: end, stemEnd: stem, key: WordKey.of(b, start, stem),
                         capitalized: capitalized, possessive: stem != end))
        return end < n && base[end] == 0x20 ? end &+ 1 : end
    }
}
