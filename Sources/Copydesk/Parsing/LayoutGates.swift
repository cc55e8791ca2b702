/// Byte tests that let most lines skip the eighteenth pass's header and credit rules before any `Substring` is built.
enum LayoutGates {
    /// False only when `BylineRule.matchNameThenDate` returns `nil` for a line opening with an ASCII letter: before
    /// its first separator (" / ", " | ", " - ", " – ", " — ", " · ", " • ") stand one to five space-separated words
    /// with no digit but in a glued or separate "@handle", with text after it; or such words up to an "@handle" with
    /// text after it.
    static func mayOpenNameThenDate(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n >= 8 else { return false }
        var words = 1, i = 1, handle = false
        while i < n {
            let byte = b[i]
            if byte == 0x20 {
                if let length = separatorLength(b, after: i) { return words <= 5 && i + 1 + length < n }
                if handle, i + 1 < n, b[i + 1] != 0x20 { return words <= 5 }  // "Name@handle November 19, 2019"
                if i + 1 < n, b[i + 1] != 0x20 { words += 1; handle = false; if words > 5 { return false } }
            } else if byte == UInt8(ascii: "@") {
                handle = true
            } else if !handle, byte &- UInt8(ascii: "0") < 10 {
                return false  // a digit in the name part: no name ("November 19, 2019 / 12:21 AM")
            }
            i += 1
        }
        return false
    }

    /// The byte length of the separator mark after the space at `i` when a space follows it.
    @inline(__always)
    private static func separatorLength(_ b: UnsafeBufferPointer<UInt8>, after i: Int) -> Int? {
        let n = b.count
        guard i + 2 < n else { return nil }
        let c = b[i + 1]
        if c == UInt8(ascii: "/") || c == UInt8(ascii: "|") || c == UInt8(ascii: "-") || c == UInt8(ascii: ",") { return b[i + 2] == 0x20 ? 1 : nil }
        if c == 0xC2, i + 3 < n, b[i + 2] == 0xB7 { return b[i + 3] == 0x20 ? 2 : nil }  // ·
        if c == 0xE2, i + 4 < n, b[i + 2] == 0x80, b[i + 3] == 0x93 || b[i + 3] == 0x94 || b[i + 3] == 0xA2 {  // – — •
            return b[i + 4] == 0x20 ? 3 : nil
        }
        return nil
    }

    /// False only when `CaptionRule.standaloneCredit` returns `nil`: the line opens with one of its "Photo by" leads
    /// or "Courtesy of " (capitals folded), or with a picture source right before its first "/"; a line opening with a space or a non-ASCII
    /// byte is left to the rule, which trims it.
    static func mayBeStandaloneCredit(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if let first = b.first, ByteSearch.isASCIISpace(first) || first >= 0x80 { return true }  // the rule trims the line
        for lead in CaptionRule.byCreditLeads where FoldedBytes.equal(b, at: 0, lead) { return true }
        if FoldedBytes.equal(b, at: 0, "courtesy of ") { return true }
        guard let slash = b.firstIndex(of: UInt8(ascii: "/")), slash <= 16 else { return false }
        var end = slash
        while end > 0, b[end - 1] == 0x20 { end -= 1 }
        return end > 0 && CaptionRule.pictureSourceTable.value(foldingBytes: UnsafeBufferPointer(rebasing: b[0..<end])) != nil
    }

    /// False only when `CaptionRule.shortBracketCredit` returns `nil`: the last "(" (or "[" before a closing "]") opens at
    /// most sixty bytes of content that starts with a non-ASCII byte, or with a capital A–Z and either follows a full stop and is capitalised words
    /// or a worded credit (`mayBeWordedCredit`), or holds a "/" or a word (split at spaces and "/") of `CaptionRule.tagTable`.
    static func mayEndWithShortCredit(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var open = n - 2
        let opening = b[n - 1] == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "(")
        while open >= 0, n - open <= 62, b[open] != opening { open -= 1 }
        guard open >= 0, n - open <= 62, open + 1 < n - 1 else { return false }
        var first = open + 1
        while first < n - 1, b[first] == 0x20 { first += 1 }
        if b[first] >= 0x80 { return true }  // a non-ASCII space ("(\u{A0}Updated — TASS)") or capital: the rule trims and reads it
        guard b[first] &- UInt8(ascii: "A") < 26 else { return false }
        // "… Gordhan. (Jaco Marais, Netwerk24)", "… in May. (Staff photo by Jo Doe)", "… jail. (Jo Roe, cleveland.com)"
        if afterFullStop(b, open: open), capitalisedWords(b, from: first, to: n - 1) || mayBeWordedCredit(b, from: first, to: n - 1) { return true }
        var start = first
        for i in first...(n - 1) where b[i] == 0x20 || b[i] == UInt8(ascii: "/") || b[i] == UInt8(ascii: ")") || b[i] == UInt8(ascii: ",") {
            if b[i] == UInt8(ascii: "/") { return true }
            if i > start, CaptionRule.tagTable.value(foldingBytes: UnsafeBufferPointer(rebasing: b[start..<i])) != nil { return true }
            start = i + 1
        }
        return false
    }

    /// True when `bytes` are "@" and one or more letters, digits or "_": a social handle on its own line.
    static func isHandle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 2 && bytes[0] == UInt8(ascii: "@")
            && bytes.dropFirst().allSatisfy { ($0 | 0x20) &- UInt8(ascii: "a") < 26 || $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: "_") }
    }

    /// False only when `CaptionRule.joinedCredit` returns `nil`: the line's last forty bytes hold a "|" (its last 64 a "|"
    /// with a "/" after it), or the line
    /// (`hasColon`: it holds a ":") has "Credit:" (capitals folded) before one of its ":" bytes; found by `memchr`.
    static func mayEndWithJoinedCredit(_ b: UnsafeBufferPointer<UInt8>, hasColon: Bool) -> Bool {
        guard b.count >= 8 else { return false }
        // one search of the last 64 bytes: a "|" in the last forty, or (for "… in Brussels | Kenzo Tribouillard/AFP via Getty
        // Images", a longer agency credit) a "|" with a "/" after it
        if let bar = ByteSearch.firstIndex(of: UInt8(ascii: "|"), in: b, from: b.count - min(b.count, 64)) {
            if b.count - bar <= 40 || ByteSearch.firstIndex(of: UInt8(ascii: "/"), in: b, from: bar) != nil { return true }
            if ByteSearch.firstIndex(of: UInt8(ascii: "|"), in: b, from: b.count - 40) != nil { return true }
        }
        guard hasColon else { return false }
        var from = 0
        while let colon = ByteSearch.firstIndex(of: UInt8(ascii: ":"), in: b, from: from) {
            if colon >= 6, FoldedBytes.equal(b, at: colon - 6, "credit:") { return true }
            from = colon + 1
        }
        return false
    }
}
