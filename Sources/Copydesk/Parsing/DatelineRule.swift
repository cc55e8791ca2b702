/// Splits a dateline off the first paragraph: "HANOI, Vietnam (AP) — U.S. Defense …" → "HANOI, Vietnam";
/// "SIOUX FALLS, S.D. – People …" → "SIOUX FALLS, S.D."; "NEW YORK (Reuters) - Oil …" → "NEW YORK".
enum DatelineRule {
    private static let dashes = [" — ", " – ", " - ", "—"]

    /// The place printed at the start of `paragraph`, or `nil`.
    static func dateline(in paragraph: String) -> String? {
        if let glued = gluedAgencyDateline(paragraph) { return glued }
        let head = paragraph.prefix(80)
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

    /// "Washington (CNN)The Senate …": a place, an agency in capitals in brackets, then the text with no dash.
    private static func gluedAgencyDateline(_ paragraph: String) -> String? {
        let head = paragraph.prefix(60)
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        let agency = head[head.index(after: open)..<close]
        guard (2...8).contains(agency.count), agency.allSatisfy({ $0.isUppercase }) else { return nil }
        let place = head[..<open].trimmedSpace
        guard !place.isEmpty, place.wordCount <= 4, place.startsUppercase, !place.fastHasSuffix(".") else { return nil }
        let after = head[head.index(after: close)...]
        guard let next = after.first, next.isUppercase || next == " " || next == "—" || next == "-" || next == "–" else { return nil }
        return String(place.fastHasSuffix(",") ? place.dropLast() : place)
    }
}
