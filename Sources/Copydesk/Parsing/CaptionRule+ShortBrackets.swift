/// Bracketed credits the other bracket paths leave: a short agency tag closing a caption that need not end like a
/// sentence ("… in Fishlake, South Yorkshire (PA)", "(Getty)", "(AFP/Getty)", "(Rex Features)") and a staff credit of
/// a person and an outlet after a full caption sentence ("… in December. (Allen J. Schaben / Los Angeles Times)").
extension CaptionRule {
    /// `pictureSources` and `tagSources` looked up by a word's bytes with capitals folded.
    static let tagTable = FoldedKeyTable((pictureSources.union(tagSources)).sorted().map { ($0, true) })

    /// Picture agencies met in such tags beyond `pictureSources`.
    static let tagSources: Set<String> = ["rex", "swns", "handout", "bnps", "wire", "features", "mercury", "solent", "supplied", "kyodo"]

    /// The caption and credit of `line` (ending with ")") by the two shapes above, or `nil`.
    static func shortBracketCredit(_ line: Substring) -> Match? {
        guard let close = line.last, close == ")" || close == "]", let open = line.lastIndex(of: close == ")" ? "(" : "[") else { return nil }
        let inside = line[line.index(after: open)..<line.index(before: line.endIndex)].trimmedSpace
        let caption = line[..<open].trimmedSpace
        guard !inside.isEmpty, line.utf8.distance(from: open, to: line.utf8.endIndex) <= 62, caption.wordCount >= 5, let end = caption.last, !"?!:;,\"”“'’".contains(end) else { return nil }
        // "(Ken Lambert / The Seattle Times, 2018)", "(… / Chicago Tribune file)": a year or "file" after the outlet
        let parts = withoutYearOrFile(inside).split(whereSeparator: { $0 == "/" || $0 == "|" }).map { $0.trimmedSpace }
        guard parts.allSatisfy({ !$0.isEmpty && $0.first?.isUppercase == true && !$0.hasDigit }) else {
            return sentenceBracketCredit(caption: caption, inside: inside, square: close == "]") ?? wordedBracketCredit(caption: caption, inside: inside)
        }
        if parts.count <= 2, inside.wordCount <= 3, parts.contains(where: isTagSource) {
            return .captioned(text: String(caption), credit: String(inside))
        }
        // (round 13b) "… in 2022. (NOAA/GOES-East)": an agency's capitals, "/" and a source, after a whole caption sentence
        if parts.count == 2, inside.wordCount == 1, end == ".", caption.wordCount >= 6, parts[0].utf8.count >= 2,
           parts[0].utf8.allSatisfy({ $0 &- UInt8(ascii: "A") < 26 }) {
            return .captioned(text: String(caption), credit: String(inside))
        }
        // "(Name Name / Outlet)": a person, then an outlet of capitalised words, after a whole caption sentence
        guard parts.count == 2, end == ".", caption.wordCount >= 6, (2...4).contains(parts[0].wordCount),
              BylineRule.looksLikeName(parts[0]), (1...4).contains(parts[1].wordCount),
              parts[1].spaceWords.allSatisfy({ $0.first?.isUppercase == true }) else {
            return sentenceBracketCredit(caption: caption, inside: inside, square: close == "]") ?? wordedBracketCredit(caption: caption, inside: inside)
        }
        return .captioned(text: String(caption), credit: String(inside))
    }

    /// `credit` less a trailing ", 2018", " 2018", ", file" or " file" (any case).
    static func withoutYearOrFile(_ credit: Substring) -> Substring {
        var text = credit
        if text.hasFoldedSuffix(" file") { text = text.dropLast(5) } else if text.count > 5,
           text.suffix(4).allSatisfy({ $0.isASCII && $0.isNumber }), text.dropLast(4).last == " " { text = text.dropLast(5) }
        if text.last == "," { text = text.dropLast() }
        return text.trimmedSpace
    }

    /// True when every word of `part` is capitalised and one of them (or the whole) names a picture agency.
    private static func isTagSource(_ part: Substring) -> Bool {
        let words = part.spaceWords.map { $0.lowercased() }
        return words.contains { pictureSources.contains($0) || tagSources.contains($0) } || pictureSources.contains(words.joined(separator: " "))
    }
}

extension CaptionRule {
    /// Leads printed before a credit's name (lowercased): dropped from the credit.
    static let creditNameLeads: [StaticString] = ["- copyright ", "copyright ", "© ", "©", "(c) ", "file photo: ", "file photo/", "file: ", "| ", "|", "/ ", "/",
                                                  "photo by ", "photograph by ", "picture by ", "image by ",  // (round 13) "(photo by Jo Roe/Outlet)"
                                                  "source: ", "photo "]  // (round 13b) "(Source: Outlet)", "Photo Jo Roe/PA Wire"

    /// `credit` without a lead of `creditNameLeads` ("© Thomas Samson, AFP" → "Thomas Samson, AFP", "| Name/Getty Images" →
    /// "Name/Getty Images"); `nil` when it has none or
    /// nothing would be left.
    static func droppingCreditLead(_ credit: String) -> String? {
        guard let first = credit.utf8.first, first == UInt8(ascii: "-") || first == 0xC2 || (first | 0x20) == UInt8(ascii: "c")
                || (first | 0x20) == UInt8(ascii: "f") || first == UInt8(ascii: "(") || first == UInt8(ascii: "|")
                || (first | 0x20) == UInt8(ascii: "p") || (first | 0x20) == UInt8(ascii: "i") || (first | 0x20) == UInt8(ascii: "s")
                || first == UInt8(ascii: "/") else { return nil }
        for lead in creditNameLeads where credit[...].hasFoldedPrefix(lead) {
            let rest = credit.utf8.dropFirst(lead.utf8CodeUnitCount)
            let kept = String(Substring(rest)).trimmedSpace
            return kept.isEmpty ? nil : String(kept)
        }
        return nil
    }
}
