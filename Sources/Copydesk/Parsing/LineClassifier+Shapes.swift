/// The line shapes the classifier tests by hand: breadcrumbs, bare times, embed signatures and bullets (runs of numbers:
/// `LineClassifier+Numbers`).
extension LineClassifier {
    /// "Home News Science & Astronomy", "Home > World > Asia": a breadcrumb trail on one line (read from `page`).
    static func isBreadcrumb(_ line: TextLine, _ page: LinePage) -> Bool {
        let text = page.text(line)
        guard text.hasFoldedPrefix("home ") || text.hasFoldedPrefix("home>") else { return false }
        guard line.words <= 7, !line.endsLikeSentence else { return false }
        return text.spaceWords.allSatisfy { $0.startsUppercase || $0 == "&" || $0 == ">" || $0 == "›" || $0 == "/" || $0 == "»" }
    }

    /// The markers of a bullet line.
    static let bulletMarkers = ["•", "·", "▪", "●"]

    /// "11.42 GMT", "9:05am", "Updated at 11.05 GMT": a bare time, as live pages print above each entry. Read on the
    /// line's bytes in `page` with capitals folded (as on the lowered line); a mark right after a dropped label is read
    /// as Characters.
    static func isTimeStamp(_ line: TextLine, _ page: LinePage) -> Bool {
        let fast: Bool? = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool? in
            var i = 0
            // each label in turn, as a loop of prefix tests that drops each one found
            if FoldedBytes.equal(bytes, at: i, "updated at ") { i += 11 }
            if FoldedBytes.equal(bytes, at: i, "updated ") { i += 8 }
            if FoldedBytes.equal(bytes, at: i, "posted at ") { i += 10 }
            if i > 0, i < bytes.count, bytes[i] >= 0x80 { return nil }
            var digits = 0
            while i < bytes.count, bytes[i] &- 48 < 10 { i += 1; digits += 1 }
            guard (1...2).contains(digits), i < bytes.count, bytes[i] == UInt8(ascii: ":") || bytes[i] == UInt8(ascii: ".") else { return false }
            i += 1
            digits = 0
            while i < bytes.count, bytes[i] &- 48 < 10 { i += 1; digits += 1 }
            guard digits == 2 else { return false }
            // at most two words split at spaces, each a zone or am/pm
            var parts = 0
            while i < bytes.count {
                while i < bytes.count, bytes[i] == 0x20 { i += 1 }
                guard i < bytes.count else { break }
                let start = i
                while i < bytes.count, bytes[i] != 0x20 { i += 1 }
                parts += 1
                guard parts <= 2, timeZoneTable.value(foldingBytes: UnsafeBufferPointer(rebasing: bytes[start..<i])) != nil else { return false }
            }
            return true
        }(page.bytes(line))
        if let fast { return fast }
        return plainIsTimeStamp(line, page)  // not as `fast ?? …`: its closure would copy the line on every call
    }

    /// `isTimeStamp` on the lowered line's Characters and bytes (the line of `page`).
    static func plainIsTimeStamp(_ line: TextLine, _ page: LinePage) -> Bool {
        var lower = Substring(TextLine.asciiLowercased(page.text(line)))
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

    /// `timeZones` looked up on bytes with capitals folded (ASCII keys: byte equality is `String` equality).
    private static let timeZoneTable = FoldedKeyTable(timeZones.sorted().map { ($0, true) })

    /// What may follow a bare time: am/pm and zone abbreviations.
    static let timeZones: Set<String> = ["am", "pm", "a.m.", "p.m.", "gmt", "bst", "cet", "cest", "et", "est", "edt", "ct", "cst",
                                                 "cdt", "pt", "pst", "pdt", "utc", "ist", "aest", "aedt", "jst", "kst", "hkt", "sgt"]

    /// "— Robert Maguire (@RobertMaguire_) November 18, 2019": the signature line of an embedded post (read from `page`).
    static func isEmbedSignature(_ line: TextLine, _ page: LinePage) -> Bool {
        let bytes = page.bytes(line)  // "—", "- " or "– " (E2 80 94, E2 80 93) on the bytes
        let signed = bytes.count >= 2 && bytes[0] == UInt8(ascii: "-") && bytes[1] == 0x20
                || bytes.count >= 3 && bytes[0] == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0x94 || bytes[2] == 0x93 && bytes.count >= 4 && bytes[3] == 0x20)
        guard signed else { return false }
        return ByteSearch.withBytes(of: "(@", { TextSearch.offset(of: $0, in: bytes, last: false) }) != nil
            || FoldedBytes.contains(bytes, "pic.twitter.com")
    }

    static func bulletText(_ text: Substring) -> String? {
        guard text.withUTF8Bytes(opensWithBullet) else { return nil }
        return bulletRest(text)
    }

    /// `bulletText` for a line of `page`: the opening read on its bytes there, its text made only for a bullet.
    static func bulletText(_ line: TextLine, _ page: LinePage) -> String? {
        guard opensWithBullet(page.bytes(line)) else { return nil }
        return bulletRest(page.text(line))
    }

    /// True when `bytes` open with a bullet marker: "•" E2 80 A2, "·" C2 B7, "▪" E2 96 AA, "●" E2 97 8F (other openings
    /// skip the four prefix tests).
    static func opensWithBullet(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 2 && bytes[0] == 0xC2 && bytes[1] == 0xB7
            || bytes.count >= 3 && bytes[0] == 0xE2 && (bytes[1] == 0x80 && bytes[2] == 0xA2 || bytes[1] == 0x96 && bytes[2] == 0xAA
                || bytes[1] == 0x97 && bytes[2] == 0x8F)
    }

    /// The text after the bullet marker `text` opens with, trimmed, or `nil` when nothing follows it or it is a date line
    /// ("· Published: Nov. 19, 2019, 6:00 a.m. | Updated: …", which the date rule reads).
    private static func bulletRest(_ text: Substring) -> String? {
        for marker in bulletMarkers where text.fastHasPrefix(marker) {
            let rest = text.dropFirst(marker.count).trimmedSpace
            return rest.isEmpty || DateRule.match(text: rest) != nil ? nil : String(rest)
        }
        return nil
    }

    /// A time stamp, a weather reading ("Dublin: 7°C"), both of four words at most, a reading-time note ("4 minutes to
    /// read"), or a market ticker ("Dow 30 28,051.41 +54.80 (+0.20%)"), for a line with a digit of eight words at most.
    static func isReading(_ line: TextLine, _ page: LinePage) -> Bool {
        if line.words <= 4 && (isTimeStamp(line, page) || LayoutGates.isWeather(page.bytes(line))) { return true }
        if line.words <= 6 && LayoutGates.isReadingTime(page.bytes(line)) { return true }
        return line.lastByte == UInt8(ascii: ")") && LayoutGates.isTicker(page.bytes(line))
    }
}
