/// Classifies each line on its own, before its neighbours are considered.
enum LineClassifier {
    private static let relatedPrefixes = ["related:", "read more:", "see more:", "more:", "also read:", "read also:",
                                          "recommended:", "see also:", "don't miss:", "don’t miss:", "more on this:", "related coverage:"]

    /// First bytes of `relatedPrefixes`.
    private static let relatedStarts = ByteSet(firstBytesOf: relatedPrefixes)
    /// `relatedPrefixes` by their opening bytes.
    private static let relatedTable = PrefixTable(relatedPrefixes)
    /// Shapes of `BylineRule.agencies`.
    private static let agencyShapes = KeyShapes(BylineRule.agencies)

    static func classify(_ line: TextLine) -> LineRole {
        let text = line.text
        let first = line.firstLowerByte
        if first == UInt8(ascii: "t"), let note = PrintEditionRule.match(text) { return .printEdition(note) }
        if line.hasColon, text.utf8.count <= 16, let duration = VideoRule.duration(in: text) { return .video(duration) }
        if first == 0xC2 || first == UInt8(ascii: "i"), line.lower.fastHasPrefix("©") || line.lower.fastHasPrefix("image c"),
           let caption = CaptionRule.match(line) { return .caption(caption) }
        if first == UInt8(ascii: "h"), isBreadcrumb(line) { return .furniture(.navigation) }
        if let reason = KnownPhrases.reason(for: line) { return .furniture(reason) }
        if let caption = CaptionRule.match(line) { return .caption(caption) }
        if first >= 0x80, let bullet = bulletText(text) { return .bullet(bullet) }
        if relatedStarts.contains(first), line.words >= 3 {
            if let index = relatedTable.firstMatch(in: line.lower) {
                return .related(String(text.dropFirst(relatedPrefixes[index].count).trimmedSpace))
            }
        }
        if let names = BylineRule.creditLine(line) { return .credits(names) }
        if let byline = BylineRule.match(line) { return .byline(byline) }
        if first == UInt8(ascii: "b"), line.lower.fastHasPrefix("by ") && line.words <= 8 && !line.endsLikeSentence { return .furniture(.attribution) }
        if first == 0xE2 || first == UInt8(ascii: "-"), isEmbedSignature(line) { return .embed }
        if line.hasDigit, let date = DateRule.match(line) { return .date(date) }
        if line.hasComma, let byline = BylineRule.matchUnlabelled(line) { return .byline(byline) }
        if line.hasDigit, let byline = BylineRule.matchAgencyLine(line) { return .byline(byline) }
        if !line.hasComma, let byline = BylineRule.matchNameThenRole(line) { return .byline(byline) }
        if line.hasDigit, line.words <= 4, isTimeStamp(line) { return .furniture(.label) }
        if line.words <= 3, agencyShapes.mayContain(line.lower), BylineRule.agencies.contains(line.lower) {
            return .byline(BylineRule.Match(names: [BylineEntry(name: String(text))]))
        }
        if line.hasTab { return .furniture(.furniture) }
        if line.words == 3, line.hasDigit, line.lower.fastContains(" of "), text.spaceWords.first?.allSatisfy(\.isNumber) == true {
            return .furniture(.mediaLabel)  // "1 of 3": a gallery counter
        }
        // a line opening with an ASCII letter is no run of numbers
        if !isASCIILetter(text.utf8.first ?? 0), isNumberRun(text) {
            return .furniture(text.contains("/") ? .mediaLabel : .list)
        }
        return .text
    }

