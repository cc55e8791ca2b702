/// One tokenizer step: the token (if any) starting at a byte outside quotes.
extension Tokenizer {
    /// Writes the token starting at byte `i` of `b` (if it is not a space or a bare mark) and moves
    /// `i` past it: a word (most read from one or two eight-byte loads), punctuation, or nothing.
    /// Without `shortcuts` every word is read by `wordEnd` and `word`, the rule the loads stand for.
    @inline(__always)
    static func step(_ b: Bytes, _ i: inout Int, _ n: Int, into out: inout TokenWriter, shortcuts: Bool = true) {
        let c = b[i]
        let kind: Token.Kind?
        let length: Int
        if c < 0x80 {
            // ASCII: spaces are skipped, letters and digits start a word.
            if c == 0x20 { i &+= 1; return }
            if c &- 0x61 < 26 || c &- 0x30 < 10 || c &- 0x41 < 26 {
                // Most words are one letter or digit and up to six lower-case letters, ended by a
                // space or plain punctuation: read from one eight-byte load.
                if shortcuts, n &- i >= 8 {
                    let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self).littleEndian
                    let notLower = notLowerMask(w) & ~0x80
                    if notLower != 0 {
                        let length = notLower.trailingZeroBitCount &>> 3
                        if endsPlainly(b[i &+ length]) || endsSentence(b, i &+ length, n, length: length) {
                            out.append(plainWord(b, i, length, key: WordKey.of(lowerTail: w, 0, length: length, firstUpper: c &- 0x41 < 26),
                                                 capitalized: c &- 0x41 < 26))
                            // The plain byte after the word was read; a space is skipped here (no span opens at one).
                            i &+= length; if b[i] == 0x20 { i &+= 1 }
                            return
                        }
                    } else if n &- i >= 16 {
                        // The same for words of eight to fifteen bytes, from a second load.
                        let w2 = UnsafeRawPointer(b.baseAddress! + (i &+ 8)).loadUnaligned(as: UInt64.self).littleEndian
                        let notLower2 = notLowerMask(w2)
                        if notLower2 != 0 {
                            let length = 8 &+ notLower2.trailingZeroBitCount &>> 3
                            if endsPlainly(b[i &+ length]) || endsSentence(b, i &+ length, n, length: length) {
                                out.append(plainWord(b, i, length, key: WordKey.of(lowerTail: w, w2, length: length, firstUpper: c &- 0x41 < 26),
                                                     capitalized: c &- 0x41 < 26))
                                i &+= length; if b[i] == 0x20 { i &+= 1 }
                                return
                            }
                        }
                    }
                }
                if shortcuts, n &- i < 8, n >= 8 {
                    // Near the block's end: its last eight bytes, shifted so the bytes past it read as zero.
                    let w = UnsafeRawPointer(b.baseAddress! + (n &- 8)).loadUnaligned(as: UInt64.self).littleEndian
                        &>> UInt64(truncatingIfNeeded: (8 &- (n &- i)) &* 8)
                    let length = (notLowerMask(w) & ~0x80).trailingZeroBitCount &>> 3
                    let end = i &+ length
                    if end == n || endsPlainly(b[end]) || endsSentence(b, end, n, length: length) {
                        out.append(plainWord(b, i, length, key: WordKey.of(lowerTail: w, 0, length: length, firstUpper: c &- 0x41 < 26),
                                             capitalized: c &- 0x41 < 26))
                        i = end; if i < n && b[i] == 0x20 { i &+= 1 }
                        return
                    }
                }
                let end = wordEnd(b, i &+ 1, n, start: i)
                out.append(word(b, i, end, capitalized: c &- 0x41 < 26))
                i = end; return
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
                i = end; return
            }
            length = scalarLength
            kind = v == 0x2026 ? .stop : (ByteClass.isSpace(v) || ByteClass.isQuoteMark(v) ? nil : .other)
        }
        if let kind {
            out.append(Token(kind: kind, start: i, end: i &+ length, stemEnd: i &+ length, key: 0,
                             capitalized: false, possessive: false))
        }
        i &+= length
    }

    /// The word at `start` read by the general rule (`wordEnd`, `word`), out of line; returns the
    /// offset after it.
    @inline(never)
    static func ruleWord(_ b: Bytes, at start: Int, _ n: Int, capitalized: Bool, into out: inout TokenWriter) -> Int {
        let end = wordEnd(b, start &+ 1, n, start: start)
        out.append(word(b, start, end, capitalized: capitalized))
        return end
    }

    /// `QuoteMarkScanner.quote(openingAt:in:counter:spans:)` out of line (rare; keeps registers free).
    @inline(never)
    static func openQuote(at i: Int, in b: Bytes, counter: inout QuoteMarkScanner.ScalarCounter,
                          spans: inout [QuoteSpan]) -> QuoteMarkScanner.Opened? {
        QuoteMarkScanner.quote(openingAt: i, in: b, counter: &counter, spans: &spans)
    }

    /// `step` out of line, for a byte of 0x80 or more or a straight mark that opens no quote.
    @inline(never)
    static func wideStep(_ b: Bytes, _ i: Int, _ n: Int, into out: inout TokenWriter) -> Int {
        var i = i
        step(b, &i, n, into: &out, shortcuts: false)
        return i
    }
}
