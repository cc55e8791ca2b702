/// Splits a paragraph's bytes into tokens, treating each quoted span as one token.
enum Tokenizer {
    /// Tokens of `b`; quoted spans from `spans` become single `.quote` tokens.
    static func tokens(_ bytes: [UInt8], spans: [QuoteSpan]) -> TokenList {
        var items: [Token] = []
        let count = tokens(bytes, spans: spans, into: &items)
        return TokenList(bytes: bytes, items: items, count: count)
    }

    /// Writes the tokens of `bytes` into the first slots of `items` and returns how many there
    /// are; `items` only grows (its later slots are left as they were).
    static func tokens(_ bytes: [UInt8], spans: [QuoteSpan], into items: inout [Token]) -> Int {
        // Every token takes at least one byte, so `n + 1` slots always suffice; most paragraphs
        // need far fewer, so a third of that is tried first and the paragraph redone if it fills.
        let small = bytes.count / 3 + 16
        if items.count < small { items.append(contentsOf: repeatElement(TokenList.blank, count: small - items.count)) }
        let count = fill(bytes, spans: spans, into: &items)
        if count < items.count { return count }
        if items.count < bytes.count + 1 {
            items.append(contentsOf: repeatElement(TokenList.blank, count: bytes.count + 1 - items.count))
        }
        return fill(bytes, spans: spans, into: &items)
    }

    /// Tokens written into the slots of `items`; stops with every slot written when they do not suffice.
    private static func fill(_ bytes: [UInt8], spans: [QuoteSpan], into items: inout [Token]) -> Int {
        bytes.withUnsafeBufferPointer { b in
            items.withUnsafeMutableBufferPointer { slots in
                var writer = TokenWriter(slots: slots.baseAddress!, capacity: slots.count)
                tokens(b, spans: spans, into: &writer)
                return writer.count
            }
        }
    }

    /// Writes tokens into a fixed run of slots and counts them.
    private struct TokenWriter {
        let slots: UnsafeMutablePointer<Token>
        let capacity: Int
        var count = 0
        /// True when every slot is written.
        @inline(__always) var isFull: Bool { count == capacity }
        @inline(__always) mutating func append(_ token: Token) { slots[count] = token; count &+= 1 }
    }

