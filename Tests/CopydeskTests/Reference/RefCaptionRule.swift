// The classifier as of main 27fe582, kept verbatim (types renamed) as the oracle for the faster rules.
@testable import Copydesk
import Foundation
/// Recognises photo captions and credits: "… Photo: Shutterstock", "(Image: © X)", "Credit: X",
/// "(AP Photo/Alan Diaz, File)", "[File: Reuters]", "… 2019. REUTERS/Brendan McDermid",
/// credit-only lines ("Photo: Hau Dinh, AP", "Image copyright Getty Images", "© REUTERS / POOL")
/// and "Image caption …" lines. Gallery counters ("1of4") are dropped from the caption.
enum RefCaptionRule {
    typealias Match = CaptionRule.Match

    static let labels = CaptionRule.labels
    /// `labels` as one table: a line holding none of them has no labelled credit.
    static let labelTable = CaptionRule.labelTable
    /// Agencies and picture libraries that mark an unlabelled trailing credit.
    static let pictureSources = CaptionRule.pictureSources

    /// Leads of a credit after the caption's last sentence; each holds ". ", so a line without one is skipped.
    static let creditLeads = CaptionRule.creditLeads
    /// The lead still searched on a line that ends like a sentence.
    private static let sentenceCreditLeads = [". Courtesy of "]

    /// The caption and credit on `line`, or `nil`.
    static func match(_ line: TestLine) -> Match? {
        guard RefCaptionRule.mayHoldCaption(line) else { return nil }
        if line.firstLowerByte == UInt8(ascii: "i") || line.firstLowerByte == 0xC2 {  // "image …" or "©"
            let text = line.text  // tested with capitals folded, as the lowered line would be
            if text.hasFoldedPrefix("image caption") { return .caption(String(line.text.dropFirst("image caption".count).trimmedSpace)) }
            if text.hasFoldedPrefix("image copyright ") && !line.lower.contains("@") {
                return .credit(String(line.text.dropFirst("image copyright ".count).trimmedSpace), captionAbove: false)
            }
            if text.hasFoldedPrefix("©") && line.words <= 6 && !text.containsFolded("all rights") && !line.hasDigit {
                return .credit(String(line.text.dropFirst().trimmedSpace), captionAbove: false)
            }
        }
        let text = line.hasDigit ? droppingGalleryCounter(line.text) : line.text
        if line.lastByte == UInt8(ascii: ")") || line.lastByte == UInt8(ascii: "]"), let found = parenthesisedCredit(text) { return found }
        if line.lastByte == UInt8(ascii: ")") || line.lastByte == UInt8(ascii: "]"), line.words >= 6, let found = CaptionRule.shortBracketCredit(text) { return found }
        if line.words >= 7, line.line.hasDotSpace, CaptionRule.isASCIIWordByte(line.lastByte), let found = line.text.withUTF8Bytes({ CaptionRule.bracketCreditBeforeHandle(text, $0) }) {
            return found
        }
        if line.hasColon || line.line.hasEllipsis, CaptionRule.mayHoldLabel(line.line) {
            let aligned = text.startIndex == line.text.startIndex
            let textLower = aligned ? Substring(line.lower) : Substring(text.lowercased())
            if let found = labelledCredit(text, lower: textLower, aligned: aligned) { return found }
        }
        if line.hasSlash, let found = trailingAgencyCredit(text) { return found }
        if CaptionRule.namedSourceEnds.contains(line.lastByte), let found = trailingNamedSource(text) { return found }
        // a credit after the caption's last sentence does not end like a sentence itself: one search for most lines
        // each lead needs its capital right after a ". " of the line (most lines have none of them: no walk of the list)
        if line.capitalsAfterDotSpace & CaptionRule.leadCapitals != 0 {
            for lead in line.endsLikeSentence ? sentenceCreditLeads : creditLeads where line.capitalsAfterDotSpace & CaptionRule.leadCapital(lead) != 0 {
                guard let courtesy = text.fastLastRange(of: lead) else { continue }
                let credit = text[courtesy.upperBound...].trimmedSpace
                if (1...6).contains(credit.wordCount), looksLikeCredit(String(credit)) {
                    return .captioned(text: String(text[...courtesy.lowerBound]), credit: String(credit))
                }
            }
        }
        if line.line.capitalsAfterDotSpace & CaptionRule.photoCapital != 0, !line.endsLikeSentence,
           line.hasSlash || line.lastByte &- UInt8(ascii: "A") < 26, let found = CaptionRule.photoMarkCredit(text) { return found }
        if line.hasSlash, line.words >= 2, line.words <= 6, !line.endsLikeSentence, let slash = text.firstIndex(of: "/"),
           text[text.index(after: slash)...].trimmedSpace.startsUppercase, text[..<slash].trimmedSpace.wordCount >= 2 || CaptionRule.isPictureSource(text[..<slash].trimmedSpace.lowercased()),
           looksLikeCredit(String(text)), !holdsButtonWord(text) {  // round 8: "Do Not Sell/Share My Personal Information"
            // "Sam Lens/NPR", "NASA/JPL-Caltech/University of Arizona": photographer/outlet alone under its caption
            return .credit(String(text), captionAbove: true)
        }
        if line.hasSlash, (3...5).contains(line.words), !line.endsLikeSentence, let found = CaptionRule.agencySlashName(text) { return found }
        if line.hasColon, line.firstLowerByte == UInt8(ascii: "c"), let found = CaptionRule.creditLabelLine(line.text) { return found }
        if let found = loneCreditWord(line) { return found }  // round 8
        return nil
    }

