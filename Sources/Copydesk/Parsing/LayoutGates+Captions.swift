/// The byte gates of the caption rules added in the third round of caption probes.
extension LayoutGates {
    /// The bytes of the last " — ", " – ", " - " or " © " in the line's last 64 bytes (44 before round 14) that follows a sentence's "."
    /// and leaves text after it ending with an ASCII letter, from its first space to the end of its second; `nil` when
    /// there is none, and then
    /// `CaptionRule.dashCredit` returns `nil`.
    static func trailingDash(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let n = b.count
        guard n >= 12, (b[n - 1] | 0x20) &- UInt8(ascii: "a") < 26 else { return nil }  // a credit ends with a letter
        var i = n - 3
        while i >= 1, n - i <= 64 {
            if b[i] == 0x20, b[i - 1] == UInt8(ascii: ".") {
                var after = i + 1
                // (round 13) ". Photo - Times of Oman": a picture label before the dash is the credit's lead
                if b[after] == UInt8(ascii: "P"), let label = pictureLabelBeforeDash(b, at: after) { after = label }
                if b[after] == UInt8(ascii: "-") { after += 1 } else if b[after] == 0xE2, after + 2 < n, b[after + 1] == 0x80,
                    b[after + 2] == 0x93 || b[after + 2] == 0x94 { after += 3 } else if b[after] == 0xC2, b[after + 1] == 0xA9 { after += 2 }
                if after > i + 1, after + 1 < n, b[after] == 0x20 { return i..<(after + 1) }
                // ". —JOAN P. VILLANUEVA": an em dash glued to the credit's capital (print style)
                if after == i + 4, b[i + 3] == 0x94, b[after] &- UInt8(ascii: "A") < 26 { return i..<after }
            }
            i -= 1
        }
        return nil
    }

    /// (round 13) The offset of the dash after "Photo " or "Picture " at `offset` of `b` when a dash ("-", "–", "—") and
    /// a space follow that label; `nil` otherwise.
    static func pictureLabelBeforeDash(_ b: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        let dash = FoldedBytes.equal(b, at: offset, "photo ") ? offset + 6 : FoldedBytes.equal(b, at: offset, "picture ") ? offset + 8 : -1
        guard dash > 0, dash + 4 < b.count else { return nil }
        if b[dash] == UInt8(ascii: "-"), b[dash + 1] == 0x20 { return dash }
        return b[dash] == 0xE2 && b[dash + 1] == 0x80 && (b[dash + 2] == 0x93 || b[dash + 2] == 0x94) && b[dash + 3] == 0x20 ? dash : nil
    }

    /// True when the last byte before `open` that is no space is a full stop.
    @inline(__always)
    static func afterFullStop(_ b: UnsafeBufferPointer<UInt8>, open: Int) -> Bool {
        var stop = open - 1
        while stop >= 0, b[stop] == 0x20 { stop -= 1 }
        return stop >= 0 && b[stop] == UInt8(ascii: ".")
    }

    /// True when `b[from..<to]` holds one to seven space-separated words, each opening with a capital A–Z or a digit.
    static func capitalisedWords(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var words = 0, i = from
        while i < to {
            if b[i] != 0x20, i == from || b[i - 1] == 0x20 {
                guard b[i] &- UInt8(ascii: "A") < 26 || b[i] &- UInt8(ascii: "0") < 10 else { return false }
                words += 1
            }
            i += 1
        }
        return (1...7).contains(words)
    }

    /// True when the bracket content `b[from..<to]` may be a worded or barred credit `CaptionRule.wordedBracketCredit` and
    /// `shortBracketCredit` read: it holds "photo" or a "|", opens with "courtesy" or "special to " (capitals folded),
    /// or holds a "." before a lower-case letter (a web address, "cleveland.com").
    static func mayBeWordedCredit(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        let content = UnsafeBufferPointer(rebasing: b[from..<to])
        if FoldedBytes.equal(content, at: 0, "courtesy") || FoldedBytes.equal(content, at: 0, "special to ")
            || FoldedBytes.contains(content, "photo") || content.contains(UInt8(ascii: "|")) { return true }
        guard content.count >= 3 else { return false }
        for i in 1..<(content.count - 1) where content[i] == UInt8(ascii: ".") && content[i + 1] &- UInt8(ascii: "a") < 26 { return true }
        return false
    }
}

