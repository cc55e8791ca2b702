/// Splits a dateline off the first paragraph: "HANOI, Vietnam (AP) — U.S. Defense …" → "HANOI, Vietnam";
/// "SIOUX FALLS, S.D. – People …" → "SIOUX FALLS, S.D."; "NEW YORK (Reuters) - Oil …" → "NEW YORK".
enum DatelineRule {
    /// The dashes that end a dateline, in the order `firstDash(in:)` ranks them.
    static let dashes = [" — ", " – ", " - ", "—"]

    /// The place printed at the start of `paragraph`, or `nil`. Read on bytes when the paragraph opens with standalone
    /// scalars (`freeDateline`, nearly always), else on Characters (`characterDateline`).
    static func dateline(in paragraph: String) -> String? {
        let free: String?? = paragraph.utf8.withContiguousStorageIfAvailable { freeDateline($0) } ?? nil
        if let free { return free }
        return characterDateline(in: paragraph)
    }

    /// The rule on Characters, gated by `mayHoldDateline`.
    static func characterDateline(in paragraph: String) -> String? {
        let head = characterPrefix(paragraph, 80)
        // both forms need a "(" or a dash (" -", "–" or "—") in the first 80 Characters
        guard mayHoldDateline(head) else { return nil }
        return ungatedDateline(in: paragraph, head: head)
    }

    /// The rule itself, on any paragraph (`head`: its first 80 Characters): both forms tried, no byte gate.
    static func ungatedDateline(in paragraph: String, head: Substring) -> String? {
        if let glued = gluedAgencyDateline(paragraph) { return glued }
        guard let dash = firstDash(in: head) else { return nil }
        var place = head[..<dash.lowerBound].trimmedSpace
        if place.fastHasSuffix(")"), let open = place.lastIndex(of: "(") {
            let agency = place[place.index(after: open)..<place.index(before: place.endIndex)]
            guard agency.wordCount <= 3 else { return nil }
            place = place[..<open].trimmedSpace
        }
        guard !place.isEmpty, place.wordCount <= 6 else { return nil }
        // the place opens with a word in capitals ("HANOI", "LOS ANGELES")
        guard let firstWord = firstSpaceWord(place), firstWord.count >= 2, hasNoLowercaseLetter(firstWord) else { return nil }
        if place.fastHasSuffix(",") { place = place.dropLast() }
        return String(place)
    }

    /// `text.prefix(count)`: the first `count` Characters. When every scalar up to one past the cut stands alone as
    /// a Character (`GraphemeFree.length`: ASCII but CR, Latin letters, common punctuation), the cut is made on
    /// scalars without grapheme breaking; otherwise the standard library cuts.
    static func characterPrefix(_ text: String, _ count: Int) -> Substring {
        let cut: Int? = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var index = 0, characters = 0
            // ASCII bytes other than CR are a Character each: eight at a time while they stay short of the cut
            if let raw = UnsafeRawPointer(bytes.baseAddress) {
                while index &+ 8 <= bytes.count && characters &+ 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    guard word & 0x8080_8080_8080_8080 == 0, LineFlags.equalMask(word, 0x0D) == 0 else { break }
                    index &+= 8
                    characters &+= 8
                }
            }
            while index < bytes.count {
                guard let length = GraphemeFree.length(bytes, at: index) else { return nil }
                if characters == count { return index }  // the scalar after the cut stands alone too
                index += length
                characters += 1
            }
            return index
        } ?? nil
        guard let cut else { return text.prefix(count) }
        return text[..<text.utf8.index(text.utf8.startIndex, offsetBy: cut)]
    }

    /// "Washington (CNN)The Senate …": a place, an agency in capitals in brackets, then the text with no dash.
    private static func gluedAgencyDateline(_ paragraph: String) -> String? {
        let head = characterPrefix(paragraph, 60)
        guard let open = head.firstIndex(ofASCII: UInt8(ascii: "(")), let close = head[open...].firstIndex(ofASCII: UInt8(ascii: ")")) else { return nil }
        let agency = head[head.index(after: open)..<close]
        guard isShortCapitals(agency) else { return nil }
        let place = head[..<open].trimmedSpace
        guard !place.isEmpty, place.wordCount <= 4, place.startsUppercase, !place.fastHasSuffix(".") else { return nil }
        let after = head[head.index(after: close)...]
        guard let next = after.first, next.isUppercase || next == " " || next == "—" || next == "-" || next == "–" else { return nil }
        return String(place.fastHasSuffix(",") ? place.dropLast() : place)
    }
}
