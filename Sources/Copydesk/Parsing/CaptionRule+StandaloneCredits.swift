/// Credits standing on a line of their own under their caption, in shapes the label and source paths do not read.
extension CaptionRule {
    /// Openings of a photographer's credit line ("Photo by Tom Warren / The Verge").
    static let byCreditLeads: [StaticString] = ["photo by ", "photos by ", "photograph by ", "photographs by ", "image by ", "illustration by ",
                                                "photograph courtesy ", "photo courtesy ", "photograph via ", "photo via ",
                                                "photographed by "]

    /// The credit of a line of at most eight words that is "Photo by Name …", "Courtesy of Source" (kept whole) or
    /// "AGENCY/Name" ("REUTERS/Brendan McDermid"), for the caption above it; `nil` for any other line.
    static func standaloneCredit(_ line: Substring) -> Match? {
        let text = line.trimmedSpace
        guard (2...8).contains(text.wordCount), text.startsUppercase, !text.endsLikeSentence else { return nil }
        for lead in byCreditLeads where text.hasFoldedPrefix(lead) {
            let credit = text.dropFirst(lead.utf8CodeUnitCount).trimmedSpace
            return credit.startsUppercase ? .credit(String(credit), captionAbove: true) : nil
        }
        // "COURTESY OF KILN ENERGY": the whole line is the credit, its lead kept (as a credit inside a caption keeps it)
        if text.hasFoldedPrefix("courtesy of ") {
            let source = text.dropFirst(12).trimmedSpace
            return source.startsUppercase && source.wordCount <= 5 ? .credit(String(text), captionAbove: true) : nil
        }
        guard let slash = text.firstIndex(of: "/") else { return nil }
        let name = text[text.index(after: slash)...].trimmedSpace
        guard pictureSources.contains(text[..<slash].trimmedSpace.lowercased()), (1...4).contains(name.wordCount),
              BylineRule.looksLikeName(name) else { return nil }
        return .credit(String(text), captionAbove: true)
    }

}

/// Credits joined to the caption by a bar or glued to its last word by the page's markup.
extension CaptionRule {
    /// "… until they turn 70. | KYODO", "… on Monday eveningCredit: Facebook": the caption and its credit; `nil` for a line
    /// of fewer than five caption words or another ending.
    static func joinedCredit(_ line: Substring) -> Match? {
        if let bar = line.fastLastRange(of: " | "), case let length = line.utf8.distance(from: bar.upperBound, to: line.utf8.endIndex), length <= 62 {
            let credit = line[bar.upperBound...].trimmedSpace, caption = line[..<bar.lowerBound].trimmedSpace
            let words = credit.spaceWords
            // "… in Brussels | Kenzo Tribouillard/AFP via Getty Images": a photographer's agency credit after a caption phrase
            // "… on Sunday, March 10, 2024 | Mehedi Hasan/Dhaka Tribune": a photographer and an outlet no table knows
            if caption.wordCount >= 5, (2...7).contains(words.count), isAgencyCredit(credit) || caption.wordCount >= 8 && isPersonSlashOutlet(credit) {
                return .captioned(text: String(caption), credit: String(credit))
            }
            guard length <= 38 else { return nil }
            // a page title ends "Headline | Reuters": a caption sentence ends with a full stop, or its credit is in capitals
            guard caption.wordCount >= 5, (1...3).contains(words.count), !credit.hasDigit, caption.last == "." || credit.isAllCaps,
                  isArchiveCredit(credit) || words.contains(where: { pictureSources.contains($0.lowercased()) || tagSources.contains($0.lowercased()) })
            else { return nil }
            return .captioned(text: String(caption), credit: String(credit))
        }
        // "eveningCredit: Facebook": the label glued to a lower-case letter
        guard let label = line.fastLastRange(of: "Credit:"), label.lowerBound > line.startIndex,
              line[line.index(before: label.lowerBound)].isLowercase else { return nil }
        let credit = line[label.upperBound...].trimmedSpace, caption = line[..<label.lowerBound].trimmedSpace
        guard caption.wordCount >= 5, (1...6).contains(credit.wordCount), credit.first?.isUppercase == true else { return nil }
        return .captioned(text: String(caption), credit: String(credit))
    }

    /// True for a credit naming a photographer and a picture agency: it holds a "/", a token of it split at
    /// spaces and "/" is one of `pictureSources`, and it reads like a credit (`looksLikeCredit`).
    static func isAgencyCredit(_ credit: Substring) -> Bool {
        credit.containsASCII(UInt8(ascii: "/"), "/") && slashTokensNamePictureSource(credit) && looksLikeCredit(credit)
    }
}

/// (round 13b) A newsroom's own photographer credit on its own line: "Staff photo by Jo Roe", "Staff file photo by Jo Roe".
extension CaptionRule {
    /// The leads after the archive words of such a credit (lowercase, each closing with its space).
    static let archivePhotoLeads: [StaticString] = ["photo by ", "photos by ", "photograph by "]

    /// The credit (the whole line, its words kept, for the caption above it) of a line of one or two `creditPhotoWords`
    /// ("Staff", "File"), one of `archivePhotoLeads` and a credit name (`isCreditName`), or a name and "/" and a source;
    /// `nil` for any other line.
    static func archivePhotoByCredit(_ b: UnsafeBufferPointer<UInt8>) -> Match? {
        guard b.count >= 16, b.count <= 90 else { return nil }
        var at = 0, leading = 0
        while leading < 2, let space = ByteSearch.firstIndex(of: 0x20, in: b, from: at), case let word = UnsafeBufferPointer(rebasing: b[at..<space]),
              ContextRules.creditPhotoWords.contains(where: { word.count == $0.utf8CodeUnitCount && FoldedBytes.equal(word, at: 0, $0) }) {
            at = space + 1; leading += 1
        }
        guard leading > 0, let lead = archivePhotoLeads.first(where: { FoldedBytes.equal(b, at: at, $0) }) else { return nil }
        let name = UnsafeBufferPointer(rebasing: b[(at + lead.utf8CodeUnitCount)...])
        let person = name.firstIndex(of: UInt8(ascii: "/")).map { UnsafeBufferPointer(rebasing: name[..<$0]) } ?? name
        guard isCreditName(UnsafeBufferPointer(rebasing: person[BylineRule.trim(person, person.indices)])) else { return nil }
        return .credit(String(decoding: b, as: UTF8.self), captionAbove: true)
    }
}
