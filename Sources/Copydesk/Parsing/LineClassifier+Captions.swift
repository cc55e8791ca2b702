/// The classifier's caption and credit rules, in their order, each behind its own byte gate.
extension LineClassifier {
    /// The caption role of `line` (read in place, never written), or `nil` when no caption rule matches it; `first`,
    /// `words` and `quote` are the line's folded first byte, word count and quote-mark flag.
    @inline(__always)
    static func captionRole(_ line: inout TextLine, _ page: LinePage, first: UInt8, words: Int, quote: Bool) -> LineRole? {
        if CaptionRule.mayHoldCaptionPastOpenings(&line, page), let caption = CaptionRule.matchGated(&line, page) { return captionOrSignOff(caption) }
        if words >= 6, !quote, LayoutGates.mayEndWithJoinedCredit(page.bytes(line), hasColon: line.hasColon), let joined = CaptionRule.joinedCredit(page.text(line)) {
            return .caption(joined)
        }
        if words >= 5, LayoutGates.mayEndWithNameCredit(page.bytes(line)), let found = CaptionRule.trailingNameCredit(page.text(line)) { return .caption(found) }
        if words <= 8, first == UInt8(ascii: "p") || first == UInt8(ascii: "i") || line.hasSlash || ByteSearch.isASCIISpace(first) || first >= 0x80,
           LayoutGates.mayBeStandaloneCredit(page.bytes(line)),
           let credit = CaptionRule.standaloneCredit(page.text(line)) { return captionOrSignOff(credit) }
        // "… in Lahore. — AFP/File": a dash credit after a caption sentence (" — " after ". " in the last 44 bytes)
        if words >= 4, !quote, line.hasDotSpace, LayoutGates.trailingDash(page.bytes(line)) != nil,
           let found = CaptionRule.dashCredit(page.text(line)) { return .caption(found) }
        return nil
    }

    /// `match` as a role: a credit alone whose last "/" part is an editor's initials in lower case ("The Local/AFP/emlo",
    /// "AFP/The Local/emlo") is an agency's sign-off after the story, no picture's credit.
    static func captionOrSignOff(_ match: CaptionRule.Match) -> LineRole {
        guard case .credit(let credit, captionAbove: true) = match, let slash = credit.utf8.lastIndex(of: UInt8(ascii: "/")) else {
            return .caption(match)
        }
        let initials = credit.utf8[credit.utf8.index(after: slash)...]
        return (2...5).contains(initials.count) && initials.allSatisfy({ $0 &- UInt8(ascii: "a") < 26 }) ? .furniture(.attribution) : .caption(match)
    }
}
