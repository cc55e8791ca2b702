/// The gates `matchPlain` tests before `DateText.find`, in one walk over the letter runs of the text after its label:
/// the first "updated" (A–Z folded) cuts the head, at most three of the head's plain letter runs may be no date word
/// (`DateText.countOtherWords`), and the head needs an anchor (`DateText.mayHoldDate`). Each run is looked up once for
/// both counts, and the walk stops at the fourth other word, where most lines with a digit (prose, headlines) end.
extension DateRule {
    /// The head's end (the first folded "updated" from `start`, as an offset of `bytes`) and whether the head
    /// `bytes[start..<cut]` passes both gates: `countOtherWords(head, stoppingAfter: 3) <= 3 && mayHoldDate(head)`.
    /// `words` is `DateText.wordTable`.
    static func headGate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, words: PackedWordTable) -> (cut: Int?, possible: Bool) {
        let rest = UnsafeBufferPointer(rebasing: bytes[start...])
        let (cut, possible) = headGate(rest, words)
        return (cut.map { $0 + start }, possible)
    }

    /// `headGate(_:from:)` on the text after the label (`rest`), with the cut as an offset of `rest`.
    private static func headGate(_ rest: UnsafeBufferPointer<UInt8>, _ table: PackedWordTable) -> (cut: Int?, possible: Bool) {
        let total = rest.count
        var others = 0
        var anchor = false
        var index = 0
        while index < total {
            guard isLetter(rest[index]) else { index += 1; continue }
            var end = index + 1
            // eight bytes a step while they are letters; the first other byte ends the run
            while end &+ 8 <= total {
                let stops = nonLetters(UInt64(littleEndian: UnsafeRawPointer(rest.baseAddress! + end).loadUnaligned(as: UInt64.self)))
                if stops != 0 { end &+= stops.trailingZeroBitCount &>> 3; break }
                end &+= 8
            }
            while end < total, isLetter(rest[end]) { end += 1 }
            // "updated" is all letters: it lies inside one run, and the first run holding it holds the first one
            let cut = end - index >= 7 ? foldedUpdated(rest, index, end) : nil
            if let cut { end = cut }
            if end > index {
                let length = end - index
                let info = length <= 9 && table.mayHold(first: rest[index], length: length)
                    ? table.info(packed: DateText.packedLetters(rest, index, end)) : 0
                if info & anchorBits != 0 { anchor = true }
                // a run touching a non-ASCII byte may be part of a longer word: not counted (the head ends at the cut)
                if info == 0, index == 0 || rest[index - 1] < 0x80, end == total || cut != nil || rest[end] < 0x80 {
                    others += 1
                    if others > 3 { return (cut, false) }
                }
            }
            if let cut { return (cut, anchor || DateText.hasNumericRun(UnsafeBufferPointer(rebasing: rest[..<cut]))) }
            index = end
        }
        return (nil, anchor || DateText.hasNumericRun(rest))
    }

    /// The `DateText.wordTable` bits of the anchor words (`DateText.mayHoldDate`): a month, "ago", "today", "yesterday".
    private static var anchorBits: WordInfo { 0xF | DateText.Word.ago | DateText.Word.today | DateText.Word.yesterday }

    /// The first offset in the letter run `rest[start..<end]` where the folded bytes read "updated", or `nil`.
    @inline(__always)
    private static func foldedUpdated(_ rest: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        for at in start...(end - 7) where rest[at] | 0x20 == UInt8(ascii: "u") && FoldedBytes.equal(rest, at: at, "updated") { return at }
        return nil
    }

    /// Bit 7 of each byte of `word` (eight bytes, the first lowest) that is no ASCII letter: capitals folded, a byte
    /// counts as a letter from "a" (0x61) to "z" (0x7A) with its own bit 7 clear; no lane carries into the next.
    @inline(__always)
    static func nonLetters(_ word: UInt64) -> UInt64 {
        let folded = word | 0x2020_2020_2020_2020
        let low = folded & 0x7F7F_7F7F_7F7F_7F7F
        let letters = (low &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(low &+ 0x0505_0505_0505_0505) & ~folded & 0x8080_8080_8080_8080
        return ~letters & 0x8080_8080_8080_8080
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
}
