// The classifier as of main 27fe582, kept verbatim (types renamed) as the oracle for the faster rules.
@testable import Copydesk
import Foundation
/// The credit forms a caption line may end with: bracketed credits, agency/photographer pairs, picture libraries.
extension RefCaptionRule {
    /// "(Image: © X)", "(AP Photo/Alan Diaz, File)", "(Elias Funez/The Union via AP)", "[File: Reuters]" at the end of the line.
    static func parenthesisedCredit(_ line: Substring) -> Match? {
        if let lead = leadPictureCredit(line) { return lead }  // (round 8)
        guard let close = line.last, close == ")" || close == "]" else { return nil }
        guard let openIndex = line.lastIndex(ofASCII: close == ")" ? UInt8(ascii: "(") : UInt8(ascii: "[")) else { return nil }
        var inside = line[line.index(after: openIndex)..<line.index(before: line.endIndex)].trimmedSpace
        let lower = inside.lowercasedFast
        var labelled = false
        for label in labels where lower.fastHasPrefix(label) {
            inside = inside.dropFirst(label.count).trimmedSpace
            labelled = true
            break
        }
        // "(ABC News: Andrew O'Connor)": an outlet of one to three capitalised ASCII words, ": ", a name of one to five
        let outletParts = inside.components(separatedBy: ": ")
        let outletCredit = outletParts.count >= 2 && !inside.hasPrefix(" ") && {
            let outlet = outletParts[0].split(separator: " ", omittingEmptySubsequences: true)
            let name = inside[inside.range(of: ": ")!.upperBound...].split(separator: " ", omittingEmptySubsequences: true)
            return !outletParts[0].contains(":") && (1...3).contains(outlet.count) && (1...5).contains(name.count)
                && outlet.allSatisfy { $0.first!.isASCII && $0.first!.isUppercase }
                && name.allSatisfy { $0.first!.isASCII ? $0.first!.isUppercase : true }
        }() || {
            // "(Tom Brenner for The Washington Post)": one to four capitalised words, " for ", one to five
            guard let forRange = inside.range(of: " for ") else { return false }
            let name = inside[..<forRange.lowerBound].split(separator: " "), outlet = inside[forRange.upperBound...].split(separator: " ")
            return (1...4).contains(name.count) && (1...5).contains(outlet.count)
                && name.allSatisfy { $0.first!.isASCII ? $0.first!.isUppercase : true }
                && outlet.allSatisfy { $0.first!.isASCII ? $0.first!.isUppercase || $0.first!.isNumber : true }  // "The 19th" (round 8)
        }()
        let outletCreditAfterSentence = outletCredit && line[..<openIndex].trimmedSpace.fastHasSuffix(".") && line[..<openIndex].wordCount >= 6
        // "(© Luxtram)": "©", one to four credit words with no digit, after a caption sentence (round 8)
        let copyrightName = inside.hasPrefix("©") ? inside.dropFirst().trimmingCharacters(in: .whitespaces) : ""
        let before = line[..<openIndex].trimmingCharacters(in: .whitespaces)
        let copyrightCredit = (1...4).contains(copyrightName.split(separator: " ").count) && !copyrightName.contains(where: \.isNumber)
            && copyrightName.first!.isUppercase && looksLikeCredit(copyrightName) && before.hasSuffix(".")
            && (5...40).contains(before.split(separator: " ").count) && !before.contains(where: { "\"“”".contains($0) })
        if !labelled && !outletCreditAfterSentence && !copyrightCredit {
            // "(Yonhap)": a lone agency name closing a full caption sentence
            let soleAgency = inside.wordCount == 1 && pictureSources.contains(lower) && line[..<openIndex].trimmedSpace.fastHasSuffix(".")
                && line[..<openIndex].wordCount >= 6
            let namedSource = soleAgency || inside.wordCount <= 5 && namedSources.contains { inside.fastHasSuffix($0) }
            // no "/" byte, no "/" Character: tested last, as the Character search is the costly one
            let pictureBy = lower.hasPrefix("picture by ") && lower.count > 11  // (round 8)
            guard lower.fastContains("via ") || lower.fastHasPrefix("photo") || pictureBy || namedSource
                || inside.utf8.contains(UInt8(ascii: "/")) && inside.contains("/") else { return nil }
            // computed after the guard above, which does not depend on it (most bracketed endings stop there)
            let words = inside.spaceWords.map { $0.lowercased() }
            let agencyMention = words.contains { pictureSources.contains(String($0.filter { $0 != "," && $0 != "/" })) }
                || lower.fastContains(" photo/") || lower.fastHasPrefix("photo/")
            let fileNote = lower.hasSuffix(", file") && lower.count > 6 ? 1 : 0  // "…/Boston Herald, File" (round 8)
            guard agencyMention || namedSource || pictureBy || lower.fastContains("photo"), inside.wordCount - fileNote <= 8 else { return nil }
        }
        if inside.fastHasPrefix("©") { inside = inside.dropFirst().trimmedSpace }
        for lead in ["Photo by ", "Photograph by ", "Image by ", "Picture by ", "Photo courtesy of ", "Courtesy of "] where inside.fastHasPrefix(lead) {
            inside = inside.dropFirst(lead.count).trimmedSpace
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
        let tokens = credit.split(whereSeparator: { $0 == " " || $0 == "/" }).map { $0.lowercased() }
        guard tokens.contains(where: { pictureSources.contains($0) }) || text.wordCount >= 6 && isPersonSlashOutlet(credit) else { return nil }
        // "Photo by Reba Saldanha/AP": the lead is dropped when a capital follows it (round 8)
        for lead in ["Photo by ", "Photograph by ", "Image by ", "Picture by ", "Photo courtesy of ", "Courtesy of "] where credit.hasPrefix(lead) {
            let name = credit.dropFirst(lead.count).trimmingCharacters(in: .whitespaces)
            return .captioned(text: String(text), credit: name.first?.isUppercase == true ? name : String(credit))
        }
        return .captioned(text: String(text), credit: String(credit))
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

    /// "Lena Ortiz/Public Airwaves": a photographer's name, a slash, then a capitalised outlet name.
    static func isPersonSlashOutlet(_ credit: Substring) -> Bool {
        let parts = credit.split(separator: "/")
        guard parts.count == 2 else { return false }
        let person = parts[0].trimmedSpace.spaceWords, outlet = parts[1].trimmedSpace.spaceWords
        return (2...3).contains(person.count) && (1...3).contains(outlet.count)
            && person.allSatisfy(\.startsUppercase) && outlet.allSatisfy(\.startsUppercase)
    }

    /// Picture libraries whose name ends a caption without a label ("… on Tuesday. Getty Images").
    static let namedSources = ["Getty Images", "Shutterstock", "Alamy", "iStock", "AFP", "EPA", "Reuters", "Bloomberg", "PA Media"]

    /// `namedSources` by their last byte: a line is compared only with those that end like it.
    private static let namedSourcesByLastByte: [[String]] = {
        var table = [[String]](repeating: [], count: 256)
        for source in namedSources { table[Int(source.utf8.last!)].append(source) }
        return table
    }()

    /// "… speaks in Washington on Tuesday. AFP via Getty Images" → caption and credit.
    static func trailingNamedSource(_ line: Substring) -> Match? {
        guard let last = line.utf8.last, CaptionRule.namedSourceEnds.contains(last), namedSourcesByLastByte[Int(last)].contains(where: { line.fastHasSuffix($0) }) else { return nil }
        guard let dot = line.fastLastRange(of: ". ") else {
            let standalone = ((2...4).contains(line.wordCount) || line.contains("/")) && !line.hasFoldedPrefix("by ")
            return standalone && line.wordCount <= 4 && looksLikeCredit(String(line)) ? .credit(String(line), captionAbove: true) : nil
        }
        let credit = CaptionRule.droppingDash(line[dot.upperBound...].trimmedSpace)  // "… on Tuesday. - AFP": "AFP" (round 3)
        let text = line[..<line.index(after: dot.lowerBound)].trimmedSpace
        let creditWords = credit.spaceWords.filter { $0 != "|" }.count
        guard text.wordCount >= 3, (1...6).contains(creditWords), looksLikeCredit(String(credit)) else { return nil }
        return .captioned(text: String(text), credit: String(credit))
    }
}
