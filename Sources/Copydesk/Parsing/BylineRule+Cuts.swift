/// Where a byline's names are cut apart: at " and ", " & " or " AND " between people, and at " in ", " at " or
/// " for " before a place. One walk over the bytes tells whether a cut can occur at all; most names hold none.
extension BylineRule {
    /// The parts `people(in:)` reads in `text`: its comma pieces, each cut by `splitOnAnd`; a piece after a list closed
    /// by "and" ("X and Y, Capitol Beat") is no person but the outlet or role returned with them.
    static func cutParts(_ text: Substring) -> (parts: [Substring], outletAfterList: Substring?) {
        var parts: [Substring] = []
        parts.reserveCapacity(8)  // one allocation for the usual few names, not one per doubling
        var afterAndList = false
        var outletAfterList: Substring?
        for piece in text.commaPieces() {
            if afterAndList { outletAfterList = outletAfterList ?? piece.trimmedSpace; continue }
            let subs = splitOnAnd(piece.trimmedSpace)
            if subs.count >= 2 { afterAndList = true }
            for sub in subs { parts.append(sub) }
        }
        return (parts, outletAfterList)
    }

    /// `text` trimmed, when `cutParts` leaves it whole (an empty one aside) and finds no outlet: a text holding no comma
    /// byte, none of the "and" cuts (`mayHoldAndCut`) and no "and " opening; `nil` for other text.
    static func soleNamePart(_ text: Substring) -> Substring? {
        guard text.withUTF8Bytes({ !$0.contains(UInt8(ascii: ",")) && !mayHoldAndCut($0) }) else { return nil }
        let trimmed = text.trimmedSpace
        return trimmed.hasFoldedPrefix("and ") ? nil : trimmed
    }

    /// Splits "X and Y" (or "X & Y", "X AND Y") into its people, in order; a leading "and " is dropped.
    static func splitOnAnd(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var rest = text
        // a text holding none of the three cuts (read with A–Z folded, a superset) skips the searches
        let mayCut = text.withUTF8Bytes(mayHoldAndCut)
        while mayCut, let r = rest.fastRange(of: " and ") ?? rest.fastRange(of: " & ") ?? rest.fastRange(of: " AND ") {
            parts.append(rest[..<r.lowerBound].trimmedSpace)
            rest = rest[r.upperBound...]
        }
        // `rest.lowercased()` opens with "and " exactly when its bytes do with A–Z folded: no other scalar lowers to one of them
        if rest.hasFoldedPrefix("and ") { rest = rest.dropFirst(4) }
        parts.append(rest.trimmedSpace)
        return parts
    }

    /// False only when `bytes` hold none of " and ", " & " and " AND " (true also for other capitalisations of "and").
    static func mayHoldAndCut(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index + 2 < count {
            if bytes[index] == 0x20 {
                if bytes[index + 1] == UInt8(ascii: "&"), bytes[index + 2] == 0x20 { return true }
                if index + 4 < count, bytes[index + 1] | 0x20 == UInt8(ascii: "a"), bytes[index + 2] | 0x20 == UInt8(ascii: "n"),
                   bytes[index + 3] | 0x20 == UInt8(ascii: "d"), bytes[index + 4] == 0x20 { return true }
            }
            index += 1
        }
        return false
    }

    /// False only when `bytes` hold none of " in ", " at " and " for ".
    static func mayHoldPlaceCut(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index + 3 < count {
            if bytes[index] == 0x20 {
                let one = bytes[index + 1], two = bytes[index + 2], three = bytes[index + 3]
                if three == 0x20, one == UInt8(ascii: "i") && two == UInt8(ascii: "n") || one == UInt8(ascii: "a") && two == UInt8(ascii: "t") {
                    return true
                }
                if index + 4 < count, one == UInt8(ascii: "f"), two == UInt8(ascii: "o"), three == UInt8(ascii: "r"), bytes[index + 4] == 0x20 {
                    return true
                }
            }
            index += 1
        }
        return false
    }
}
