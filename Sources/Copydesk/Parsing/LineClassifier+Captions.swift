/// What the classifier makes of a caption rule's match, and a gallery counter.
extension LineClassifier {
    /// `match` as a role: a credit alone whose last "/" part is an editor's initials in lower case ("The Local/AFP/emlo",
    /// "AFP/The Local/emlo") is an agency's sign-off after the story, no picture's credit.
    static func captionOrSignOff(_ match: CaptionRule.Match) -> LineRole {
        guard case .credit(let credit, captionAbove: true) = match, let slash = credit.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            return .caption(match)
        }
        let initials = credit.utf8[credit.utf8.index(after: slash)...]
        return (2...5).contains(initials.count) && initials.allSatisfy({ $0 &- UInt8(ascii: "a") < 26 }) ? .furniture(.attribution) : .caption(match)
    }

    /// True for "1 of 3" or "24 Photos", a gallery counter (a line of two or three words with a digit: the caller tests those).
    static func isGalleryCounter(_ line: borrowing TextLine, _ page: LinePage) -> Bool {
        if line.words == 2 { return isPictureCount(page.bytes(line)) }
        guard FoldedBytes.contains(page.bytes(line), " of ") else { return false }
        return page.text(line).spaceWords.first?.allSatisfy(\.isNumber) == true
    }

    /// A credit closing a caption line of five words or more: a trailing name (`CaptionRule.trailingNameCredit`), or on a
    /// line of six words or more with no quote mark a photographer's lead closing the last sentence (". Image by Name for
    /// Outlet.", `CaptionRule.closedLeadCredit`) or a ". Source: " tail (`CaptionRule.sourceTailCredit`), each behind its
    /// byte gate (its lead's capital after a ". ", the last byte, a colon).
    @inline(__always)
    static func closingCredit(_ line: inout TextLine, _ page: LinePage, words: Int, quote: Bool) -> CaptionRule.Match? {
        if LayoutGates.mayEndWithNameCredit(page.bytes(line)), let found = CaptionRule.trailingNameCredit(page.text(line)) { return found }
        // "Staff photo by Jo Roe": a newsroom's credit line alone (round 13b)
        if words <= 10, !quote, line.firstLowerByte == UInt8(ascii: "s") || line.firstLowerByte == UInt8(ascii: "f"),
           let found = CaptionRule.archivePhotoByCredit(page.bytes(line)) { return found }
        guard words >= 6, !quote else { return nil }
        if line.lastByte | 0x20 &- UInt8(ascii: "a") < 26, let found = CaptionRule.bulletCredit(page.bytes(line)) { return found }
        if line.lastByte == UInt8(ascii: "."), line.capitalsAfterDotSpace & closedLeadCapitals != 0,
           let found = CaptionRule.closedLeadCredit(page.bytes(line)) { return found }
        if line.lastByte | 0x20 &- UInt8(ascii: "a") < 26, line.capitalsAfterDotSpace & closedLeadCapitals != 0,
           let found = CaptionRule.openLeadCredit(page.bytes(line)) { return found }
        if line.hasColon, line.capitalsAfterDotSpace & 1 << UInt32(UInt8(ascii: "S") - UInt8(ascii: "A")) != 0,
           let found = CaptionRule.sourceTailCredit(page.bytes(line)) { return found }
        return nil
    }

    /// Bit `capital - A` for the capitals after ". " in `CaptionRule.closedCreditLeads` ("I", "P").
    @inline(__always)
    static var closedLeadCapitals: UInt32 {
        1 << UInt32(UInt8(ascii: "I") - UInt8(ascii: "A")) | 1 << UInt32(UInt8(ascii: "P") - UInt8(ascii: "A"))
    }

    /// True for "24 Photos", "8 images" or "12 Pictures" (twenty-third pass): ASCII digits, one space, then "photos",
    /// "images" or "pictures", capitals folded.
    static func isPictureCount(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < b.count, b[index] &- UInt8(ascii: "0") < 10 { index &+= 1 }
        guard index > 0, index < b.count, b[index] == 0x20 else { return false }
        let rest = b.count &- index &- 1
        return rest == 6 && (FoldedBytes.equal(b, at: index &+ 1, "photos") || FoldedBytes.equal(b, at: index &+ 1, "images"))
            || rest == 8 && FoldedBytes.equal(b, at: index &+ 1, "pictures")
    }
}