    /// `aligned`: `lower` is `line` with only ASCII capitals lowered, so both share byte offsets and Character boundaries.
    static func labelledCredit(_ line: Substring, lower: Substring, aligned: Bool) -> Match? {
        // Every label but "credit..." and "credit…" ends with ':'; most lines have neither, so skip the costly searches then.
        guard line.contains(":") || line.contains("...") || line.contains("…"), let firstPresent = labelTable.firstListed(in: lower) else { return nil }
        // labels listed before the first one present do not occur: start there
        for label in labels[firstPresent...] {
            guard let range = lower.fastLastRange(of: label) else { continue }
            let before = lower[..<range.lowerBound]
            guard before.isEmpty || before.fastHasSuffix(" ") || before.fastHasSuffix(".") else { continue }
            guard let (labelStart, creditStart) = labelBounds(line, lower: lower, range: range, aligned: aligned),
                  labelStart < line.endIndex, line[labelStart].isUppercase else { continue }
            let credit = line[creditStart...].trimmedSpace
            if labelStart == line.startIndex, label == "image:" || label == "picture:", credit.wordCount >= 4,
               !looksLikeCredit(String(credit)) {
                return .caption(String(credit))  // "Image: Commuters wait at a station …": a caption under a label
            }
            guard !credit.isEmpty, credit.wordCount <= 8, !credit.endsLikeSentence || credit.fastHasSuffix(".") && credit.wordCount <= 4 else { continue }
            let text = line[..<labelStart].trimmedSpace
            let cleanCredit = String(credit.trimmingTrailingPeriod)
            guard looksLikeCredit(cleanCredit) || text.isEmpty && cleanCredit.utf8.withContiguousStorageIfAvailable(CaptionRule.isBareCredit) == true
                || !text.isEmpty && isLooseCredit(cleanCredit, label: label) else { continue }  // round 3, round 8
            if text.isEmpty && (label == "photos:" || label == "pictures:") { continue }
            return text.isEmpty ? .credit(cleanCredit, captionAbove: true) : .captioned(text: String(text), credit: cleanCredit)
        }
        return nil
    }

    /// The live rule's label bounds (unchanged since the oracle was frozen).
    private static func labelBounds(_ line: Substring, lower: Substring, range: Range<Substring.Index>,
                                    aligned: Bool) -> (Substring.Index, Substring.Index)? {
        CaptionRule.labelBounds(line, lower: lower, range: range, aligned: aligned)
    }

    // The live shape helpers (unchanged since the oracle was frozen).
    static func isInitial(before dot: Substring.Index, in line: Substring) -> Bool { CaptionRule.isInitial(before: dot, in: line) }
    static func droppingToggle(_ text: Substring) -> Substring { CaptionRule.droppingToggle(text) }
    static func isCollapsedCopy(_ line: TestLine) -> Bool { CaptionRule.isCollapsedCopy(line) }

    /// A credit reads like names or agencies: capitalised words, initials, "/", and a few small words.
    static func looksLikeCredit(_ credit: String) -> Bool {
        credit.spaceWords.allSatisfy { word in
            word.startsUppercase || word.first?.isNumber == true || word.contains("/") || creditSmallWords.contains(word)
                || isPictureSource(word.lowercasedFast) || word.fastHasPrefix("©") || word.fastHasPrefix("(")
        }
    }

    /// Small words a credit may hold ("via", "of", "/"), built once rather than per call.
    private static let creditSmallWords: Set<Substring> = ["via", "and", "for", "of", "the", "file", "de", "van", "von", "da", "del", "le",
                                                           "la", "/", "-", "&", "|"]

    /// Shapes of `pictureSources`.
    private static let pictureSourceShapes = KeyShapes(pictureSources)

    /// True when `lower` names a picture source.
    static func isPictureSource(_ lower: String) -> Bool { pictureSourceShapes.mayContain(lower) && pictureSources.contains(lower) }

    /// "1of4Grass Valley's …" → "Grass Valley's …".
    static func droppingGalleryCounter(_ text: Substring) -> Substring {
        // an ASCII first byte other than a digit is a Character that is no number
        if let first = text.utf8.first, first < 0x80, first &- UInt8(ascii: "0") >= 10 { return text }
        // a Character is a number by its first scalar's numeric type: a line opening otherwise has no counter
        if let first = text.unicodeScalars.first, first.properties.numericType == nil { return text }
        let digits = CaptionRule.leadingNumberCount(text)
        guard digits > 0, digits <= 3 else { return text }
        let rest = text.dropFirst(digits)
        guard rest.fastHasPrefix("of") else { return text }
        let afterOf = rest.dropFirst(2)
        let total = CaptionRule.leadingNumberCount(afterOf)
        guard total > 0 else { return text }
        return afterOf.dropFirst(total).trimmedSpace
    }
}

