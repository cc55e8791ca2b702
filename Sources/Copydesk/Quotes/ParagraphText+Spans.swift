/// Reading one quoted span of a block: its text, word count, first word scalar and last scalar.
extension ParagraphText {
    /// The text of `span`.
    func text(of span: QuoteSpan) -> String {
        // Decoded from the buffer in place (no array slice, so no retain and release of the bytes).
        tokens.bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[span.start..<span.end]), as: UTF8.self) }
    }

    /// Words in `span` (runs of non-space scalars holding a letter or digit), counted up to 4:
    /// the rules only ask whether a span has fewer than three, three, or more than three words.
    /// ASCII bytes are told apart by comparisons; other scalars are decoded (`wordCountByRule`
    /// decodes every scalar).
    func wordCount(of span: QuoteSpan) -> Int {
        tokens.bytes.withUnsafeBufferPointer { b in
        var count = 0, inWord = false, hasWordChar = false
        var i = span.start
        while i < span.end {
            let c = b[i]
            let space: Bool, wordChar: Bool, length: Int
            if c < 0x80 {
                space = c == 0x20 || c &- 0x09 < 5
                wordChar = (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10
                if wordChar, b.count &- i > 8 {
                    // Lower-case letters after a letter or digit change nothing (the word is open
                    // and holds a letter): skipped up to eight at a time, never past the span.
                    inWord = true; hasWordChar = true
                    let w = UnsafeRawPointer(b.baseAddress! + (i &+ 1)).loadUnaligned(as: UInt64.self).littleEndian
                    let run = Tokenizer.notLowerMask(w).trailingZeroBitCount &>> 3
                    i = Swift.min(i &+ 1 &+ run, span.end)
                    continue
                }
                length = 1
            } else {
                let (v, n) = ByteClass.decode(b, i)
                space = ByteClass.isSpace(v); wordChar = ByteClass.isWord(v); length = n
            }
            if space {
                if inWord && hasWordChar { count += 1; if count == 4 { return 4 } }
                inWord = false; hasWordChar = false
            } else {
                inWord = true
                if wordChar { hasWordChar = true }
            }
            i += length
        }
        if inWord && hasWordChar { count += 1 }
        return count
        }
    }

    /// `wordCount(of:)` with every scalar decoded: the rule its ASCII comparisons stand for.
    func wordCountByRule(of span: QuoteSpan) -> Int {
        tokens.bytes.withUnsafeBufferPointer { b in
        var count = 0, inWord = false, hasWordChar = false
        var i = span.start
        while i < span.end {
            let (v, length) = ByteClass.decode(b, i)
            if ByteClass.isSpace(v) {
                if inWord && hasWordChar { count += 1; if count == 4 { return 4 } }
                inWord = false; hasWordChar = false
            } else {
                inWord = true
                if ByteClass.isWord(v) { hasWordChar = true }
            }
            i += length
        }
        if inWord && hasWordChar { count += 1 }
        return count
        }
    }

    /// The first letter or digit of `span`, if any.
    func firstWordScalar(of span: QuoteSpan) -> UInt32? {
        tokens.bytes.withUnsafeBufferPointer { b in
        var i = span.start
        while i < span.end {
            let (v, length) = ByteClass.decode(b, i)
            if ByteClass.isWord(v) { return v }
            i += length
        }
        return nil
        }
    }

    /// True when the words of `span` open with a capital or a digit, the first and the last at least,
    /// the others maybe short lower-case joining words ("Doctor for Every Citizen"): a name's shape.
    func isTitleCase(_ span: QuoteSpan) -> Bool {
        tokens.bytes.withUnsafeBufferPointer { b in
            var i = span.start, words = 0, lastCapital = false
            while i < span.end {
                if b[i] == 0x20 { i += 1; continue }
                var j = i + 1
                while j < span.end, b[j] != 0x20 { j += 1 }
                let v = ByteClass.decode(b, i).value
                lastCapital = ByteClass.isUpper(v) || v &- 0x30 < 10
                // a joining word: up to four lower-case ASCII letters, never the first
                if !lastCapital, words == 0 || j - i > 4 || !(i..<j).allSatisfy({ b[$0] &- 0x61 < 26 }) { return false }
                words += 1
                i = j
            }
            return words > 0 && lastCapital
        }
    }

    /// The last scalar of `span`.
    func lastScalar(of span: QuoteSpan) -> UInt32 {
        tokens.bytes.withUnsafeBufferPointer { ByteClass.scalar(before: span.end, in: $0) }
    }
}
