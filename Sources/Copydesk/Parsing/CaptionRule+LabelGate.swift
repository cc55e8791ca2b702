/// A cheap necessary condition for a labelled credit, tested before the label table is searched: every label but the
/// two ellipsis ones ("credit...", "credit…", which the line's ellipsis flag stands for) ends with a colon, so a line
/// holding a label holds a colon right after a label's letters (A–Z folded).
extension CaptionRule {
    /// False only when `labelTable.firstListed(folding:)` finds no label in the line `bytes` that holds no ellipsis:
    /// no colon follows the letters of a label. Colons are found eight bytes a step.
    static func mayHoldColonLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let total = bytes.count
        var index = 0
        while index &+ 8 <= total {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
            let match = word ^ 0x3A3A_3A3A_3A3A_3A3A  // a zero byte where a byte is ":"
            // every colon is flagged (a flag may also stand on a byte that is none): each is tried in order
            var hits = (match &- 0x0101_0101_0101_0101) & ~match & 0x8080_8080_8080_8080
            while hits != 0 {
                let at = index &+ hits.trailingZeroBitCount &>> 3
                if bytes[at] == UInt8(ascii: ":"), labelEnds(bytes, before: at) { return true }
                hits &= hits &- 1
            }
            index &+= 8
        }
        while index < total {
            if bytes[index] == UInt8(ascii: ":"), labelEnds(bytes, before: index) { return true }
            index &+= 1
        }
        return false
    }

    /// True when the bytes before `colon`, A–Z folded, end with the letters of a label ending with a colon (by its
    /// last letter; `CaptionLabelGateTests` checks the list against `labels`).
    @inline(__always)
    static func labelEnds(_ bytes: UnsafeBufferPointer<UInt8>, before colon: Int) -> Bool {
        guard colon > 0 else { return false }
        switch FoldedBytes.fold(bytes[colon &- 1]) {
        case UInt8(ascii: "h"): return ends(bytes, colon, "photograph")
        case UInt8(ascii: "s"): return ends(bytes, colon, "photographs") || ends(bytes, colon, "photos") || ends(bytes, colon, "pictures")
        case UInt8(ascii: "o"): return ends(bytes, colon, "photo") || ends(bytes, colon, "video") || ends(bytes, colon, "foto")
        case UInt8(ascii: "e"): return ends(bytes, colon, "image") || ends(bytes, colon, "picture") || ends(bytes, colon, "file")
            || ends(bytes, colon, "photo source")
        case UInt8(ascii: "y"): return ends(bytes, colon, "photo by") || ends(bytes, colon, "photos by") || ends(bytes, colon, "image by")
        case UInt8(ascii: "t"): return ends(bytes, colon, "credit")
        case UInt8(ascii: "n"): return ends(bytes, colon, "illustration")
        case UInt8(ascii: "c"): return ends(bytes, colon, "graphic") || ends(bytes, colon, "pic")
        case UInt8(ascii: "r"): return ends(bytes, colon, "photographer")
        case UInt8(ascii: "l"): return ends(bytes, colon, "visual")
        default: return false
        }
    }

    /// True when the folded bytes ending right before `end` are `pattern`.
    @inline(__always)
    private static func ends(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ pattern: StaticString) -> Bool {
        FoldedBytes.equal(bytes, at: end &- pattern.utf8CodeUnitCount, pattern)
    }

    /// True when the only path of `matchGated` a line may take is the label path after a colon and its byte tests
    /// fail (no "image"/"©" opening, no counter, closing bracket, slash, named-source end, credit lead or lone credit
    /// word): the line holds no caption, and its text is not made.
    @inline(__always)
    static func onlyColonPathFails(_ line: inout TextLine, _ page: LinePage) -> Bool {
        let first = line.firstLowerByte, last = line.lastByte
        guard first != UInt8(ascii: "i"), first < 0x80, first &- UInt8(ascii: "0") >= 10, last != UInt8(ascii: ")"),
              last != UInt8(ascii: "]"), !line.hasSlash, !mayEndNamedSource(last), line.capitalsAfterDotSpace & leadCapitals == 0,
              !mayBeLoneCreditWord(line)
        else { return false }
        guard line.hasColon || line.hasEllipsis, mayHoldLabel(line) else { return true }
        let bytes = page.bytes(line)
        return !(line.hasEllipsis || mayHoldColonLabel(bytes)) || labelTable.firstListed(foldingBytes: bytes) == nil
    }
}