    /// Only numbers, spaces (no-break included), "/", "," and "." ("1 / 8", "4553"). ASCII text is read on its
    /// bytes (an ASCII Character is a number only when it is a digit); other text Character by Character.
    static func isNumberRun(_ text: Substring) -> Bool {
        let ascii: Bool? = text.withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return bytes.allSatisfy { $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: "/") || $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
        }
        if let ascii { return ascii }
        // the first Character decides first: a number by its first scalar, or exactly one of the listed scalars
        guard let first = text.unicodeScalars.first, !(0x2010...0x2027).contains(first.value),  // dashes, quotes, bullets
              first.properties.numericType != nil || "/ \u{A0},.".unicodeScalars.contains(first) else { return false }
        return text.allSatisfy { $0.isNumber || $0 == "/" || $0 == " " || $0 == "\u{A0}" || $0 == "," || $0 == "." }
    }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

    /// "Home News Science & Astronomy", "Home > World > Asia": a breadcrumb trail on one line.
    static func isBreadcrumb(_ line: TextLine) -> Bool {
        guard line.lower.fastHasPrefix("home ") || line.lower.fastHasPrefix("home>") else { return false }
        guard line.words <= 7, !line.endsLikeSentence else { return false }
        return line.text.spaceWords.allSatisfy { $0.startsUppercase || $0 == "&" || $0 == ">" || $0 == "›" || $0 == "/" || $0 == "»" }
    }

    /// The markers of a bullet line.
    private static let bulletMarkers = ["•", "·", "▪", "●"]

    /// "11.42 GMT", "9:05am", "Updated at 11.05 GMT": a bare time, as live pages print above each entry.
    static func isTimeStamp(_ line: TextLine) -> Bool {
        var lower = Substring(line.lower)
        for label in ["updated at ", "updated ", "posted at "] where lower.fastHasPrefix(label) { lower = lower.dropFirst(label.count) }
        let bytes = Array(lower.utf8)
        var i = 0
        var digits = 0
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1; digits += 1 }
        guard (1...2).contains(digits), i < bytes.count, bytes[i] == UInt8(ascii: ":") || bytes[i] == UInt8(ascii: ".") else { return false }
        i += 1
        digits = 0
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1; digits += 1 }
        guard digits == 2 else { return false }
        let parts = bytes[i...].split(separator: UInt8(ascii: " "))
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { timeZones.contains(String(decoding: $0, as: UTF8.self)) }
    }

    /// What may follow a bare time: am/pm and zone abbreviations.
    private static let timeZones: Set<String> = ["am", "pm", "a.m.", "p.m.", "gmt", "bst", "cet", "cest", "et", "est", "edt", "ct", "cst",
                                                 "cdt", "pt", "pst", "pdt", "utc", "ist", "aest", "aedt", "jst", "kst", "hkt", "sgt"]

    /// "— Robert Maguire (@RobertMaguire_) November 18, 2019": the signature line of an embedded post.
    static func isEmbedSignature(_ line: TextLine) -> Bool {
        let signed = line.text.withUTF8Bytes { bytes in  // "—", "- " or "– " (E2 80 94, E2 80 93) on the bytes
            bytes.count >= 2 && bytes[0] == UInt8(ascii: "-") && bytes[1] == 0x20
                || bytes.count >= 3 && bytes[0] == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0x94 || bytes[2] == 0x93 && bytes.count >= 4 && bytes[3] == 0x20)
        }
        guard signed else { return false }
        return line.text.fastContains("(@") || line.lower.fastContains("pic.twitter.com")
    }

    private static func bulletText(_ text: Substring) -> String? {
        // "•" E2 80 A2, "·" C2 B7, "▪" E2 96 AA, "●" E2 97 8F: other openings skip the four prefix tests
        let marked = text.withUTF8Bytes { bytes in
            bytes.count >= 2 && bytes[0] == 0xC2 && bytes[1] == 0xB7
                || bytes.count >= 3 && bytes[0] == 0xE2 && (bytes[1] == 0x80 && bytes[2] == 0xA2 || bytes[1] == 0x96 && bytes[2] == 0xAA
                    || bytes[1] == 0x97 && bytes[2] == 0x8F)
        }
        guard marked else { return nil }
        for marker in bulletMarkers where text.fastHasPrefix(marker) {
            let rest = text.dropFirst(marker.count).trimmedSpace
            return rest.isEmpty ? nil : String(rest)
        }
        return nil
    }
}
