/// A byte test that lets most lines skip `BylineRule.matchUnlabelled` before any piece, word list or lowered
/// copy is built.
extension BylineRule {
    /// False only when `matchUnlabelled` returns `nil`. Read on an ASCII line that opens with a letter (other lines
    /// pass): the part before the first comma is the head, and a match needs the head to be an agency, or every
    /// word of the head to be capitalised, a name particle or a joining "and"/"&" (`looksLikeName` on the pieces
    /// `splitOnAnd` leaves), and a role after the comma: a role or outlet word, or two capitals in a row (an acronym).
    static func unlabelledMayMatch(_ text: Substring) -> Bool { text.withUTF8Bytes(unlabelledMayMatch) }

    /// `unlabelledMayMatch` on the text's UTF-8 `bytes`.
    static func unlabelledMayMatch(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, (first | 0x20) &- UInt8(ascii: "a") < 26 else { return true }
        var comma = -1
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 { return true }
            if comma < 0, byte == UInt8(ascii: ",") { comma = index }
        }
        guard comma > 0 else { return true }
        var headEnd = comma
        while headEnd > 0, ByteSearch.isASCIISpace(bytes[headEnd - 1]) { headEnd -= 1 }
        let head = UnsafeBufferPointer(rebasing: bytes[..<headEnd])
        if Gates.agencyTable.value(foldingBytes: head) != nil { return true }
        guard headWordsMayBeNames(head) else { return false }
        return mayHoldRole(UnsafeBufferPointer(rebasing: bytes[(comma + 1)...]))
    }

    /// True when every word of `head` (split as `spaceWords` splits ASCII) opens with a capital, is a name particle,
    /// or is "and" (any case) or "&".
    private static func headWordsMayBeNames(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < head.count {
            while index < head.count, ByteSearch.isASCIISpace(head[index]) { index += 1 }
            guard index < head.count else { break }
            let start = index
            while index < head.count, !ByteSearch.isASCIISpace(head[index]) { index += 1 }
            if head[start] &- UInt8(ascii: "A") < 26 { continue }
            let word = UnsafeBufferPointer(rebasing: head[start..<index])
            if Gates.particleTable.value(foldingBytes: word) != nil { continue }  // folded: a few more words pass
            return false
        }
        return true
    }

    /// True when `rest` holds two capitals in a row or a word (split at spaces, commas and control bytes) that is
    /// one of `roleWords` or `outletWords`, capitals folded.
    private static func mayHoldRole(_ rest: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < rest.count {
            while index < rest.count, rest[index] <= 0x20 || rest[index] == UInt8(ascii: ",") { index += 1 }
            guard index < rest.count else { break }
            let start = index
            var previousCapital = false
            while index < rest.count, rest[index] > 0x20, rest[index] != UInt8(ascii: ",") {
                let capital = rest[index] &- UInt8(ascii: "A") < 26
                if capital && previousCapital { return true }
                previousCapital = capital
                index += 1
            }
            if Gates.roleTable.value(foldingBytes: UnsafeBufferPointer(rebasing: rest[start..<index])) != nil { return true }
        }
        return false
    }

    /// The tables `unlabelledMayMatch` and the word tests read.
    enum Gates {
        /// `agencies`, capitals folded.
        static let agencyTable = FoldedKeyTable(agencies.sorted().map { ($0, true) })
        /// `roleWords` and `outletWords`, capitals folded.
        static let roleTable = FoldedKeyTable(roleWords.union(outletWords).sorted().map { ($0, true) })
        /// The name particles and the joining words "and" (any case) and "&".
        static let particleTable = FoldedKeyTable(["de", "van", "der", "von", "da", "di", "la", "le", "bin", "al", "el", "du", "dos", "and", "&"].map { ($0, true) })
    }
}
