/// Byte tests for whole lines of the nineteenth pass: trailing credits, weather readings, sign-offs and tickers.
extension LayoutGates {
    /// False only when `CaptionRule.trailingNameCredit` returns `nil`: the line ends with an ASCII letter, digit or ")" and
    /// holds a "/" or "@" in its last 66 bytes (or " for " or "|" there when its last word opens with a capital), ends with two capitals (or a capital and ")"), or ends as `endsWithProvidedOrAddress` tells.
    static func mayEndWithNameCredit(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n >= 12, case let last = b[n - 1], last &- UInt8(ascii: "a") < 26 || last &- UInt8(ascii: "A") < 26
            || last &- UInt8(ascii: "0") < 10 || last == UInt8(ascii: ")") else { return false }
        // two capitals at the end, or a capital closing a bracket ("… GARCÍA-SANTOS (EL PAÍS)")
        if b[n - 2] &- UInt8(ascii: "A") < 26 && (last &- UInt8(ascii: "A") < 26 || last == UInt8(ascii: ")")) || endsWithProvidedOrAddress(b) { return true }
        let from = n - min(n, 66)
        return ByteSearch.firstIndex(of: UInt8(ascii: "/"), in: b, from: from) != nil || ByteSearch.firstIndex(of: UInt8(ascii: "@"), in: b, from: from) != nil
            || lastWordCapitalised(b) && (holdsFor(b, from: from)  // "… Michael Stravato for The Texas Tribune"
                || ByteSearch.firstIndex(of: UInt8(ascii: "|"), in: b, from: from) != nil)  // "… Name | The Outlet"
    }

    /// True when the word "for" between spaces stands in `b` from `from` (each "f" found by `ByteSearch`).
    @inline(__always)
    private static func holdsFor(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Bool {
        var i = max(from, 1)
        while let f = ByteSearch.firstIndex(of: UInt8(ascii: "f"), in: b, from: i) {
            if b[f - 1] == 0x20, f + 3 < b.count, b[f + 1] == UInt8(ascii: "o"), b[f + 2] == UInt8(ascii: "r"), b[f + 3] == 0x20 { return true }
            i = f + 1
        }
        return false
    }

    /// True when the last space-separated word of `b` opens with a capital A–Z.
    @inline(__always)
    private static func lastWordCapitalised(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = b.count - 1
        while i > 0, b[i - 1] != 0x20 { i -= 1 }
        return i >= 0 && b[i] &- UInt8(ascii: "A") < 26
    }

    /// True for a weather widget's reading ("Dublin: 7°C", "72°F"): a degree sign right before a "C" or "F".
    static func isWeather(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= 4 else { return false }
        for i in 0..<(b.count - 2) where b[i] == 0xC2 && b[i + 1] == 0xB0 && (b[i + 2] | 0x20 == UInt8(ascii: "c") || b[i + 2] | 0x20 == UInt8(ascii: "f")) {
            return true
        }
        return false
    }

    /// True for a reading-time note ("4 minutes to read", "5 min read", "3-minute read", "Reading time: 4 minutes"): a
    /// number opens the line and "min" and "read" stand in it, or it opens with "reading time".
    static func isReadingTime(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count, b[i] == 0x20 { i += 1 }
        guard i < b.count else { return false }
        if b[i] &- UInt8(ascii: "0") < 10 { return FoldedBytes.contains(b, "min") && FoldedBytes.contains(b, "read") }
        return FoldedBytes.equal(b, at: i, "reading time")
    }

    /// True for a contact or sign-off line under an article: "Contact Jo Roe at jo.roe@example.com.", "Contact Jo Roe on
    /// Twitter", a dash and two to four capitalised words ("-- Everton Bailey Jr.", "— Jane Roe"), or a dash and an
    /// e-mail address alone ("- jo@example.com").
    static func isContactOrSignOff(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if FoldedBytes.equal(b, at: 0, "contact ") {
            return ByteSearch.firstIndex(of: UInt8(ascii: "@"), in: b, from: 8) != nil || FoldedBytes.contains(b, " on twitter")
        }
        let lead = b.starts(with: [0x2D, 0x2D, 0x20]) || b.starts(with: [0xE2, 0x80, 0x94, 0x20]) ? (b[0] == 0x2D ? 3 : 4) : 0
        if b.starts(with: [0x2D, 0x20]) || lead > 0 { if isAddress(UnsafeBufferPointer(rebasing: b[max(lead, 2)...])) { return true } }
        guard lead > 0 else { return false }
        let name = UnsafeBufferPointer(rebasing: b[lead...])
        let words = ByteSearch.wordCount(name)
        return (2...4).contains(words) && ByteSearch.allASCIIWords(name) { name[$0.lowerBound] &- UInt8(ascii: "A") < 26 }
    }

    /// True for one word holding an "@" after its first byte and a "." after the "@" ("jo.roe@example.com").
    static func isAddress(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard w.count >= 5, !w.contains(0x20), let at = ByteSearch.firstIndex(of: UInt8(ascii: "@"), in: w, from: 1) else { return false }
        return ByteSearch.firstIndex(of: UInt8(ascii: "."), in: w, from: at + 2) != nil
    }

    /// True for a market ticker's line ("Dow 30 28,051.41 +54.80 (+0.20%)"): it closes with a signed percentage in
    /// brackets.
    static func isTicker(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n >= 8, b[n - 1] == UInt8(ascii: ")"), b[n - 2] == UInt8(ascii: "%"),
              let open = b.lastIndex(of: UInt8(ascii: "(")), open + 3 < n else { return false }
        let sign = b[open + 1]
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") || sign == 0xE2 else { return false }
        return b[(open + 1)..<(n - 2)].allSatisfy { $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "+")
            || $0 == UInt8(ascii: "-") || $0 == 0xE2 || $0 == 0x88 || $0 == 0x92 }
    }
}
