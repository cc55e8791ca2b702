/// The classifier's caption and credit rules, in their order, each behind its own byte gate.
extension LineClassifier {
    /// The caption role of `line` (read in place, never written), or `nil` when no caption rule matches it; `first`,
    /// `words` and `quote` are the line's folded first byte, word count and quote-mark flag.
    @inline(__always)
    static func captionRole(_ line: inout TextLine, _ page: LinePage, first: UInt8, words: Int, quote: Bool) -> LineRole? {
        if CaptionRule.mayHoldCaptionPastOpenings(&line, page), let caption = CaptionRule.matchGated(&line, page) { return .caption(caption) }
        if words >= 6, !quote, LayoutGates.mayEndWithJoinedCredit(page.bytes(line), hasColon: line.hasColon), let joined = CaptionRule.joinedCredit(page.text(line)) {
            return .caption(joined)
        }
        if words >= 5, LayoutGates.mayEndWithNameCredit(page.bytes(line)), let found = CaptionRule.trailingNameCredit(page.text(line)) { return .caption(found) }
        if words <= 8, first == UInt8(ascii: "p") || first == UInt8(ascii: "i") || line.hasSlash || ByteSearch.isASCIISpace(first) || first >= 0x80,
           LayoutGates.mayBeStandaloneCredit(page.bytes(line)),
           let credit = CaptionRule.standaloneCredit(page.text(line)) { return .caption(credit) }
        // "… in Lahore. — AFP/File": a dash credit after a caption sentence (" — " after ". " in the last 44 bytes)
        if words >= 4, !quote, line.hasDotSpace, LayoutGates.trailingDash(page.bytes(line)) != nil,
           let found = CaptionRule.dashCredit(page.text(line)) { return .caption(found) }
        return nil
    }
}
