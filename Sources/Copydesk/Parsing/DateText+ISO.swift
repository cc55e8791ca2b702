/// The ISO 8601 text of a date `DateText` has read.
extension DateText {
    /// "YYYY-MM-DD", then "THH:MM:SS" and the zone's offset ("Z", "+01:00") when a time is given, each number
    /// zero-padded to its width (a longer one kept whole); written on bytes (every value is at least zero).
    static func isoText(_ y: Int, _ m: Int, _ d: Int, _ time: (Int, Int, Int, String?)?) -> String {
        String(unsafeUninitializedCapacity: 80) { buffer in
            var count = 0
            func put(_ byte: UInt8) { buffer[count] = byte; count += 1 }
            func pad(_ value: Int, _ width: Int) {
                var digits = 1, rest = value / 10
                while rest > 0 { digits += 1; rest /= 10 }
                for _ in digits..<max(width, digits) { put(UInt8(ascii: "0")) }
                var place = count + digits
                count = place
                var left = value
                repeat { place -= 1; buffer[place] = UInt8(ascii: "0") + UInt8(left % 10); left /= 10 } while left > 0
            }
            pad(y, 4); put(UInt8(ascii: "-")); pad(m, 2); put(UInt8(ascii: "-")); pad(d, 2)
            if let (h, mm, ss, zone) = time {
                put(UInt8(ascii: "T")); pad(h, 2); put(UInt8(ascii: ":")); pad(mm, 2); put(UInt8(ascii: ":")); pad(ss, 2)
                if let zone { for byte in zone.utf8 { put(byte) } }
            }
            return count
        }
    }

    /// The ISO offset of a UTC offset starting at token `k` of `tokens`, glued to the token before it: a sign, then
    /// hours ("+1", "+01"), hours and minutes ("+01:00", "+5:30") or four digits ("-0500"); and the index of the token
    /// after it. `nil` when there is none, when it is out of range (beyond ±14:00), or for "-" unless `minus`.
    static func utcOffset(_ tokens: UnsafeMutableBufferPointer<Token>, at k: Int, minus: Bool) -> (String, Int)? {
        guard k > 0, k + 1 < tokens.count, tokens[k].kind == .punct, tokens[k].start == tokens[k - 1].end,
              tokens[k].byte == UInt8(ascii: "+") || minus && tokens[k].byte == UInt8(ascii: "-"),
              tokens[k + 1].kind == .number, tokens[k + 1].start == tokens[k].end, let value = tokens[k + 1].value else { return nil }
        var hours = value, minutes = 0, next = k + 2
        switch tokens[k + 1].length {
        case 1, 2:
            if next + 1 < tokens.count, tokens[next].kind == .punct, tokens[next].byte == UInt8(ascii: ":"),
               tokens[next + 1].kind == .number, tokens[next + 1].length == 2, let m = tokens[next + 1].value {
                minutes = m; next += 2
            }
        case 4: hours = value / 100; minutes = value % 100
        default: return nil
        }
        guard hours < 14 || hours == 14 && minutes == 0, minutes < 60 else { return nil }
        let sign = tokens[k].byte == UInt8(ascii: "+") ? "+" : "-"
        return (sign + (hours < 10 ? "0" : "") + String(hours) + ":" + (minutes < 10 ? "0" : "") + String(minutes), next)
    }

    /// The minutes of a dotted time at token `i` ("13.00", "4.30" of "4.30pm"): hours of one or two digits up to 24, ".",
    /// two digits below 60, then the end of the text, a zone, am/pm or a mark other than "." ("rose 13.50 percent" is
    /// no time); `nil` otherwise.
    static func dottedMinutes(_ tokens: UnsafeMutableBufferPointer<Token>, at i: Int) -> Int? {
        guard i + 2 < tokens.count, tokens[i].length <= 2, let hours = tokens[i].value, hours <= 24,
              tokens[i + 1].kind == .punct, tokens[i + 1].byte == UInt8(ascii: "."), tokens[i + 2].kind == .number,
              tokens[i + 2].length == 2, let minutes = tokens[i + 2].value, minutes < 60, endsDottedTime(tokens, after: i + 2) else { return nil }
        return minutes
    }

    /// True when token `k` ends a dotted time: it is the last token, or a zone, am/pm or mark (not ".") follows it.
    static func endsDottedTime(_ tokens: UnsafeMutableBufferPointer<Token>, after k: Int) -> Bool {
        guard k + 1 < tokens.count else { return true }
        let next = tokens[k + 1]
        switch next.kind {
        case .punct: return next.byte != UInt8(ascii: ".")
        case .word: return Word.zone(next.info) >= 0 || next.info & (Word.am | Word.pm) != 0
        case .number: return false
        }
    }
}
