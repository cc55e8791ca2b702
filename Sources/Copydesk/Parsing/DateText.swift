/// Finds a printed date inside a piece of text and reads it as ISO 8601 when it is absolute.
/// Handles "November 20, 2019", "20th Nov 2019 08:00 GMT", "11/19/19 06:56 AM EST", "18.11.2019",
/// "2019-11-18T23:30:00Z", times with am/pm and zones, relative dates ("22 hours ago").
enum DateText {
    /// Reads the first date expression from `tokens` of `text` (whose UTF-8 bytes are `bytes`).
    static func read(_ text: Substring, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeMutableBufferPointer<Token>) -> Found? {
        let count = tokens.count
        var year: Int?, month: Int?, day: Int?, hour: Int?, minute: Int?, second: Int?, zone: Int?, pm: Bool?
        var offset: String?  // a numeric offset ("+01:00"): outranks `zone`
        var anchor = false, isoTime = false
        var i = 0
        func num(_ k: Int) -> Int? { k >= 0 && k < count && tokens[k].kind == .number ? tokens[k].value : nil }
        func punct(_ k: Int, _ p: UInt8) -> Bool { k < count && tokens[k].kind == .punct && tokens[k].byte == p }
        func word(_ k: Int, _ bit: WordInfo) -> Bool { tokens[k].info & bit != 0 }
        while i < count {
            let t = tokens[i]
            if t.kind == .word, case let m = Word.month(t.info), m != 0, month == nil {
                month = m; tokens[i].dateish = true; anchor = true
                let next = punct(i + 1, UInt8(ascii: ".")) ? i + 2 : i + 1
                if let d = num(next), d <= 31, tokens[next].length <= 2 { day = d; tokens[next].dateish = true }
                if let d = num(i - 1), d <= 31, i > 0, tokens[i - 1].length <= 2, day == nil { day = d; tokens[i - 1].dateish = true }
                if day == nil, let d = ordinalDay(bytes, tokens, before: i) { day = d }  // "20th November"
                if day == nil, i >= 2, punct(i - 1, UInt8(ascii: "-")), let d = num(i - 2), d <= 31, tokens[i - 2].length <= 2 {
                    day = d; tokens[i - 2].dateish = true  // "10-Mar-2025"
                }
                i += 1; continue
            }
            if t.kind == .number, let a = t.value {
                // a numeric date: a sep b sep c (one separator follows `a`)
                if punct(i + 1, UInt8(ascii: ".")) || punct(i + 1, UInt8(ascii: "/")) || punct(i + 1, UInt8(ascii: "-")),
                   case let sep = tokens[i + 1].byte, let b = num(i + 2), punct(i + 3, sep), let c = num(i + 4), month == nil {
                    if t.length == 4 { year = a; month = b; day = c }
                    else if sep == UInt8(ascii: "/") { month = a <= 12 ? a : b; day = a <= 12 ? b : a; year = c < 100 ? 2000 + c : c }
                    else { day = a; month = b; year = c < 100 ? 2000 + c : c }
                    for k in i...(i + 4) { tokens[k].dateish = true }
                    anchor = true
                    i += 5
                    if i < count, tokens[i].kind == .word, word(i, Word.t) { tokens[i].dateish = true; i += 1; isoTime = true }
                    continue
                }
                // a year glued to a time ("20195:00 AM"): the first four digits are the year
                if (5...6).contains(t.length), punct(i + 1, UInt8(ascii: ":")), let y = digitValue(bytes, t.start, t.start + 4), y >= 1900, y <= 2100,
                   let h = digitValue(bytes, t.start + 4, t.end), h <= 24, let mm = num(i + 2), year == nil {
                    year = y; hour = h; minute = mm; for k in i...(i + 2) { tokens[k].dateish = true }
                    i += 3; continue
                }
                // a time: h:mm[:ss] [am|pm]
                if punct(i + 1, UInt8(ascii: ":")), let mm = num(i + 2), a <= 24, hour == nil {
                    hour = a; minute = mm; for k in i...(i + 2) { tokens[k].dateish = true }
                    var k = i + 3
                    if punct(k, UInt8(ascii: ":")), let ss = num(k + 1) { second = ss; tokens[k].dateish = true; tokens[k + 1].dateish = true; k += 2 }
                    // "+01:00" after a time; "-05:00" after seconds or "T" only ("10:00-11:00" is a range)
                    if zone == nil, offset == nil, punct(k, UInt8(ascii: "+")) || punct(k, UInt8(ascii: "-")),
                       let (read, next) = utcOffset(tokens, at: k, minus: second != nil || isoTime) {
                        offset = read; for j in k..<next { tokens[j].dateish = true }; k = next
                    }
                    i = k; continue
                }
                // "4 Oct 2022 13.00 BST", "4.30pm"
                if hour == nil, year != nil || month != nil, let mm = dottedMinutes(tokens, at: i) {
                    hour = a; minute = mm; for k in i...(i + 2) { tokens[k].dateish = true }
                    i += 3; continue
                }
                if t.length == 4, a >= 1900, a <= 2100 { if year == nil { year = a }; tokens[i].dateish = true; i += 1; continue }
                // relative: N hours ago
                if i + 2 < count, word(i + 1, Word.relative), word(i + 2, Word.ago) {
                    if year != nil && month != nil && day != nil { i += 3; continue }  // "10-Mar-2025 • 4 hrs ago": the date
                    for k in i...(i + 2) { tokens[k].dateish = true }
                    anchor = true; i += 3; continue
                }
                i += 1; continue
            }
            if t.kind == .word {
                let info = t.info
                if info & (Word.am | Word.pm) != 0, hour != nil { pm = info & Word.pm != 0; tokens[i].dateish = true }
                else if info & (Word.a | Word.p) != 0, hour != nil, punct(i + 1, UInt8(ascii: ".")), i + 2 < count, word(i + 2, Word.m) {
                    pm = info & Word.p != 0; for k in i...(i + 2) { tokens[k].dateish = true }
                    if punct(i + 3, UInt8(ascii: ".")) { tokens[i + 3].dateish = true }
                } else if case let z = Word.zone(info), z >= 0, hour != nil || year != nil, zone == nil, offset == nil {
                    zone = z; tokens[i].dateish = true
                    // "GMT+1", "UTC-04:00"
                    if zoneList[z].1 == "Z", let (read, next) = utcOffset(tokens, at: i + 1, minus: true) {
                        offset = read; for j in (i + 1)..<next { tokens[j].dateish = true }; i = next; continue
                    }
                }
                else if info & (Word.today | Word.yesterday) != 0, !closesName(bytes, tokens, at: i) { tokens[i].dateish = true; anchor = true }
                else if info & Word.glue != 0 { tokens[i].dateish = i > 0 && tokens[i - 1].dateish }
            }
            i += 1
        }
        guard anchor, let first = tokens.firstIndex(where: { $0.dateish }), let last = tokens.lastIndex(where: { $0.dateish }) else { return nil }
        var lastIndex = last
        while lastIndex > first, tokens[lastIndex].kind == .word, word(lastIndex, Word.glue),
              tokens[lastIndex].info & (Word.am | Word.pm | Word.m) == 0 { lastIndex -= 1 }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: tokens[first].start)
        let range = lower..<utf8.index(lower, offsetBy: tokens[lastIndex].end - tokens[first].start)
        var otherWords = 0
        for token in tokens where token.kind == .word && !token.dateish && token.info & Word.glue == 0 { otherWords += 1 }
        var iso: String?
        if let y = year, let m = month, let d = day, (1...12).contains(m), (1...31).contains(d) {
            var time: (Int, Int, Int, String?)?
            if var h = hour, let mm = minute, h <= 24, mm < 60 {
                if pm == true && h < 12 { h += 12 }
                if pm == false && h == 12 { h = 0 }
                time = (h, mm, second ?? 0, offset ?? zone.map { zoneOffset($0, y, m, d, hour: h) })
            }
            iso = isoText(y, m, d, time)
        }
        let printed = trimmedEnd(text[range], lastByte: bytes[tokens[lastIndex].end - 1])
        return Found(range: range, text: printed, iso: iso, otherWords: otherWords)
    }
}
