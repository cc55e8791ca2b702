/// How the tokenizer reads one word: its end, possessive ending, key and abbreviation dot.
extension Tokenizer {
    /// The end of a word whose first scalar starts at `start` and ends at `from`: letters and
    /// digits, joined by ' ’ - . & when a letter follows, plus an abbreviation's dot ("U.S.", "Gov.").
    @inline(__always)
    static func wordEnd(_ b: Bytes, _ from: Int, _ n: Int, start wordStart: Int) -> Int {
        var j = from
        // True while every byte in wordStart+1..<j is an ASCII lower-case letter.
        var lowerTail = from == wordStart &+ 1
        while j < n {
            // Lower-case letters, the bulk of every word, are skipped eight at a time.
            if n &- j >= 8 {
                let w = UnsafeRawPointer(b.baseAddress! + j).loadUnaligned(as: UInt64.self).littleEndian
                let notLower = notLowerMask(w)
                if notLower == 0 { j &+= 8; continue }
                j &+= notLower.trailingZeroBitCount &>> 3
            }
            let c = b[j]
            if c &- 0x61 < 26 { j &+= 1; continue }
            if c &- 0x41 < 26 {
                // "NoemKristi": words glued by the scrape split at a lower→upper seam.
                if lowerTail, j &- wordStart >= 4, j &+ 2 < n, b[j &+ 1] &- 0x61 < 26, b[j &+ 2] &- 0x61 < 26 { break }
                lowerTail = false; j &+= 1; continue
            }
            if c &- 0x30 < 10 { lowerTail = false; j &+= 1; continue }
            if c < 0x80 {
                if c == 0x27 || c == 0x2D || c == 0x26 || c == 0x2E, j &+ 1 < n, ByteClass.isWord(ByteClass.scalar(at: j &+ 1, in: b)) {
                    lowerTail = false; j &+= 1; continue
                }
                break
            }
            let (d, length) = ByteClass.decode(b, j)
            if ByteClass.isWord(d) { lowerTail = false; j &+= length; continue }
            if d == 0x2019 || d == 0x2010, j &+ length < n, ByteClass.isWord(ByteClass.scalar(at: j &+ length, in: b)) {
                lowerTail = false; j &+= length; continue
            }
            break
        }
        if j < n && b[j] == 0x2E && isAbbreviation(b, wordStart, j) { j &+= 1 }
        return j
    }

    /// True for an ASCII byte that ends a word whatever follows it: not a letter or digit, not a
    /// joiner (' - & .; a dot may also end an abbreviation) and not a lead byte of a longer scalar.
    /// Read from two 64-bit masks of the ASCII bytes (`endsPlainlyByRule` is the rule spelt out).
    @inline(__always)
    static func endsPlainly(_ c: UInt8) -> Bool {
        let mask: UInt64 = c < 0x40 ? 0xFC00_9F3F_FFFF_FFFF : (c < 0x80 ? 0xF800_0001_F800_0001 : 0)
        return (mask &>> UInt64(c & 63)) & 1 != 0
    }

    /// True when a word of `length` bytes (after its first, lower-case letters only) ending before
    /// byte `end` (< `n`) is followed by a full stop that `wordEnd` leaves out of it: the stop ends
    /// the block or a space follows it, and the word has five bytes or more (no dot inside, too long
    /// for an abbreviation).
    @inline(__always)
    static func endsSentence(_ b: Bytes, _ end: Int, _ n: Int, length: Int) -> Bool {
        b[end] == 0x2E && length > 4 && (end &+ 1 == n || b[end &+ 1] == 0x20)
    }

    /// `endsPlainly` as comparisons, the rule its masks were made from.
    static func endsPlainlyByRule(_ c: UInt8) -> Bool {
        c < 0x80 && (c | 0x20) &- 0x61 >= 26 && c &- 0x30 >= 10 && c != 0x27 && c != 0x2D && c != 0x26 && c != 0x2E
    }

    /// The word of `length` (1…15) bytes at `start` with key `key`, whose bytes after the first are
    /// lower-case letters and which `endsPlainly`: what `word` gives for it (no possessive ending can occur).
    @inline(__always)
    static func plainWord(_ b: Bytes, _ start: Int, _ length: Int, key: UInt64, capitalized: Bool) -> Token {
        Token(kind: .word, start: start, end: start &+ length, stemEnd: start &+ length, key: key, capitalized: capitalized, possessive: false)
    }

    /// `plainWord` with its word-list bits `lists` already set (what `TokenWriter.append` sets).
    @inline(__always)
    static func plainWord(_ start: Int, _ length: Int, key: UInt64, capitalized: Bool, lists: UInt16) -> Token {
        var token = Token(kind: .word, start: start, end: start &+ length, stemEnd: start &+ length, key: key,
                          capitalized: capitalized, possessive: false)
        token.lists = lists
        return token
    }

    /// 0x80 in each byte of `w` (first byte lowest) that is not an ASCII lower-case letter.
    @inline(__always)
    static func notLowerMask(_ w: UInt64) -> UInt64 {
        ~asciiRangeMask(w, from: 0x61, through: 0x7A) & (0x0101_0101_0101_0101 &* 0x80)
    }

    /// 0x80 in each byte of `w` (first byte lowest) that is ASCII and within `low...high` (both
    /// below 0x80); no carry crosses bytes, since only the low seven bits of each are added to.
    @inline(__always)
    static func asciiRangeMask(_ w: UInt64, from low: UInt8, through high: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7 = w & (ones &* 0x7F)
        let atLeastLow = low7 &+ ones &* UInt64(0x80 - low)  // high bit set where the low seven bits are >= low
        let pastHigh = low7 &+ ones &* UInt64(0x7F - high)   // high bit set where they are > high
        return atLeastLow & ~pastHigh & ~w & (ones &* 0x80)
    }

    @inline(__always)
    static func word(_ b: Bytes, _ start: Int, _ end: Int, capitalized: Bool) -> Token {
        var stem = end
        var possessive = false
        var tailEnd = end
        let lastByte = b[end &- 1]
        // ’s / 's ending inside the token, or a bare ’ right after a final s.
        if lastByte | 0x20 == 0x73 {
            if end &- start > 2 {
                if b[end &- 2] == 0x27 { stem = end &- 2; possessive = true } else if end &- start > 4, b[end &- 4] == 0xE2, b[end &- 3] == 0x80,
                                                                                     b[end &- 2] == 0x99 {
                    stem = end &- 4; possessive = true
                }
            }
            if !possessive, lastByte == 0x73, end < b.count {
                let (next, length) = ByteClass.decode(b, end)
                if next == 0x2019 || next == 0x27, !ByteClass.isWord(ByteClass.scalar(at: end &+ length, in: b)) {
                    possessive = true; tailEnd = end &+ length
                }
            }
        }
        return Token(kind: .word, start: start, end: tailEnd, stemEnd: stem, key: WordKey.of(b, start, stem),
                     capitalized: capitalized, possessive: possessive)
    }

    @inline(never)
    static func isAbbreviation(_ b: Bytes, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        if length == 1 { return b[start] >= 0x41 && b[start] <= 0x5A }
        if b[start..<end].contains(0x2E) { return true }
        guard length <= 4 else { return false }
        return CueTable.abbreviations.contains(WordKey.of(b, start, end))
    }
}