    private static func tokens(_ b: Bytes, spans: [QuoteSpan], into out: inout TokenWriter) {
        var i = 0, spanIndex = 0
        let n = b.count
        var nextSpan = spans.isEmpty ? Int.max : spans[0].open
        while i < n {
            if out.isFull { return }
            if nextSpan <= i {
                let s = spans[spanIndex]
                out.append(Token(kind: .quote, start: s.open, end: s.after, stemEnd: s.after, key: UInt64(spanIndex),
                                 capitalized: false, possessive: false, endsLy: false, endsIng: false))
                i = max(s.after, i &+ 1); spanIndex &+= 1
                nextSpan = spanIndex < spans.count ? spans[spanIndex].open : Int.max
                continue
            }
            let c = b[i]
            let kind: Token.Kind?
            let length: Int
            if c < 0x80 {
                // ASCII: spaces are skipped, letters and digits start a word.
                if c == 0x20 { i &+= 1; continue }
                if c &- 0x61 < 26 || c &- 0x30 < 10 || c &- 0x41 < 26 {
                    // Most words are one letter or digit and up to six lower-case letters, ended by a
                    // space or plain punctuation: read from one eight-byte load.
                    if n &- i >= 8 {
                        let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self).littleEndian
                        let notLower = notLowerMask(w) & ~0x80
                        if notLower != 0 {
                            let length = notLower.trailingZeroBitCount &>> 3
                            if endsPlainly(b[i &+ length]) {
                                out.append(plainWord(b, i, length, key: WordKey.of(lowerTail: w, 0, length: length, firstUpper: c &- 0x41 < 26),
                                                     capitalized: c &- 0x41 < 26))
                                // The plain byte after the word was read; a space is skipped here (no span opens at one).
                                i &+= length; if b[i] == 0x20 { i &+= 1 }
                                continue
                            }
                        } else if n &- i >= 16 {
                            // The same for words of eight to fifteen bytes, from a second load.
                            let w2 = UnsafeRawPointer(b.baseAddress! + (i &+ 8)).loadUnaligned(as: UInt64.self).littleEndian
                            let notLower2 = notLowerMask(w2)
                            if notLower2 != 0 {
                                let length = 8 &+ notLower2.trailingZeroBitCount &>> 3
                                if endsPlainly(b[i &+ length]) {
                                    out.append(plainWord(b, i, length, key: WordKey.of(lowerTail: w, w2, length: length, firstUpper: c &- 0x41 < 26),
                                                         capitalized: c &- 0x41 < 26))
                                    i &+= length; if b[i] == 0x20 { i &+= 1 }
                                    continue
                                }
                            }
                        }
                    }
                    let end = wordEnd(b, i &+ 1, n, start: i)
                    out.append(word(b, i, end, capitalized: c &- 0x41 < 26))
                    i = end; continue
                }
                length = 1
                switch c {
                case 0x2C: kind = .comma
                case 0x3A: kind = .colon
                case 0x2E, 0x21, 0x3F, 0x3B: kind = .stop
                case 0x28, 0x5B: kind = .openParen
                case 0x29, 0x5D: kind = .closeParen
                case 0x09...0x0D, 0x22, 0x27: kind = nil
                default: kind = .other
                }
            } else {
                let (v, scalarLength) = ByteClass.decode(b, i)
                if ByteClass.isWord(v) {
                    let end = wordEnd(b, i &+ scalarLength, n, start: i)
                    out.append(word(b, i, end, capitalized: ByteClass.isUpper(v)))
                    i = end; continue
                }
                length = scalarLength
                kind = v == 0x2026 ? .stop : (ByteClass.isSpace(v) || ByteClass.isQuoteMark(v) ? nil : .other)
            }
            if let kind {
                out.append(Token(kind: kind, start: i, end: i &+ length, stemEnd: i &+ length, key: 0,
                                 capitalized: false, possessive: false, endsLy: false, endsIng: false))
            }
            i &+= length
        }
    }

    /// The end of a word whose first scalar starts at `start` and ends at `from`: letters and
    /// digits, joined by ' ’ - . & when a letter follows, plus an abbreviation's dot ("U.S.", "Gov.").
    @inline(__always)
    private static func wordEnd(_ b: Bytes, _ from: Int, _ n: Int, start wordStart: Int) -> Int {
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
    @inline(__always)
    private static func endsPlainly(_ c: UInt8) -> Bool {
        c < 0x80 && (c | 0x20) &- 0x61 >= 26 && c &- 0x30 >= 10 && c != 0x27 && c != 0x2D && c != 0x26 && c != 0x2E
    }

    /// The word of `length` (1…15) bytes at `start` with key `key`, whose bytes after the first are
    /// lower-case letters and which `endsPlainly`: what `word` gives for it (no possessive ending can occur).
    @inline(__always)
    private static func plainWord(_ b: Bytes, _ start: Int, _ length: Int, key: UInt64, capitalized: Bool) -> Token {
        let end = start &+ length
        let endsLy = length > 3 && b[end &- 1] == 0x79 && b[end &- 2] == 0x6C
        let endsIng = length > 4 && b[end &- 1] == 0x67 && b[end &- 2] == 0x6E && b[end &- 3] == 0x69
        return Token(kind: .word, start: start, end: end, stemEnd: end, key: key,
                     capitalized: capitalized, possessive: false, endsLy: endsLy, endsIng: endsIng)
    }

    /// 0x80 in each byte of `w` (first byte lowest) that is not an ASCII lower-case letter.
    @inline(__always)
    private static func notLowerMask(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7 = w & (ones &* 0x7F)
        let atLeastA = low7 &+ ones &* 0x1F    // high bit set where the low seven bits are >= "a"
        let pastZ = low7 &+ ones &* 0x05       // high bit set where they are > "z"
        let lower = atLeastA & ~pastZ & ~w & (ones &* 0x80)
        return ~lower & (ones &* 0x80)
    }

    @inline(__always)
    private static func word(_ b: Bytes, _ start: Int, _ end: Int, capitalized: Bool) -> Token {
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
        let s = stem
        let endsLy = s &- start > 3 && b[s &- 1] == 0x79 && b[s &- 2] == 0x6C
        let endsIng = s &- start > 4 && b[s &- 1] == 0x67 && b[s &- 2] == 0x6E && b[s &- 3] == 0x69
        return Token(kind: .word, start: start, end: tailEnd, stemEnd: stem, key: WordKey.of(b, start, stem),
                     capitalized: capitalized, possessive: possessive, endsLy: endsLy, endsIng: endsIng)
    }

    @inline(never)
    private static func isAbbreviation(_ b: Bytes, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        if length == 1 { return b[start] >= 0x41 && b[start] <= 0x5A }
        if b[start..<end].contains(0x2E) { return true }
        guard length <= 4 else { return false }
        return CueTable.abbreviations.contains(WordKey.of(b, start, end))
    }
}
