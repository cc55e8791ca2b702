// The classifier as of main 27fe582, kept verbatim (types renamed) as the oracle for the faster rules; the line
// shapes, the video rule, the byline name readers and the caption gates, which this pass left unchanged, are called in
// their live form (the time stamp and number-run shapes are copied in RefLineClassifier+Shapes).
@testable import Copydesk
import Foundation
/// Classifies each line on its own, before its neighbours are considered.
enum RefLineClassifier {
    private static let relatedPrefixes = ["related:", "read more:", "see more:", "more:", "also read:", "read also:",
                                          "recommended:", "see also:", "don't miss:", "don’t miss:", "more on this:", "related coverage:", "read:"]

    /// First bytes of `relatedPrefixes`.
    private static let relatedStarts = ByteSet(firstBytesOf: relatedPrefixes)
    /// `relatedPrefixes` by their opening bytes.
    private static let relatedTable = PrefixTable(relatedPrefixes)
    /// Shapes of `RefBylineRule.agencies`.
    private static let agencyShapes = KeyShapes(RefBylineRule.agencies)

    static func classify(_ line: TestLine) -> LineRole {
        let first = line.firstLowerByte
        if first == UInt8(ascii: "t"), let note = RefPrintEditionRule.match(line.text) { return .printEdition(note) }
        if first == UInt8(ascii: "a"), let note = PrintEditionRule.matchVersion(line.text) { return .printEdition(note) }
        if first == UInt8(ascii: "t"), let note = PrintEditionRule.matchIssue(line.text) { return .printEdition(note) }  // twenty-third pass
        if first == UInt8(ascii: "p"), line.words >= 4, let note = PrintEditionRule.matchPrintHeadline(line.text) { return .printEdition(note) }
        if first == UInt8(ascii: "a"), line.words >= 4, let note = PrintEditionRule.matchAppeared(line.text) { return .printEdition(note) }
        // (twenty-first pass) "Published in Dawn, March 5th, 2024"
        if first == UInt8(ascii: "p"), line.words >= 4, line.words <= 14, let note = PrintEditionRule.matchPublishedIn(line.text) { return .printEdition(note) }
        if line.hasColon, line.text.utf8.count <= 16, let duration = RefVideoRule.duration(in: line.text) { return .video(duration) }
        if line.text.first == "@", line.words == 1, line.text.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }),
           line.text.count >= 2 { return .furniture(.share) }
        if line.words <= 14, line.text.withUTF8Bytes(LayoutGates.isContactOrSignOff) { return .furniture(.attribution) }  // (nineteenth pass)
        if first == 0xC2 || first == UInt8(ascii: "i"), line.text.hasFoldedPrefix("©") || line.text.hasFoldedPrefix("image c"),
           let caption = RefCaptionRule.match(line) { return .caption(caption) }
        if first == UInt8(ascii: "h"), LineClassifier.isBreadcrumb(line) { return .furniture(.navigation) }
        if line.hasDigit, let byline = BylineRule.matchSourceAndDate(line.text) { return .byline(byline) }
        if let reason = RefKnownPhrases.reason(for: line) { return .furniture(reason) }
        // (twenty-sixth pass) "NAME / November 13, 2025": a byline before any photo credit
        if line.words <= 8, line.hasDigit, line.text.contains(" / "), !line.hasQuoteMark, line.text.first.map({ $0.isASCII && $0.isLetter }) == true,
           let byline = BylineRule.matchNameThenDate(line.text) { return .byline(byline) }
        if let caption = RefCaptionRule.match(line) { return LineClassifier.captionOrSignOff(caption) }  // round 3: sign-offs
        if first == UInt8(ascii: "("), line.words >= 7, let found = CaptionRule.leadingBracketCredit(line.text) { return .caption(found) }  // (twentieth pass)
        if line.words >= 6, !line.hasQuoteMark, let joined = CaptionRule.joinedCredit(line.text) { return .caption(joined) }
        if line.words >= 5, let credit = CaptionRule.trailingNameCredit(line.text) { return .caption(credit) }
        // (twenty-third pass) ". Image by Name for Outlet." and ". Source: Name" closing a caption
        if line.words >= 6, !line.hasQuoteMark, let credit = line.text.withUTF8Bytes(CaptionRule.closedLeadCredit)
            ?? line.text.withUTF8Bytes(CaptionRule.sourceTailCredit) { return .caption(credit) }
        // (round 13b) "Staff photo by Name" alone, ". Pic by Name" closing a caption with no stop after the name
        if line.words >= 5, line.words <= 10, !line.hasQuoteMark, let credit = line.text.withUTF8Bytes(CaptionRule.archivePhotoByCredit) { return .caption(credit) }
        if line.words >= 6, !line.hasQuoteMark, let credit = line.text.withUTF8Bytes(CaptionRule.openLeadCredit) { return .caption(credit) }
        if line.words <= 8, let credit = CaptionRule.standaloneCredit(line.text) { return LineClassifier.captionOrSignOff(credit) }
        // (round 13) "Crain's file photo"
        if line.words <= 5, let credit = line.text.withUTF8Bytes(CaptionRule.filePhotoCredit) { return .caption(credit) }
        // (twenty-second pass) "ANP/Alamy Stock Photo", "Dale Marsh-USA TODAY Sports"
        if let credit = line.text.withUTF8Bytes(CaptionRule.libraryCreditLine) { return .caption(credit) }
        if line.words >= 4, !line.hasQuoteMark, let credit = CaptionRule.dashCredit(line.text) { return .caption(credit) }
        if first >= 0x80, let bullet = LineClassifier.bulletText(line.text) { return .bullet(bullet) }
        if relatedStarts.contains(first), line.words >= 3 {
            if let index = relatedTable.firstMatch(folding: line.text) {
                return .related(String(line.text.dropFirst(relatedPrefixes[index].count).trimmedSpace))
            }
        }
        if let names = RefBylineRule.creditLine(line) { return .credits(names) }
        if line.words >= 3, let names = BylineRule.bracketedCreditLine(line.text) { return .credits(names) }
        if line.words >= 4, let names = BylineRule.additionalCreditLine(line.text) { return .credits(names) }
        if first == UInt8(ascii: "b"), line.words <= 16, !line.hasQuoteMark, line.text.contains("@"), line.text.contains("|"),
           let byline = BylineRule.matchWithHandles(line.text) { return .byline(byline) }
        if let byline = RefBylineRule.match(line) { return .byline(byline) }
        if first == UInt8(ascii: "b"), line.words <= 16, !line.hasQuoteMark, let byline = BylineRule.matchWithHandles(line.text) {
            return .byline(byline)
        }
        if (3...5).contains(line.words), !line.hasQuoteMark, line.text.first.map({ $0.isASCII && $0.isLetter }) == true,
           let byline = BylineRule.nameWithHandle(line.text) { return .byline(byline) }
        if (4...8).contains(line.words), !line.hasDigit, !line.hasQuoteMark, line.text.first.map({ $0.isASCII && $0.isLetter }) == true,
           let byline = BylineRule.nameBarOutlet(line.text) { return .byline(byline) }
        if first == UInt8(ascii: "b"), line.text.hasFoldedPrefix("by ") && line.words <= 8 && !line.endsLikeSentence {
            return (BylineRule.newsroom(line.text) ?? BylineRule.byNameThenRole(line.text)).map { .byline($0) } ?? .furniture(.attribution)
        }
        if first == 0xE2 || first == UInt8(ascii: "-"), LineClassifier.isEmbedSignature(line) { return .embed }
        if line.hasDigit, line.words <= 24, !line.hasQuoteMark, line.text.first.map({ $0.isASCII && $0.isLetter }) == true,
           let byline = BylineRule.matchNameThenDate(line.text) { return .byline(byline) }
        if line.hasDigit, (4...24).contains(line.words), !line.hasQuoteMark, !(line.endsLikeSentence && line.words > 12),
           line.text.first.map({ $0.isASCII && $0.isLetter }) == true,
           let byline = BylineRule.matchDateKeywordByline(line.text) { return .byline(byline) }
        // (twenty-fifth pass) "DATE | by NAME"
        if line.hasDigit, line.words <= 18, !line.hasQuoteMark, let byline = dateThenBy(line.text) { return .byline(byline) }
        // (round 13) "DATE - NAME"
        if line.hasDigit, line.words <= 18, !line.hasQuoteMark, let byline = dateDashName(line.text) { return .byline(byline) }
        if line.hasDigit, let date = RefDateRule.match(line) { return .date(date) }
        // (twenty-fifth pass) a date after a reading-time note ("4 min read Last Updated : …")
        if line.hasDigit, line.words <= 18, !line.hasQuoteMark, line.firstLowerByte &- UInt8(ascii: "0") < 10,
           let cut = line.text.withUTF8Bytes(LineClassifier.readingNoteLength),
           let date = DateRule.match(text: line.text[line.text.utf8.index(line.text.startIndex, offsetBy: cut)...].trimmedSpace) {
            return .date(date)
        }
        if line.hasComma, let byline = RefBylineRule.matchUnlabelled(line) { return .byline(byline) }
        if line.hasDigit, let byline = RefBylineRule.matchAgencyLine(line) { return .byline(byline) }
        if !line.hasComma, let byline = RefBylineRule.matchNameThenRole(line) { return .byline(byline) }
        // (round 15) "Federation Press Office"
        if !line.hasComma, !line.hasDigit, !line.hasQuoteMark, (2...5).contains(line.words), line.text.utf8.allSatisfy({ $0 < 0x80 }),
           let office = line.text.withUTF8Bytes(BylineRule.pressOffice) { return .byline(office) }
        if line.hasDigit, line.words <= 4, RefLineClassifier.isTimeStamp(line) || line.text.contains("°C") || line.text.contains("°F") || line.text.contains("°c") || line.text.contains("°f") { return .furniture(.label) }
        if line.hasDigit, line.words <= 8, line.text.withUTF8Bytes(LayoutGates.isTicker) { return .furniture(.label) }  // (nineteenth pass)
        if line.hasDigit, line.words <= 6, line.text.withUTF8Bytes(LayoutGates.isReadingTime) { return .furniture(.label) }  // (twentieth pass)
        if line.words <= 3, agencyShapes.mayContain(first: first, length: line.text.utf8.count), RefBylineRule.agencies.contains(line.lower) {
            return .byline(RefBylineRule.Match(names: [BylineEntry(name: String(line.text))]))
        }
        if line.hasTab { return .furniture(.furniture) }
        if line.words == 3, line.hasDigit, line.text.containsFolded(" of "), line.text.spaceWords.first?.allSatisfy(\.isNumber) == true {
            return .furniture(.mediaLabel)  // "1 of 3": a gallery counter
        }
        if line.words == 2, let space = line.text.firstIndex(of: " "), !line.text[..<space].isEmpty,
           line.text[..<space].utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }),
           ["photos", "images", "pictures"].contains(line.text[line.text.index(after: space)...].lowercased()) {
            return .furniture(.mediaLabel)  // "24 Photos" (twenty-third pass)
        }
        // a line opening with an ASCII letter is no run of numbers
        if !isASCIILetter(line.text.utf8.first ?? 0), RefLineClassifier.isNumberRun(line.text) {
            return .furniture(line.text.contains("/") ? .mediaLabel : .list)
        }
        return .text
    }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
}
