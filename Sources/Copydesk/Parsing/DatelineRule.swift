/// Splits a dateline off the first paragraph: "HANOI, Vietnam (AP) — U.S. Defense …" → "HANOI, Vietnam";
/// "SIOUX FALLS, S.D. – People …" → "SIOUX FALLS, S.D."; "NEW YORK (Reuters) - Oil …" → "NEW YORK".
enum DatelineRule {
    private static let dashes = [" — ", " – ", " - ", "—"]

    /// The place printed at the start of `paragraph`, or `nil`.
    static func dateline(in paragraph: String) -> String? {
        if let glued = gluedAgencyDateline(paragraph) { return glued }
        let head = characterPrefix(paragraph, 80)
        var cut: Range<Substring.Index>?
        for dash in dashes { if let r = head.fastRange(of: dash), cut.map({ r.lowerBound < $0.lowerBound }) ?? true { cut = r } }
        guard let dash = cut else { return nil }
        var place = head[..<dash.lowerBound].trimmedSpace
        if place.fastHasSuffix(")"), let open = place.lastIndex(of: "(") {
            let agency = place[place.index(after: open)..<place.index(before: place.endIndex)]
            guard agency.wordCount <= 3 else { return nil }
            place = place[..<open].trimmedSpace
        }
        guard !place.isEmpty, place.wordCount <= 6 else { return nil }
        // the place opens with a word in capitals ("HANOI", "LOS ANGELES")
        guard let firstWord = place.spaceWords.first, firstWord.count >= 2,
              firstWord.filter(\.isLetter).allSatisfy(\.isUppercase) else { return nil }
        if place.fastHasSuffix(",") { place = place.dropLast() }
        return String(place)
    }

    /// `text.prefix(count)`: the first `count` Characters. When the bytes up to one past the cut are ASCII (no CR,
    /// which pairs with LF) every Character is one byte, so the cut is made on bytes without grapheme breaking.
    static func characterPrefix(_ text: String, _ count: Int) -> Substring {
        let cut: Int? = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for index in 0..<min(bytes.count, count + 1) where bytes[index] >= 0x80 || bytes[index] == 0x0D { return nil }
            return min(bytes.count, count)
        } ?? nil
        guard let cut else { return text.prefix(count) }
        return text[..<text.utf8.index(text.utf8.startIndex, offsetBy: cut)]
    }

    /// "Washington (CNN)The Senate …": a place, an agency in capitals in brackets, then the text with no dash.
    private static func gluedAgencyDateline(_ paragraph: String) -> String? {
        let head = characterPrefix(paragraph, 60)
        guard let open = head.firstIndex(ofASCII: UInt8(ascii: "(")), let close = head[open...].firstIndex(ofASCII: UInt8(ascii: ")")) else { return nil }
        let agency = head[head.index(after: open)..<close]
        guard (2...8).contains(agency.count), agency.allSatisfy({ $0.isUppercase }) else { return nil }
        let place = head[..<open].trimmedSpace
        guard !place.isEmpty, place.wordCount <= 4, place.startsUppercase, !place.fastHasSuffix(".") else { return nil }
        let after = head[head.index(after: close)...]
        guard let next = after.first, next.isUppercase || next == " " || next == "—" || next == "-" || next == "–" else { return nil }
        return String(place.fastHasSuffix(",") ? place.dropLast() : place)
    }
}
