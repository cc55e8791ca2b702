/// The fused loop's third path for words: the two kinds of short word the one-load shortcut
/// leaves to `asciiWord` most often, read from the same eight-byte load.
extension Tokenizer {
    /// For a word at `start` whose first eight bytes are `w` (`n - start >= 8`; or, for a word
    /// before a full stop, the bytes up to the block's end with zeros after them), after the first
    /// byte and `length` (1…7) lower-case letters, when the byte after them does not end the word
    /// plainly: a short word before a sentence's full stop ("said.", "war.") that is no
    /// abbreviation, or a word whose tail is lower-case letters and digits ("2019", "1990s", "G7")
    /// ended by a plain byte or a sentence's full stop. Writes the token `word` gives for it (the
    /// dot stays out) and returns the offset after it (and after one space that follows it), or
    /// -1 without writing for any other word.
    @inline(never)
    static func shortWord(_ b: Bytes, _ w: UInt64, at start: Int, length: Int, capitalized: Bool,
                          into out: inout TokenWriter) -> Int {
        let base = b.baseAddress!, n = b.count
        let end = start &+ length
        let c = base[end]
        if c == 0x2E {
            // `wordEnd` stops at a dot before a space or the block's end; `isAbbreviation` on a
            // word without a dot inside keeps the dot for one capital or a listed short word.
            guard length <= 4, end &+ 1 == n || base[end &+ 1] == 0x20 else { return -1 }
            let key = WordKey.of(lowerTail: w, 0, length: length, firstUpper: capitalized)
            if length == 1 ? capitalized : CueTable.abbreviations.contains(key) { return -1 }
            out.append(plainWord(b, start, length, key: key, capitalized: capitalized))
            return end
        }
        guard c &- 0x30 < 10 else { return -1 }
        // Digits join a word and never start a seam: the tail is read as letters and digits.
        let rest = notLowerOrDigitMask(w) & ~0x80
        guard rest != 0 else { return -1 }
        let wordLength = rest.trailingZeroBitCount &>> 3
        let wordEnd = start &+ wordLength
        guard endsPlainly(base[wordEnd]) || endsSentence(b, wordEnd, n, length: wordLength) else { return -1 }
        out.append(plainWord(b, start, wordLength, key: WordKey.of(lowerTail: w, 0, length: wordLength, firstUpper: capitalized),
                             capitalized: capitalized))
        return base[wordEnd] == 0x20 ? wordEnd &+ 1 : wordEnd
    }

    /// 0x80 in each byte of `w` (first byte lowest) that is neither an ASCII lower-case letter nor
    /// an ASCII digit.
    @inline(__always)
    static func notLowerOrDigitMask(_ w: UInt64) -> UInt64 {
        notLowerMask(w) & ~asciiRangeMask(w, from: 0x30, through: 0x39)
    }

    /// For a word at `start` whose first eight bytes are `w` (`n - start >= 8`), two or more ASCII
    /// capitals ("US", "NBA") ended by a plain byte: writes at `slot` the token `asciiWord` writes
    /// for it (no seam, dot or possessive ending can occur) and returns the offset after it (and
    /// after one space that follows it); -1 without writing for any other word.
    @inline(__always)
    static func capitalsWord(_ w: UInt64, at start: Int, _ base: UnsafePointer<UInt8>, _ classes: UnsafePointer<UInt8>,
                             _ lists: WordLists.Probe, into slot: inout UnsafeMutablePointer<Token>) -> Int {
        let notUpper = ~asciiRangeMask(w, from: 0x41, through: 0x5A) & (0x0101_0101_0101_0101 &* 0x80) & ~0x80
        guard notUpper != 0 else { return -1 }
        let length = notUpper.trailingZeroBitCount &>> 3
        let end = start &+ length
        let after = base[end]
        guard classes[Int(after)] & plainEnd != 0 else { return -1 }
        let key = WordKey.of(loaded: w, length: length)
        slot.pointee = plainWord(start, length, key: key, capitalized: true, lists: lists.bits(key))
        slot += 1
        return after == 0x20 ? end &+ 1 : end
    }

    /// For a word at `start` whose first eight bytes are `w` (`n - start >= 8`), after the first
    /// byte and `length` (1…7) lower-case letters: the possessive ending 's or ’s, ended by a plain
    /// byte or the block's end. Writes the token `asciiWord` writes for it (the ending past the
    /// stem) and returns the offset after it (and after one space that follows it), or -1 without
    /// writing for any other word.
    @inline(never)
    static func possessiveWord(_ b: Bytes, _ w: UInt64, at start: Int, length: Int, capitalized: Bool,
                               into out: inout TokenWriter) -> Int {
        let base = b.baseAddress!, n = b.count
        let stem = start &+ length
        let ending = base[stem] == 0x27 ? 2 : 4
        let end = stem &+ ending
        guard end <= n, base[end &- 1] == 0x73 else { return -1 }
        if ending == 4 { guard base[stem &+ 1] == 0x80, base[stem &+ 2] == 0x99 else { return -1 } }
        guard end == n || endsPlainly(base[end]) else { return -1 }
        out.append(Token(kind: .word, start: start, end: end, stemEnd: stem, key: WordKey.of(lowerTail: w, 0, length: length, firstUpper: capitalized),
                         capitalized: capitalized, possessive: true))
        return end < n && base[end] == 0x20 ? end &+ 1 : end
    }
}
