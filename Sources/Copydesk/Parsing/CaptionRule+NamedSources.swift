/// Picture libraries named at the end of a caption, and the agency tokens of a trailing "REUTERS/Jane Roe" credit.
extension CaptionRule {
    /// Picture libraries whose name ends a caption without a label ("… on Tuesday. Getty Images").
    static let namedSources = ["Getty Images", "Shutterstock", "Alamy", "iStock", "AFP", "EPA", "Reuters", "Bloomberg", "PA Media"]

    /// Shapes of `pictureSources`.
    private static let pictureSourceShapes = KeyShapes(pictureSources)

    /// True when `lower` names a picture source.
    static func isPictureSource(_ lower: String) -> Bool { pictureSourceShapes.mayContain(lower) && pictureSources.contains(lower) }


    /// "… speaks in Washington on Tuesday. AFP via Getty Images" → caption and credit.
    static func trailingNamedSource(_ line: Substring) -> Match? {
        guard line.withUTF8Bytes(endsWithNamedSource) else { return nil }
        guard let dot = line.fastLastRange(of: ". ") else {
            // "By Reuters" is a byline, not a picture credit
            let standalone = ((2...4).contains(line.wordCount) || line.containsASCII(UInt8(ascii: "/"), "/")) && !line.hasFoldedPrefix("by ")
            return standalone && line.wordCount <= 4 && looksLikeCredit(line) ? .credit(String(line), captionAbove: true) : nil
        }
        let credit = droppingDash(line[dot.upperBound...].trimmedSpace)  // "… on Tuesday. - AFP": the credit is "AFP"
        let text = line[..<line.index(after: dot.lowerBound)].trimmedSpace
        let creditWords = credit.spaceWords.filter { $0 != "|" }.count
        guard text.wordCount >= 3, (1...6).contains(creditWords), looksLikeCredit(credit) else { return nil }
        return .captioned(text: String(text), credit: String(credit))
    }

    /// True when a token of `credit` split at " " and "/" is one of `pictureSources` once lowered; an ASCII credit
    /// is read on its bytes with A–Z folded (no token list, no lowered copies).
    static func slashTokensNamePictureSource(_ credit: Substring) -> Bool {
        let answer: Bool? = credit.withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "/") {
                if index > start, pictureSourceTable.value(foldingBytes: UnsafeBufferPointer(rebasing: bytes[start..<index])) != nil { return true }
                start = index + 1
            }
            return false
        }
        if let answer { return answer }
        let tokens = credit.split(whereSeparator: { $0 == " " || $0 == "/" }).map { $0.lowercased() }
        return tokens.contains(where: { pictureSources.contains($0) })
    }

    /// `credit` less a leading "-", "–" or "—" and the spaces after it.
    static func droppingDash(_ credit: Substring) -> Substring {
        guard let first = credit.utf8.first, first == UInt8(ascii: "-") || first == 0xE2 else { return credit }
        for dash in ["-", "–", "—"] where credit.hasPrefix(dash) { return credit.dropFirst().trimmedSpace }
        return credit
    }
}
