/// The flag scan that also finds where its line ends, so the split and the facts are one walk over the
/// article's bytes (`TextLine.lines(in:)`): a chunk of printable ASCII holds no CR or LF, so only a chunk with
/// a control or a byte above 0x7F is searched for one.
extension LineFlags {
    /// No flags yet: what `scanToLineEnd` fills.
    init() {}

    /// Scans the line that starts at `rest[0]` (not a blank, CR or LF) up to the first CR or LF of `rest`, with the
    /// word operations `init(bytes:readable:)` scans a line with (sixteen bytes a step while they are printable
    /// ASCII, eight around any other byte), and returns that line end's offset; nil when no line end turns up
    /// before the last eight bytes of `rest` (the flags are then incomplete). The byte before `rest[0]` is read: it
    /// must lie in the same buffer (`TextLine.lines(in:)` scans no line at the text's first byte).
    ///
    /// The flags are the line's own when its last byte (before the CR or LF) is not a blank: every look past a
    /// byte then finds the CR or LF, which no flag matches. A line with trailing blanks is scanned again.
    mutating func scanToLineEnd(_ rest: UnsafeBufferPointer<UInt8>) -> Int? {
        scanToLineEnd(rest, resumingAt: 0, words: 0, marks: LaneMarks())
    }

    /// `scanToLineEnd` taken up at the sixteen-byte step `start` (`scanPlainLine`'s steps before it read as the general
    /// scan reads them, no word starts flushed): `words` is the word count so far, `marks` the lanes' marks.
    mutating func scanToLineEnd(_ rest: UnsafeBufferPointer<UInt8>, resumingAt start: Int, words counted: Int, marks: LaneMarks) -> Int? {
        let total = rest.count
        guard let raw = UnsafeRawPointer(rest.baseAddress) else { return nil }
        // as in `scan`: 0x80 while the byte before the chunk is a space (or the line starts there)
        var carry: UInt64 = start == 0 || rest[start &- 1] == 0x20 ? 0x80 : 0
        var skip = 0
        var index = start
        var count = counted
        var digits: UInt64 = 0, commas: UInt64 = 0, quotes: UInt64 = 0
        var end = -1
        var laneMarks = marks
        var flushAt: Int = 16 &* 253  // the last index of a sixteen-byte step before the word-start lanes are summed
        // sixteen bytes a step while they are printable ASCII (`wholeLanes`), or hold non-ASCII scalars but no control and no
        // Unicode space (`plainScalars`); a step whose first other byte is a CR or LF ends the line there (`asciiLanes`), any
        // other byte is read by eight-byte steps, which go back to sixteen after it
        let base = raw.assumingMemoryBound(to: UInt8.self)
        wide: while true {
            // the lanes count a word start after a 0x20 byte only: a word opening after the line's start, a tab or a
            // Unicode space (`carry`) is counted here when the first step reads it, and taken back when the byte-by-byte
            // scan does (the step's first byte is then a control, a Unicode space or the rest of a scalar it read)
            let entry = index
            let lead = carry != 0 && base[index &- 1] != 0x20 && base[index] > 0x20 ? 1 : 0
            count &+= lead
            let last = min(total &- 16, flushAt)
            while index <= last {
                let lanes = ByteLanes.load(base + index)
                let signed = SIMD16<Int8>(truncatingIfNeeded: lanes)  // bytes above 0x7F are negative
                let odd = unsafeBitCast(signed .< SIMD16<Int8>(repeating: 0x20), to: (UInt64, UInt64).self)
                if odd.0 | odd.1 != 0 {
                    let first = odd.0 != 0 ? odd.0.trailingZeroBitCount &>> 3 : 8 &+ odd.1.trailingZeroBitCount &>> 3
                    let byte = base[index &+ first]
                    if byte == 0x0A || byte == 0x0D {
                        asciiLanes(rest, index, lanes, first, &laneMarks)
                        end = index &+ first
                        break
                    }
                    // non-ASCII scalars with no Unicode space are read like printable ASCII, up to a control
                    guard byte >= 0x80 else { break }
                    let stop = plainScalars(rest, index, signed, skip: skip)
                    if stop < 16 {
                        if stop >= 0, base[index &+ stop] == 0x0A || base[index &+ stop] == 0x0D {
                            asciiLanes(rest, index, lanes, stop, &laneMarks)
                            end = index &+ stop
                        }
                        break
                    }
                }
                wholeLanes(rest, index, lanes, &laneMarks)
                index &+= 16
            }
            if end >= 0 { break }
            if index == entry { count &-= lead } else { carry = base[index &- 1] == 0x20 ? 0x80 : 0 }
            if index <= total &- 16, index > last {  // no lane counts more than 255 word starts: they are summed every 254 steps
                count &+= laneMarks.flushWords()
                flushAt = index &+ 16 &* 253
                continue wide
            }
            while index &+ 8 <= total {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if (word | ~((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060)) & 0x8080_8080_8080_8080 != 0 {
                    let breaks = Self.equalMask(word, 0x0A) | Self.equalMask(word, 0x0D)
                    if breaks == 0 {
                        count = slowChunk(rest, index, index &+ 8, count, &carry, &skip)
                        index &+= 8
                        continue wide  // back to sixteen-byte steps after the chunk that stopped them
                    }
                    let left = breaks.trailingZeroBitCount &>> 3
                    end = index &+ left
                    if left > 0 {  // the line's last bytes, as `scan` reads a last partial chunk in place
                        let valid: UInt64 = 0x8080_8080_8080_8080 &>> UInt64(8 &* (8 &- left))
                        let masked = word & (valid &>> 7 &* 0xFF)
                        count = partialChunk(rest, index, end, masked, valid, count, &carry, &skip, &digits, &commas, &quotes)
                    }
                    break
                }
                count = asciiChunk(rest, index, word, count, &carry, &digits, &commas, &quotes)
                index &+= 8
            }
            break  // the line end is found, or is not before the last eight bytes
        }
        guard end >= 0 else { return nil }
        words = count &+ laneMarks.flushWords()
        if digits != 0 || ByteLanes.any(laneMarks.digits) { digit = true }
        if commas != 0 || ByteLanes.any(laneMarks.commas) { comma = true }
        if quotes != 0 || ByteLanes.any(laneMarks.quotes) { quote = true }
        return end
    }
}
