/// The tokenizer loop with the quote-mark scan folded in, driven by the table of byte classes
/// (`byteClasses`, `Lead`).
extension Tokenizer {
    /// Tokens of `b` with its quoted spans appended to `spans` (by the rules of
    /// `QuoteMarkScanner.spans(in:)`), written as `step` writes them: `out` must have a slot for
    /// every byte (every token takes at least one byte), and sixteen zero bytes must follow `b`.
    @inline(__always)
    static func fusedTokens(_ b: Bytes, classes: UnsafePointer<UInt8>, findingSpans spans: inout [QuoteSpan],
                            into out: inout TokenWriter) {
        let n = b.count
        guard n > 0, let base = b.baseAddress else { return }
        var i = 0
        var counter = QuoteMarkScanner.ScalarCounter()
        // Slots and probe in locals; `out.next` synced around other paths.
        let lists = out.lists
        var slot = out.next
        defer { out.next = slot }
        while true {
            // Runs of lower-case words (most words): 1-15 letters ended by a plain byte or a full
            // stop. Zero bytes follow the block, so loads never test for room (a zero ends a run).
            var w: UInt64, lanes: UInt64
            while true {
                w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                lanes = notLowerLanes(base + i)
                // 1…7 when the first byte is lower-case and the word ends within eight bytes.
                var length = lanes.trailingZeroBitCount &>> 3
                var key: UInt64
                if UInt(bitPattern: length &- 1) >= 7 {
                    // Eight lower-case letters and up to seven more.
                    guard lanes == 0 else { break }
                    let lanes2 = notLowerLanes(base + (i &+ 8))
                    guard lanes2 != 0 else { break }
                    length = 8 &+ lanes2.trailingZeroBitCount &>> 3
                    let w2 = UnsafeRawPointer(base + (i &+ 8)).loadUnaligned(as: UInt64.self).littleEndian
                    key = WordKey.of(lowerTail: w, w2, length: length, firstUpper: false)
                } else {
                    key = lowerKey(w, lanes: lanes)
                }
                let end = i &+ length
                let after = base[end]
                guard classes[Int(after)] & plainEnd != 0 || endsSentence(b, end, n, length: length) else {
                    guard endsShortSentence(b, end, n, length: length, key: key, lists: lists) else { break }
                    slot.pointee = plainWord(i, length, key: key, capitalized: false, lists: lists.bits(key))
                    slot += 1
                    i = end
                    continue
                }
                slot.pointee = plainWord(i, length, key: key, capitalized: false, lists: lists.bits(key))
                slot += 1
                i = after == 0x20 ? end &+ 1 : end
            }
            // A word's first byte has a class below `space` with bit 7 (`plainEnd`) clear (the
            // padding's zero at the block's end is not one).
            let raw = classes[Int(UInt8(truncatingIfNeeded: w))]
            if raw < Lead.space {
                // Of lower (0), upper (1) and digit (2), bit 0 is set for upper alone.
                let capitalized = raw & 1 != 0
                // One letter or digit and up to fourteen lower-case letters, ended by a plain byte
                // or a sentence's full stop: read from the lanes of one or two sixteen-byte loads
                // (a zero of the padding is not lower-case and ends the word plainly there).
                let notLower = lanes & ~0xFF
                if notLower != 0 {
                    let length = notLower.trailingZeroBitCount &>> 3
                    let end = i &+ length
                    let after = base[end]
                    if classes[Int(after)] & plainEnd != 0 || endsSentence(b, end, n, length: length) {
                        let key = foldedKey(w, lanes: notLower)
                        slot.pointee = plainWord(i, length, key: key, capitalized: capitalized, lists: lists.bits(key))
                        slot += 1
                        i = after == 0x20 ? end &+ 1 : end
                        continue
                    }
                    if capitalized, length == 1, after &- 0x41 < 26 {
                        let next = capitalsWord(w, at: i, base, classes, lists, into: &slot)
                        if next >= 0 { i = next; continue }
                    }
                    // A dot or digit after the letters: a word before a full stop, or digits;
                    // ' or ’: a possessive ending.
                    if after == 0x2E || after &- 0x30 < 10 {
                        out.next = slot
                        let next = shortWord(b, w, at: i, length: length, capitalized: capitalized, into: &out)
                        slot = out.next
                        if next >= 0 { i = next; continue }
                    } else if after == 0x27 || after == 0xE2 {
                        out.next = slot
                        let next = possessiveWord(b, w, at: i, length: length, capitalized: capitalized, into: &out)
                        slot = out.next
                        if next >= 0 { i = next; continue }
                    }
                } else {
                    let notLower2 = notLowerLanes(base + (i &+ 8))
                    if notLower2 != 0 {
                        let length = 8 &+ notLower2.trailingZeroBitCount &>> 3
                        let end = i &+ length
                        let after = base[end]
                        if classes[Int(after)] & plainEnd != 0 || endsSentence(b, end, n, length: length) {
                            let w2 = UnsafeRawPointer(base + (i &+ 8)).loadUnaligned(as: UInt64.self).littleEndian
                            let key = WordKey.of(foldedHead: w, w2, length: length)
                            slot.pointee = plainWord(i, length, key: key, capitalized: capitalized, lists: lists.bits(key))
                            slot += 1
                            i = after == 0x20 ? end &+ 1 : end
                            continue
                        }
                    }
                }
                out.next = slot
                let next = asciiWord(b, classes, at: i, n, capitalized: capitalized, into: &out)
                if next >= 0 { i = next; slot = out.next; continue }
                i = ruleWord(b, at: i, n, capitalized: capitalized, into: &out)
                slot = out.next
                continue
            }
            guard i < n else { break }
            let k = raw & 0x7F
            if k == Lead.space { i &+= 1; continue }
            if k >= Lead.punctuation {
                slot.pointee = Token(kind: unsafeBitCast(k &- Lead.punctuation, to: Token.Kind.self), start: i, end: i &+ 1, stemEnd: i &+ 1,
                                     key: 0, capitalized: false, possessive: false)
                slot += 1
                // A space after it is skipped here (no token or quote starts at one); past the
                // block's end the padding's zero is read.
                i = base[i &+ 1] == 0x20 ? i &+ 2 : i &+ 1
                continue
            }
            if k == Lead.silent { i &+= 1; continue }
            if k == Lead.mark, let opened = openQuote(at: i, in: b, counter: &counter, spans: &spans) {
                if opened.kept {
                    let s = spans[spans.count &- 1]
                    slot.pointee = Token(kind: .quote, start: s.open, end: s.after, stemEnd: s.after, key: UInt64(spans.count &- 1),
                                         capitalized: false, possessive: false)
                    slot += 1
                }
                i = opened.resume
                continue
            }
            out.next = slot
            i = wideStep(b, i, n, into: &out)
            slot = out.next
        }
    }
}
