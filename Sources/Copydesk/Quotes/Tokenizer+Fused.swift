/// The tokenizer loop with the quote-mark scan folded in, driven by a table of byte classes: one
/// load tells a word's first byte, a space, a byte that may open a quote, or a punctuation token
/// from the rest, and whether a byte ends a word plainly (`endsPlainly`).
extension Tokenizer {
    /// The class of each byte in the low bits of `byteClasses` (bit 7 is `plainEnd`).
    enum Lead {
        /// ASCII letters and digits: a word starts (every class below `space`).
        static let lower: UInt8 = 0, upper: UInt8 = 1, digit: UInt8 = 2
        /// 0x20: skipped.
        static let space: UInt8 = 3
        /// 0x22, 0xC2, 0xE2: the lead byte of a mark that may open a quote.
        static let mark: UInt8 = 4
        /// Any other byte of 0x80 or more: read as a scalar by `step`.
        static let wide: UInt8 = 5
        /// 0x09…0x0D and 0x27: no token.
        static let silent: UInt8 = 6
        /// A one-byte punctuation token: `punctuation + Token.Kind.rawValue`.
        static let punctuation: UInt8 = 8
    }

    /// Bit 7 of a byte's class: `endsPlainly` of the byte.
    static let plainEnd: UInt8 = 0x80

    /// The class of every byte, by the rules of `step` (ASCII) and `endsPlainlyByRule`.
    static let byteClasses: [UInt8] = (0..<256).map { (c: Int) -> UInt8 in
        let byte = UInt8(c)
        let kind: UInt8
        switch byte {
        case 0x61...0x7A: kind = Lead.lower
        case 0x41...0x5A: kind = Lead.upper
        case 0x30...0x39: kind = Lead.digit
        case 0x20: kind = Lead.space
        case 0x22, 0xC2, 0xE2: kind = Lead.mark
        case 0x80...0xFF: kind = Lead.wide
        case 0x09...0x0D, 0x27: kind = Lead.silent
        case 0x2C: kind = Lead.punctuation + Token.Kind.comma.rawValue
        case 0x3A: kind = Lead.punctuation + Token.Kind.colon.rawValue
        case 0x2E, 0x21, 0x3F, 0x3B: kind = Lead.punctuation + Token.Kind.stop.rawValue
        case 0x28, 0x5B: kind = Lead.punctuation + Token.Kind.openParen.rawValue
        case 0x29, 0x5D: kind = Lead.punctuation + Token.Kind.closeParen.rawValue
        default: kind = Lead.punctuation + Token.Kind.other.rawValue
        }
        return kind | (endsPlainlyByRule(byte) ? plainEnd : 0)
    }

    /// Tokens of `b` with its quoted spans appended to `spans` (by the rules of
    /// `QuoteMarkScanner.spans(in:)`), written as `step` writes them: `out` must have a slot for
    /// every byte (every token takes at least one byte).
    static func fusedTokens(_ b: Bytes, classes: UnsafePointer<UInt8>, findingSpans spans: inout [QuoteSpan],
                            into out: inout TokenWriter) {
        let n = b.count
        guard n > 0, let base = b.baseAddress else { return }
        var i = 0
        var counter = QuoteMarkScanner.ScalarCounter()
        while i < n {
            let c = base[i]
            let k = classes[Int(c)] & 0x7F
            if k < Lead.space {
                let capitalized = k == Lead.upper
                if n &- i >= 8 {
                    // One letter or digit and up to fourteen lower-case letters, ended by a plain
                    // byte or a sentence's full stop: read from one or two eight-byte loads.
                    let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                    let notLower = notLowerMask(w) & ~0x80
                    if notLower != 0 {
                        let length = notLower.trailingZeroBitCount &>> 3
                        let end = i &+ length
                        if classes[Int(base[end])] & plainEnd != 0 || endsSentence(b, end, n, length: length) {
                            out.append(plainWord(b, i, length, key: WordKey.of(lowerTail: w, 0, length: length, firstUpper: capitalized),
                                                 capitalized: capitalized))
                            i = base[end] == 0x20 ? end &+ 1 : end
                            continue
                        }
                        // A dot or a digit after the letters: a short word before a full stop, or digits.
                        if base[end] == 0x2E || base[end] &- 0x30 < 10 {
                            let next = shortWord(b, w, at: i, length: length, capitalized: capitalized, into: &out)
                            if next >= 0 { i = next; continue }
                        }
                    } else if n &- i >= 16 {
                        let w2 = UnsafeRawPointer(base + (i &+ 8)).loadUnaligned(as: UInt64.self).littleEndian
                        let notLower2 = notLowerMask(w2)
                        if notLower2 != 0 {
                            let length = 8 &+ notLower2.trailingZeroBitCount &>> 3
                            let end = i &+ length
                            if classes[Int(base[end])] & plainEnd != 0 || endsSentence(b, end, n, length: length) {
                                out.append(plainWord(b, i, length, key: WordKey.of(lowerTail: w, w2, length: length, firstUpper: capitalized),
                                                     capitalized: capitalized))
                                i = base[end] == 0x20 ? end &+ 1 : end
                                continue
                            }
                        }
                    }
                } else if n >= 8 {
                    // Near the block's end: its last eight bytes, shifted so the bytes past it read as zero.
                    let w = UnsafeRawPointer(base + (n &- 8)).loadUnaligned(as: UInt64.self).littleEndian
                        &>> UInt64(truncatingIfNeeded: (8 &- (n &- i)) &* 8)
                    let length = (notLowerMask(w) & ~0x80).trailingZeroBitCount &>> 3
                    let end = i &+ length
                    if end == n || classes[Int(base[end])] & plainEnd != 0 || endsSentence(b, end, n, length: length) {
                        out.append(plainWord(b, i, length, key: WordKey.of(lowerTail: w, 0, length: length, firstUpper: capitalized),
                                             capitalized: capitalized))
                        i = end < n && base[end] == 0x20 ? end &+ 1 : end
                        continue
                    }
                }
                let next = asciiWord(b, classes, at: i, n, capitalized: capitalized, into: &out)
                if next >= 0 { i = next; continue }
                let end = wordEnd(b, i &+ 1, n, start: i)
                out.append(word(b, i, end, capitalized: capitalized))
                i = end
                continue
            }
            if k == Lead.space { i &+= 1; continue }
            if k >= Lead.punctuation {
                out.append(Token(kind: unsafeBitCast(k &- Lead.punctuation, to: Token.Kind.self), start: i, end: i &+ 1, stemEnd: i &+ 1,
                                 key: 0, capitalized: false, possessive: false))
                // A space after it is skipped here (no token or quote starts at one).
                i = i &+ 1 < n && base[i &+ 1] == 0x20 ? i &+ 2 : i &+ 1
                continue
            }
            if k == Lead.silent { i &+= 1; continue }
            if k == Lead.mark, let opened = QuoteMarkScanner.quote(openingAt: i, in: b, counter: &counter, spans: &spans) {
                if opened.kept {
                    let s = spans[spans.count &- 1]
                    out.append(Token(kind: .quote, start: s.open, end: s.after, stemEnd: s.after, key: UInt64(spans.count &- 1),
                                     capitalized: false, possessive: false))
                }
                i = opened.resume
                continue
            }
            wideStep(b, &i, n, into: &out)
        }
    }

    /// `step` out of line, for a byte of 0x80 or more or a straight mark that opens no quote.
    @inline(never)
    static func wideStep(_ b: Bytes, _ i: inout Int, _ n: Int, into out: inout TokenWriter) {
        step(b, &i, n, into: &out, shortcuts: false)
    }
}
