/// The fused loop's word test on vector lanes: one sixteen-byte load, one add and one compare
/// tell which of a word's first eight bytes are not lower-case letters, with no 64-bit constants
/// held in general registers (the loop needs those for its offsets, slots and tables).
extension Tokenizer {
    /// 0xFF in each of the eight bytes from `p` (first byte lowest) that is not an ASCII
    /// lower-case letter, 0 in the others: `notLowerMask` of those bytes with every bit of a
    /// flagged byte set. Reads sixteen bytes (the block's padding covers them).
    @inline(__always)
    static func notLowerLanes(_ p: UnsafePointer<UInt8>) -> UInt64 {
        let v = UnsafeRawPointer(p).loadUnaligned(as: SIMD16<Int8>.self)
        // 0x61…0x7A plus 0x1F wrap to -128…-103; every other byte lands above -103.
        let shifted = v &+ SIMD16<Int8>(repeating: 0x1F)
        let notLower = SIMD16<Int8>(repeating: -103) .< shifted
        return unsafeBitCast(unsafeBitCast(notLower, to: SIMD16<UInt8>.self), to: (UInt64, UInt64).self).0
    }

    /// The key of a word of 1…7 lower-case letters that are the first bytes of `w`, with `lanes`
    /// its `notLowerLanes` (first set bit at the word's length times 8): the bytes after the word
    /// are masked off with the lanes instead of a shift by the length.
    @inline(__always)
    static func lowerKey(_ w: UInt64, lanes: UInt64) -> UInt64 {
        WordKey.of(masked: w & ((lanes ^ (lanes &- 1)) &>> 1))
    }

    /// `lowerKey` of a word whose first byte is an ASCII letter or digit and whose others are
    /// lower-case letters (`lanes` flags from its second byte on): the first byte's bit 0x20 set
    /// lower-cases a capital and keeps the others.
    @inline(__always)
    static func foldedKey(_ w: UInt64, lanes: UInt64) -> UInt64 {
        lowerKey(w | 0x20, lanes: lanes)
    }

    /// True when the lower-case word of `length` letters with key `key` ending at `end` (< `n`)
    /// is one like "said." that `shortWord` reads: up to four letters before a sentence's full
    /// stop (the block's end or a space follows it) and no abbreviation (one lower-case letter
    /// never is one), so the word is plain and the dot a stop token of its own.
    @inline(__always)
    static func endsShortSentence(_ b: Bytes, _ end: Int, _ n: Int, length: Int, key: UInt64, lists: WordLists.Probe) -> Bool {
        b[end] == 0x2E && length <= 4 && (end &+ 1 == n || b[end &+ 1] == 0x20) && (length == 1 || !lists.isAbbreviation(key))
    }
}
