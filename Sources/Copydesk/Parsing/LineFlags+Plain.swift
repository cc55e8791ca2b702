/// The line-end scan of a plain line: sixteen-byte steps only, for a line of printable ASCII and non-ASCII scalars that
/// are no Unicode space (nearly every line longer than one step). Without `scanToLineEnd`'s eight-byte steps, byte
/// reader and word-start flushes, its set-up and ending are a few instructions, and no state waits on the stack.
extension LineFlags {
    /// `scanToLineEnd` on the line that starts at `rest[0]` (not a blank, CR or LF): its sixteen-byte steps while they
    /// hold printable ASCII and non-ASCII scalars that are no Unicode space, up to the line end; any other step (a
    /// control, a Unicode space, fewer than sixteen bytes left, 254 steps) is handed with the state so far to the
    /// general scan (`scanToLineEnd(_:resumingAt:words:marks:)`), which reads the line on from there exactly as it
    /// would have. The byte before `rest[0]` is read.
    mutating func scanPlainLine(_ rest: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = rest.baseAddress else { return nil }
        var marks = LaneMarks()
        var index = 0
        let last = min(rest.count &- 16, 16 &* 253)  // the general scan's first run of steps before its lanes are summed
        while index <= last {
            let lanes = ByteLanes.load(base + index)
            let signed = SIMD16<Int8>(truncatingIfNeeded: lanes)  // bytes above 0x7F are negative
            let odd = unsafeBitCast(signed .< SIMD16<Int8>(repeating: 0x20), to: (UInt64, UInt64).self)
            if odd.0 | odd.1 != 0 {
                var first = odd.0 != 0 ? odd.0.trailingZeroBitCount &>> 3 : 8 &+ odd.1.trailingZeroBitCount &>> 3
                // non-ASCII scalars with no Unicode space are read like printable ASCII, up to a control
                if base[index &+ first] >= 0x80 { first = plainScalars(rest, index, signed, skip: 0) }
                if first < 16 {
                    guard first >= 0, base[index &+ first] == 0x0A || base[index &+ first] == 0x0D else { break }
                    asciiLanes(rest, index, lanes, first, &marks)
                    // the first byte opens a word (it is no blank) unless a space before it opened it in the lanes
                    words = marks.flushWords() &+ (base[-1] != 0x20 ? 1 : 0)
                    if ByteLanes.any(marks.digits) { digit = true }
                    if ByteLanes.any(marks.commas) { comma = true }
                    if ByteLanes.any(marks.quotes) { quote = true }
                    return index &+ first
                }
            }
            wholeLanes(rest, index, lanes, &marks)
            index &+= 16
        }
        // the line's first byte opens a word unless a space before it (as `scanToLineEnd` counts it when it starts there)
        return scanToLineEnd(rest, resumingAt: index, words: index == 0 || base[-1] == 0x20 ? 0 : 1, marks: marks)
    }
}
