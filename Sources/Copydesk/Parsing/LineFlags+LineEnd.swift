/// The flag scan that also finds where its line ends, so the split and the facts are one walk over the
/// article's bytes (`TextLine.lines(of:)`): a chunk of printable ASCII holds no CR or LF, so only a chunk with
/// a control or a byte above 0x7F is searched for one.
extension LineFlags {
    /// No flags yet: what `scanToLineEnd` fills.
    init() {}

    /// Scans the line that starts at `rest[0]` (not a blank, CR or LF) up to the first CR or LF of `rest`, with the
    /// word operations `init(bytes:readable:)` scans a line with (sixteen bytes a step while they are printable
    /// ASCII, then eight), and returns that line end's offset; nil when no line end turns up before the last eight
    /// bytes of `rest` (the flags are then incomplete).
    ///
    /// The flags are the line's own when its last byte (before the CR or LF) is not a blank: every look past a
    /// byte then finds the CR or LF, which no flag matches. A line with trailing blanks is scanned again.
    mutating func scanToLineEnd(_ rest: UnsafeBufferPointer<UInt8>) -> Int? {
        let total = rest.count
        guard let raw = UnsafeRawPointer(rest.baseAddress) else { return nil }
        var carry: UInt64 = 0x80  // as in `scan`: 0x80 while the byte before the chunk is a space
        var skip = 0
        var index = 0
        var count = 0
        var digits: UInt64 = 0, commas: UInt64 = 0, quotes: UInt64 = 0
        var end = -1
        // sixteen bytes a step while both words are printable ASCII: one branch for both words' marks, one sum of
        // both words' word starts; the first word with a control or a byte above 0x7F goes to the eight-byte loop
        while index &+ 16 <= total {
            let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self))
            let odd = (first | ~((first & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060))
                | (second | ~((second & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060))
            if odd & 0x8080_8080_8080_8080 != 0 { break }
            let spaces1 = ~((first ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
            let spaces2 = ~((second ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
            let starts1 = ~spaces1 & (spaces1 &<< 8 | carry)
            let starts2 = ~spaces2 & (spaces2 &<< 8 | spaces1 &>> 56)
            count &+= Int(truncatingIfNeeded: (((starts1 &>> 7) &+ (starts2 &>> 7)) &* 0x0101_0101_0101_0101) &>> 56)
            carry = spaces2 &>> 56
            let marks1 = (first &+ 0x5F5F_5F5F_5F5F_5F5F) & ~(first &+ 0x4040_4040_4040_4040) & 0x8080_8080_8080_8080
            let marks2 = (second &+ 0x5F5F_5F5F_5F5F_5F5F) & ~(second &+ 0x4040_4040_4040_4040) & 0x8080_8080_8080_8080
            if marks1 | marks2 != 0 {
                if marks1 != 0 { noteMarks(rest, index, first, first, marks1, &digits, &commas, &quotes) }
                if marks2 != 0 { noteMarks(rest, index &+ 8, second, second, marks2, &digits, &commas, &quotes) }
            }
            index &+= 16
        }
        while index &+ 8 <= total {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if (word | ~((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060)) & 0x8080_8080_8080_8080 != 0 {
                let breaks = Self.equalMask(word, 0x0A) | Self.equalMask(word, 0x0D)
                if breaks == 0 {
                    count = slowChunk(rest, index, index &+ 8, count, &carry, &skip)
                    index &+= 8
                    continue
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
        guard end >= 0 else { return nil }
        words = count
        if digits != 0 { digit = true }
        if commas != 0 { comma = true }
        if quotes != 0 { quote = true }
        return end
    }
}
