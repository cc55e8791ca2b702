/// The line-end scan of a short line: half the lines of an article (headings, credits, captions, furniture) end
/// within sixteen bytes of their start, and `scanToLineEnd`'s set-up and summing cost more than its one step.
extension LineFlags {
    /// `scanToLineEnd` on a line that starts at `rest[0]` (not a blank, CR or LF) and whose first CR or LF lies
    /// within the sixteen bytes at `rest[0]`, with only printable ASCII before it: that line end's offset, the flags
    /// filled as `scanToLineEnd` fills them (one step of vector compares: word starts counted in the lanes before
    /// the line end, marks found in them). nil, with the flags untouched, for any other line (fewer than sixteen
    /// bytes left, a control, a non-ASCII byte, or no line end in the step). The byte before `rest[0]` is read.
    @inline(__always)
    mutating func scanShortLine(_ rest: UnsafeBufferPointer<UInt8>) -> Int? {
        guard rest.count >= 16, let base = rest.baseAddress else { return nil }
        let lanes = ByteLanes.load(base)
        let signed = SIMD16<Int8>(truncatingIfNeeded: lanes)  // bytes above 0x7F are negative
        let odd = unsafeBitCast(signed .< SIMD16<Int8>(repeating: 0x20), to: (UInt64, UInt64).self)
        guard odd.0 | odd.1 != 0 else { return nil }
        let first = odd.0 != 0 ? odd.0.trailingZeroBitCount &>> 3 : 8 &+ odd.1.trailingZeroBitCount &>> 3
        guard base[first] == 0x0A || base[first] == 0x0D else { return nil }
        let inLine = LineFlags.laneNumbers .< SIMD16<Int8>(repeating: Int8(truncatingIfNeeded: first))
        // the first byte opens a word (it is no blank) unless a space before it opened it in the lanes
        let starts = unsafeBitCast(Self.wordStarts(lanes, ByteLanes.load(base - 1)), to: SIMDMask<SIMD16<Int8>>.self) .& inLine
        let halves = unsafeBitCast(starts, to: (UInt64, UInt64).self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let sum = ((halves.0 &>> 7) & ones) &+ ((halves.1 &>> 7) & ones)  // at most two per byte
        words = Int(truncatingIfNeeded: (sum &* ones) &>> 56) &+ (base[-1] != 0x20 ? 1 : 0)
        // "!" to "?": digits and the punctuation the flags look for
        let marks = (signed .> SIMD16<Int8>(repeating: 0x20)) .& (signed .< SIMD16<Int8>(repeating: 0x40)) .& inLine
        if ByteLanes.any(marks) {
            if ByteLanes.any(marks .& (signed .> SIMD16<Int8>(repeating: 0x2F)) .& (signed .< SIMD16<Int8>(repeating: 0x3A))) { digit = true }
            if ByteLanes.any(marks .& (lanes .== ByteLanes.splat(UInt8(ascii: ",")))) { comma = true }
            if ByteLanes.any(marks .& (lanes .== ByteLanes.splat(UInt8(ascii: "\"")))) { quote = true }
            let looks = unsafeBitCast(marks .& ((lanes .== ByteLanes.splat(UInt8(ascii: "."))) .| (lanes .== ByteLanes.splat(UInt8(ascii: ":")))
                .| (lanes .== ByteLanes.splat(UInt8(ascii: "/")))), to: (UInt64, UInt64).self)
            var low = looks.0 & 0x8080_8080_8080_8080, high = looks.1 & 0x8080_8080_8080_8080
            while low != 0 { notePunctuation(rest, at: low.trailingZeroBitCount &>> 3); low &= low &- 1 }
            while high != 0 { notePunctuation(rest, at: 8 &+ high.trailingZeroBitCount &>> 3); high &= high &- 1 }
        }
        return first
    }
}
