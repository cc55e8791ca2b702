/// The credit forms a caption line may end with: bracketed credits, agency/photographer pairs, picture libraries.
extension CaptionRule {
    /// "(Image: © X)", "(AP Photo/Alan Diaz, File)", "(Elias Funez/The Union via AP)", "[File: Reuters]" at the end of the line.
    static func parenthesisedCredit(_ line: Substring) -> Match? {
        if line.utf8.first == UInt8(ascii: "(") || line.utf8.first == UInt8(ascii: "["), let lead = leadPictureCredit(line) { return lead }
        let ascii: Match?? = line.withUTF8Bytes { bytes -> Match?? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }) else { return .none }
            return .some(parenthesisedCreditASCII(bytes))
        }
        return ascii ?? plainParenthesisedCredit(line)
    }

    /// `parenthesisedCredit` read as `Substring`s.
    static func plainParenthesisedCredit(_ line: Substring) -> Match? {
        let openIndex: Substring.Index, content: Substring
        if let found = bracketOnBytes(line) {  // decided on the bytes: no Character walk
            guard let found else { return nil }
            (openIndex, content) = found
        } else {
            guard let close = line.last, close == ")" || close == "]" else { return nil }
            guard let open = line.lastIndex(ofASCII: close == ")" ? UInt8(ascii: "(") : UInt8(ascii: "[")) else { return nil }
            (openIndex, content) = (open, line[line.index(after: open)..<line.index(before: line.endIndex)])
        }
        var inside = content.trimmedSpace
        guard bracketMayHoldCredit(inside) else { return nil }
        // ASCII content (the usual case) is read on its bytes with A–Z folded: no lowered copy, no word list
        let ascii = inside.withUTF8Bytes { $0.allSatisfy { $0 < 0x80 } }
        var labelled = false
        // the earliest-listed label it opens with; labels are ASCII but "…", and no non-ASCII Character lowers to
        // an ASCII letter other than "k" or a dotted "i", so folding A–Z finds the label lowering finds
        if let label = labelOpenings.firstMatch(folding: inside) {
            inside = inside.dropFirst(labelCounts[label]).trimmedSpace
            labelled = true
        }
        if !labelled, ascii {
            guard asciiBracketMayCredit(inside, before: line[..<openIndex]) else { return nil }
        } else if !labelled, inside.withUTF8Bytes(isOutletCredit), line[..<openIndex].trimmedSpace.fastHasSuffix("."),
                  line[..<openIndex].wordCount >= 6 {
            // "(ABC News: José Pérez)": an outlet and a name, kept whole as the credit
        } else if !labelled, isCopyrightCredit(inside, before: line[..<openIndex]) {
            // "(© Luxtram)": a copyright mark and a name after a caption sentence
        } else if !labelled {
            let lower = inside.lowercasedFast
            // "(Yonhap)": a lone agency name closing a full caption sentence
            let soleAgency = inside.wordCount == 1 && pictureSources.contains(lower) && line[..<openIndex].trimmedSpace.fastHasSuffix(".")
                && line[..<openIndex].wordCount >= 6
            let namedSource = soleAgency || inside.wordCount <= 5 && namedSources.contains { inside.fastHasSuffix($0) }
            // no "/" byte, no "/" Character: tested last, as the Character search is the costly one
            let pictureBy = lower.fastHasPrefix("picture by ")  // "(Picture by Jo Roe)"
            guard lower.fastContains("via ") || lower.fastHasPrefix("photo") || pictureBy || namedSource
                || inside.utf8.contains(UInt8(ascii: "/")) && inside.containsASCII(UInt8(ascii: "/"), "/") else { return nil }
            // computed after the guard above, which does not depend on it (most bracketed endings stop there)
            let words = inside.spaceWords.map { $0.lowercased() }
            let agencyMention = words.contains { pictureSources.contains(String($0.filter { $0 != "," && $0 != "/" })) }
                || lower.fastContains(" photo/") || lower.fastHasPrefix("photo/")
            guard agencyMention || namedSource || pictureBy || lower.fastContains("photo"),
                  inside.wordCount &- inside.withUTF8Bytes(fileNoteWords) <= 8 else { return nil }
        }
        if inside.fastHasPrefix("©") { inside = inside.dropFirst().trimmedSpace }
        // each lead opens with "P", "I" or "C": other openings skip the loop (a drop happens only after a match)
        if let first = inside.utf8.first, first == UInt8(ascii: "P") || first == UInt8(ascii: "I") || first == UInt8(ascii: "C") {
            for lead in bracketLeads where inside.fastHasPrefix(lead) { inside = inside.dropFirst(lead.count).trimmedSpace }
        }
        let text = line[..<openIndex].trimmedSpace
        let credit = inside.isEmpty ? nil : String(inside)
        if text.isEmpty { return credit.map { .credit($0, captionAbove: true) } }
        return .captioned(text: String(text), credit: credit)
    }

    /// "… November 18, 2019. REUTERS/Brendan McDermid" or the glued "… 2019.J. Scott Applewhite / AP file".
    static func trailingAgencyCredit(_ line: Substring) -> Match? {
        guard let slash = line.lastIndex(ofASCII: UInt8(ascii: "/")) else { return nil }
        // the credit starts after the last sentence end before the slash
        var index = slash
        var start: Substring.Index? = asciiCreditStart(line, slash: slash)
        if start != nil || line.withUTF8Bytes({ $0.allSatisfy { $0 < 0x80 } }) { index = line.startIndex }  // decided on bytes
        while index > line.startIndex {
            let previous = line.index(before: index)
            if line[previous] == "." || line[previous] == ":" {
                let next = line[index]
                if isInitial(before: previous, in: line) { index = previous; continue }
                if next == " " || next.isUppercase { start = index; break }
            }
            index = previous
        }
        guard let creditStart = start else { return nil }
        let credit = line[creditStart...].trimmedSpace
        let text = line[..<creditStart].trimmedSpace
        guard text.wordCount >= 3, (1...8).contains(credit.wordCount), credit.startsUppercase, !credit.endsLikeSentence else { return nil }
        guard slashTokensNamePictureSource(credit) || text.wordCount >= 6 && isPersonSlashOutlet(credit) else { return nil }
        return .captioned(text: String(text), credit: String(droppingPhotographerLead(credit)))
    }

    /// The walk of `trailingAgencyCredit` on the bytes of an ASCII line (one byte, one Character):
    /// where the credit starts, or `nil` (also for a line that is not ASCII, which takes the Character walk).
    private static func asciiCreditStart(_ line: Substring, slash: Substring.Index) -> Substring.Index? {
        let offset: Int? = line.withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func isUpper(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
            func isInitial(_ dot: Int) -> Bool {
                guard dot > 0, isUpper(bytes[dot - 1]) else { return false }
                guard dot - 1 > 0 else { return true }
                return bytes[dot - 2] == UInt8(ascii: " ") || bytes[dot - 2] == UInt8(ascii: ".")
            }
            var index = line.utf8.distance(from: line.utf8.startIndex, to: slash)
            while index > 0 {
                let previous = index - 1
                if bytes[previous] == UInt8(ascii: ".") || bytes[previous] == UInt8(ascii: ":") {
                    if isInitial(previous) { index = previous; continue }
                    if bytes[index] == UInt8(ascii: " ") || isUpper(bytes[index]) { return index }
                }
                index = previous
            }
            return nil
        }
        return offset.map { line.utf8.index(line.utf8.startIndex, offsetBy: $0) }
    }
}
