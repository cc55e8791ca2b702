// `CaptionRule.mayHoldCaption` as of main b6e649f, kept verbatim as the oracle's own gate (the live gate now also
// reads a named source at the line's end).
@testable import Copydesk

extension RefCaptionRule {
    /// False only when `match` returns `nil`: each of its paths needs one of these marks — an "image …" or "©"
    /// opening, a closing bracket, a colon (every label), a slash, ". " (every credit lead) or a last byte that
    /// ends a named source (`text` ends where the line does, or is empty). Most lines carry none.
    static func mayHoldCaption(_ line: TestLine) -> Bool {
        let first = line.firstLowerByte, last = line.lastByte
        return first == UInt8(ascii: "i") || first == 0xC2 || last == UInt8(ascii: ")") || last == UInt8(ascii: "]")
            || line.hasColon || line.line.hasEllipsis || line.hasSlash || line.hasDotSpace || CaptionRule.namedSourceEnds.contains(last)
            || line.words == 1  // round 8: a lone credit word ("Contributed")
    }
}
