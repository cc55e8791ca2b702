// The classifier as of main 27fe582, kept verbatim (types renamed) as the oracle for the faster rules.
@testable import Copydesk
import Foundation
/// Finds a printed date inside a piece of text and reads it as ISO 8601 when it is absolute.
/// Handles "November 20, 2019", "20 Nov 2019 08:00 GMT", "11/19/19 06:56 AM EST", "18.11.2019",
/// "2019-11-18T23:30:00Z", times with am/pm and zones, and relative dates ("22 hours ago").
enum RefDateText {
    /// A date found in text: where it is, the printed text and its ISO reading.
    struct Found {
        var range: Range<Substring.Index>
        var text: Substring
        var iso: String?
        /// Letter words on the line that are not part of any date expression.
        var otherWords: Int
    }

    private struct Token {
        enum Kind { case number, word, punct }
        var kind: Kind
        var text: Substring
        /// A word lowercased (empty for numbers and punctuation, which no word table holds).
        var lower: String
        /// A number's value (`Int(text)`: `nil` past `Int.max`).
        var value: Int? = nil
        /// A number's digit count, or a punctuation Character's byte count.
        var length = 0
        /// A punctuation Character of one ASCII byte, else 0.
        var byte: UInt8 = 0
    }

    /// The separators of a numeric date, in the order they are tried.
    private static let dateSeparators: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "-")]

    static let months = DateText.months
    static let zones = DateText.zones
    static let glue = DateText.glue
    static let relativeUnits = DateText.relativeUnits

    /// Shapes of the word tables: most words cannot be a key, and skip hashing.
    private static let monthShapes = KeyShapes(months.keys), zoneShapes = KeyShapes(zones.keys)
    private static let glueShapes = KeyShapes(glue), relativeUnitShapes = KeyShapes(relativeUnits)

    /// The month a lowercased word names, or `nil`.
    private static func monthNumber(_ lower: String) -> Int? {
        let key = lower.fastHasSuffix(".") ? String(lower.dropLast()) : lower
        return monthShapes.mayContain(key) ? months[key] : nil
    }

    /// True when `set` holds `word`; `shapes` are the set's key shapes.
    private static func isKey(_ word: String, of set: Set<String>, _ shapes: KeyShapes) -> Bool {
        shapes.mayContain(word) && set.contains(word)
    }

    /// The first date expression in `text`, or `nil`.
    static func find(in text: Substring) -> Found? {
        guard mayHoldDate(text) else { return nil }
        let tokens = tokenize(text)
        var dateish = [Bool](repeating: false, count: tokens.count)
        var year: Int?, month: Int?, day: Int?, hour: Int?, minute: Int?, second: Int?, zone: String?, pm: Bool?
        var anchor = false, isoTime = false
        var i = 0
        func num(_ k: Int) -> Int? { k >= 0 && k < tokens.count && tokens[k].kind == .number ? tokens[k].value : nil }
        func punct(_ k: Int, _ p: UInt8) -> Bool { k < tokens.count && tokens[k].kind == .punct && tokens[k].byte == p }
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .word, let m = monthNumber(t.lower), month == nil {
                month = m; dateish[i] = true; anchor = true
                let next = punct(i + 1, UInt8(ascii: ".")) ? i + 2 : i + 1
                if let d = num(next), d <= 31, tokens[next].length <= 2 { day = d; dateish[next] = true }
                if let d = num(i - 1), d <= 31, i > 0, tokens[i - 1].length <= 2, day == nil { day = d; dateish[i - 1] = true }
                // (eighteenth pass) "20th November": an ordinal suffix glued to a day of one or two digits
                if day == nil, i >= 2, let d = num(i - 2), d >= 1, d <= 31, tokens[i - 2].length <= 2, tokens[i - 1].kind == .word,
                   ["st", "nd", "rd", "th"].contains(tokens[i - 1].lower), tokens[i - 1].text.startIndex == tokens[i - 2].text.endIndex {
                    day = d; dateish[i - 2] = true; dateish[i - 1] = true
                }
                // (round 11) "10-Mar-2025": a day and a hyphen before the month
                if day == nil, i >= 2, punct(i - 1, UInt8(ascii: "-")), let d = num(i - 2), d <= 31, tokens[i - 2].length <= 2 {
                    day = d; dateish[i - 2] = true
                }
                i += 1; continue
            }
            if t.kind == .number, let a = t.value {
                // a numeric date: a sep b sep c
                var matchedNumeric = false
                for sep in dateSeparators where punct(i + 1, sep) && num(i + 2) != nil && punct(i + 3, sep) && num(i + 4) != nil && month == nil {
                    let b = num(i + 2)!, c = num(i + 4)!
                    if t.length == 4 { year = a; month = b; day = c }
                    else if sep == UInt8(ascii: "/") { month = a <= 12 ? a : b; day = a <= 12 ? b : a; year = c < 100 ? 2000 + c : c }
                    else { day = a; month = b; year = c < 100 ? 2000 + c : c }
                    for k in i...(i + 4) { dateish[k] = true }
                    anchor = true
                    i += 5
                    if i < tokens.count, tokens[i].kind == .word, tokens[i].lower == "t" { dateish[i] = true; i += 1; isoTime = true }
                    matchedNumeric = true
                    break
                }
                if matchedNumeric { continue }
                // a year glued to a time ("20195:00 AM"): the first four digits are the year
                if (5...6).contains(t.length), punct(i + 1, UInt8(ascii: ":")), let y = Int(t.text.prefix(4)), y >= 1900, y <= 2100,
                   let h = Int(t.text.dropFirst(4)), h <= 24, let mm = num(i + 2), year == nil {
                    year = y; hour = h; minute = mm; dateish[i] = true; dateish[i + 1] = true; dateish[i + 2] = true
                    i += 3; continue
                }
                // a time: h:mm[:ss] [am|pm]
                if punct(i + 1, UInt8(ascii: ":")), let mm = num(i + 2), a <= 24, hour == nil {
                    hour = a; minute = mm; dateish[i] = true; dateish[i + 1] = true; dateish[i + 2] = true
                    var k = i + 3
                    if punct(k, UInt8(ascii: ":")), let ss = num(k + 1) { second = ss; dateish[k] = true; dateish[k + 1] = true; k += 2 }
                    if zone == nil, let (offset, count) = offset(tokens, at: k, minus: second != nil || isoTime) {
                        zone = offset; for j in k..<(k + count) { dateish[j] = true }; k += count
                    }
                    i = k; continue
                }
                // a dotted time after a date, ending the text or before a zone, am/pm or a mark other than "."
                if punct(i + 1, UInt8(ascii: ".")), let mm = num(i + 2), tokens[i + 2].length == 2, t.length <= 2, a <= 24, mm < 60,
                   hour == nil, year != nil || month != nil,
                   i + 3 == tokens.count || tokens[i + 3].kind == .punct && tokens[i + 3].byte != UInt8(ascii: ".")
                    || tokens[i + 3].kind == .word && (zones[tokens[i + 3].lower] != nil || tokens[i + 3].lower == "am" || tokens[i + 3].lower == "pm") {
                    hour = a; minute = mm; dateish[i] = true; dateish[i + 1] = true; dateish[i + 2] = true
                    i += 3; continue
                }
                if t.length == 4, a >= 1900, a <= 2100 { if year == nil { year = a }; dateish[i] = true; i += 1; continue }
                // relative: N hours ago
                if i + 2 < tokens.count, isKey(tokens[i + 1].lower, of: relativeUnits, relativeUnitShapes), tokens[i + 2].lower == "ago" {
                    if year != nil && month != nil && day != nil { i += 3; continue }  // (round 11) an age after a full date
                    dateish[i] = true; dateish[i + 1] = true; dateish[i + 2] = true; anchor = true; i += 3; continue
                }
                i += 1; continue
            }
            if t.kind == .word {
                if t.lower == "am" || t.lower == "pm", hour != nil { pm = t.lower == "pm"; dateish[i] = true }
                else if (t.lower == "a" || t.lower == "p"), hour != nil, punct(i + 1, UInt8(ascii: ".")), i + 2 < tokens.count, tokens[i + 2].lower == "m" {
                    pm = t.lower == "p"; dateish[i] = true; dateish[i + 1] = true; dateish[i + 2] = true
                    if punct(i + 3, UInt8(ascii: ".")) { dateish[i + 3] = true }
                } else if zoneShapes.mayContain(t.lower), let z = zones[t.lower], hour != nil || year != nil, zone == nil {
                    zone = z; dateish[i] = true
                    if z == "Z", let (offset, count) = offset(tokens, at: i + 1, minus: true) {
                        zone = offset; for j in (i + 1)..<(i + 1 + count) { dateish[j] = true }; i += 1 + count; continue
                    }
                }
                else if t.lower == "yesterday" || t.lower == "today", !closesName(tokens, at: i) { dateish[i] = true; anchor = true }
                else if isKey(t.lower, of: glue, glueShapes) { dateish[i] = i > 0 && dateish[i - 1] }
            }
            i += 1
        }
        guard anchor, let first = dateish.firstIndex(of: true), let last = dateish.lastIndex(of: true) else { return nil }
        var lastIndex = last
        while lastIndex > first, tokens[lastIndex].kind == .word, isKey(tokens[lastIndex].lower, of: glue, glueShapes),
              !(tokens[lastIndex].lower == "am" || tokens[lastIndex].lower == "pm" || tokens[lastIndex].lower == "m") { lastIndex -= 1 }
        let range = tokens[first].text.startIndex..<tokens[lastIndex].text.endIndex
        var otherWords = 0
        for k in tokens.indices where tokens[k].kind == .word && !dateish[k] && !isKey(tokens[k].lower, of: glue, glueShapes) { otherWords += 1 }
        var iso: String?
        if let y = year, let m = month, let d = day, (1...12).contains(m), (1...31).contains(d) {
            iso = pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
            if var h = hour, let mm = minute, h <= 24, mm < 60 {
                if pm == true && h < 12 { h += 12 }
                if pm == false && h == 12 { h = 0 }
                iso! += "T" + pad(h, 2) + ":" + pad(mm, 2) + ":" + pad(second ?? 0, 2) + (zone.map { usOffset($0, y, m, d, h) ?? $0 } ?? "")
            }
        }
        var printed = text[range]
        while let lastScalar = printed.unicodeScalars.last, lastScalar == "," || lastScalar == "/" || lastScalar == "|" {
            printed = printed.dropLast().trimmedSpace
        }
        return Found(range: range, text: printed, iso: iso, otherWords: otherWords)
    }

    /// A UTC offset glued to the token before `k` ("+1", "+01:00", "-0500"), as "+01:00", and how many tokens it takes.
    private static func offset(_ tokens: [Token], at k: Int, minus: Bool) -> (String, Int)? {
        guard k > 0, k + 1 < tokens.count, tokens[k].kind == .punct, tokens[k].text.startIndex == tokens[k - 1].text.endIndex,
              tokens[k].text == "+" || minus && tokens[k].text == "-", tokens[k + 1].kind == .number,
              tokens[k + 1].text.startIndex == tokens[k].text.endIndex, let value = tokens[k + 1].value else { return nil }
        var hours = value, minutes = 0, count = 2
        if tokens[k + 1].length == 4 { hours = value / 100; minutes = value % 100 }
        else if tokens[k + 1].length > 2 { return nil }
        else if k + 3 < tokens.count, tokens[k + 2].text == ":", tokens[k + 3].kind == .number, tokens[k + 3].length == 2 {
            minutes = tokens[k + 3].value!; count = 4
        }
        guard hours * 60 + minutes <= 14 * 60, minutes < 60 else { return nil }
        return (String(tokens[k].text) + pad(hours, 2) + ":" + pad(minutes, 2), count)
    }

    /// ET, CT, MT, PT ("US-5" … "US-8") at local hour `h` of a date: the standard offset, an hour less in daylight time.
    private static func usOffset(_ zone: String, _ y: Int, _ m: Int, _ d: Int, _ h: Int) -> String? {
        guard zone.hasPrefix("US-"), let standard = Int(zone.dropFirst(3)) else { return nil }
        guard y >= 2007 else { return "" }
        return "-" + pad(standard - (DateText.usDaylightTime(y, m, d, hour: h) ? 1 : 0), 2) + ":00"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Splits into runs of digits, runs of letters (with a trailing full stop for "Nov."), and single punctuation.
    private static func tokenize(_ text: Substring) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let (c, next) = GraphemeStep.at(index, in: text)
            if c.isDigit {
                var end = next
                while end < text.endIndex {
                    let (d, after) = GraphemeStep.at(end, in: text)
                    guard d.isDigit else { break }
                    end = after
                }
                let digits = text[index..<end]
                var value: Int? = 0
                for byte in digits.utf8 {  // ASCII digits only: `Int(digits)`, nil on overflow
                    guard let sofar = value else { break }
                    let (times, over) = sofar.multipliedReportingOverflow(by: 10)
                    let (sum, carry) = times.addingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
                    value = over || carry ? nil : sum
                }
                tokens.append(Token(kind: .number, text: digits, lower: "", value: value, length: digits.utf8.count))
                index = end
            } else if c.isLetter {
                var end = next
                while end < text.endIndex {
                    let (d, after) = GraphemeStep.at(end, in: text)
                    guard d.isLetter else { break }
                    end = after
                }
                let word = text[index..<end]
                tokens.append(Token(kind: .word, text: word, lower: word.lowercasedFast))
                index = end
            } else if c.isSpace {
                index = next
            } else {
                let mark = text[index..<next]
                let single = mark.utf8.count == 1 ? mark.utf8.first! : 0
                tokens.append(Token(kind: .punct, text: mark, lower: "", length: mark.utf8.count, byte: single < 0x80 ? single : 0))
                index = next
            }
        }
        return tokens
    }
}

extension RefDateText {
    /// (twenty-fifth pass) A capitalised "Today"/"Yesterday" right after a capitalised word, one space between, closes a
    /// name ("MedPage Today"), unless that word ends in "ed" ("Updated Today").
    private static func closesName(_ tokens: [Token], at i: Int) -> Bool {
        guard i >= 1, tokens[i].text.first.map({ $0.isASCII && $0.isUppercase }) == true, tokens[i - 1].kind == .word,
              tokens[i - 1].text.first.map({ $0.isASCII && $0.isUppercase }) == true,
              tokens[i].text.base[tokens[i - 1].text.endIndex..<tokens[i].text.startIndex] == " " else { return false }
        return tokens[i - 1].text.utf8.count < 3 || !tokens[i - 1].lower.hasSuffix("ed")
    }
}
