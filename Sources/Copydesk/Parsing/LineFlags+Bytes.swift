/// The flag scan's byte-level readers: a chunk read byte by byte (controls, non-ASCII scalars), and the marks
/// ("." ":" "/" and digits, commas, quotes) of a chunk of printable ASCII.
extension LineFlags {
    /// The byte at `index`: ".", ":" or "/", each of which looks at the bytes around it.
    @inline(__always)
    mutating func notePunctuation(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
        switch bytes[index] {
        case UInt8(ascii: ":"):
            colon = true
            if index > 0, case let letter = bytes[index - 1] | 0x20, letter &- UInt8(ascii: "a") < 26 {
                lettersBeforeColon |= 1 << UInt32(letter &- UInt8(ascii: "a"))
            }
        case UInt8(ascii: "/"):
            slash = true
            // both patterns end in "//": the byte before decides whether to look further
            if index > 0, bytes[index - 1] == UInt8(ascii: "/"),
               LineFlags.endsWith("http://", bytes, at: index) || LineFlags.endsWith("https://", bytes, at: index) { url = true }
        default:  // "."
            if index > 0 {  // "www." and "..." each hold their byte before the last one
                let before = bytes[index - 1]
                if before | 0x20 == UInt8(ascii: "w"), LineFlags.endsWith("www.", bytes, at: index) { url = true }
                if before == UInt8(ascii: "."), LineFlags.endsWith("...", bytes, at: index) { ellipsis = true }
            }
            if index + 1 < bytes.count, bytes[index + 1] == 0x20 {
                dotSpace = true
                if index + 2 < bytes.count, case let capital = bytes[index + 2], capital &- UInt8(ascii: "A") < 26 {
                    capitalsAfterDotSpace |= 1 << UInt32(capital &- UInt8(ascii: "A"))
                }
            }
        }
    }

    /// The bytes `start..<end` one at a time (a chunk holding a control or a non-ASCII byte): `skip` is where the
    /// scalar under way ends (its continuation bytes are read with its first byte).
    mutating func scanBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, inWord: inout Bool, skip: inout Int) {
        var index = max(start, skip)
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C {
                    inWord = false
                    if byte == 0x09 { tab = true }
                } else {
                    if !inWord { inWord = true; words += 1 }
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
                    case UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "."): notePunctuation(bytes, at: index)
                    case UInt8(ascii: ","): comma = true
                    case UInt8(ascii: "\""): quote = true
                    default: break
                    }
                }
                index += 1
                continue
            }
            nonASCII = true
            let (value, length) = ByteSearch.scalar(in: bytes, at: index)
            if value == 0x201C || value == 0x201D { quote = true }  // “ ”
            if value == 0x2026 { ellipsis = true }  // …
            if Unicode.Scalar(value)?.isSpaceLike ?? false { inWord = false } else if !inWord { inWord = true; words += 1 }
            index += length
        }
        skip = index
    }

    /// `scanBytes` on the chunk `start..<end`, with the word count so far and the space carry of the chunk loop.
    @inline(never)
    mutating func slowChunk(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ count: Int,
                                    _ carry: inout UInt64, _ skip: inout Int) -> Int {
        words = count
        var inWord = carry == 0
        scanBytes(bytes, start, end, inWord: &inWord, skip: &skip)
        carry = inWord ? 0 : 0x80
        return words
    }

    /// A full chunk of eight ASCII bytes (`word`): its word starts, counted onto `count`, and its marks.
    @inline(__always)
    mutating func asciiChunk(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ word: UInt64, _ count: Int, _ carry: inout UInt64,
                             _ digits: inout UInt64, _ commas: inout UInt64, _ quotes: inout UInt64) -> Int {
        // every byte is below 0x80: no sum below carries out of its byte
        let spaces = ~((word ^ 0x2020_2020_2020_2020) &+ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
        let starts = ~spaces & (spaces &<< 8 | carry)
        carry = spaces &>> 56
        // "!" to "?": digits and the punctuation the flags look for
        let marks = (word &+ 0x5F5F_5F5F_5F5F_5F5F) & ~(word &+ 0x4040_4040_4040_4040) & 0x8080_8080_8080_8080
        if marks != 0 {
            noteMarks(bytes, index, word, word, marks, &digits, &commas, &quotes)
        }
        return count &+ Int(truncatingIfNeeded: ((starts &>> 7) &* 0x0101_0101_0101_0101) &>> 56)
    }

    /// A line's last, partial chunk: `word` holds its bytes where `valid` has bit 7 set (the rest zero).
    /// Its word starts and marks are read as the chunk loop reads a full chunk, or by `slowChunk` when it
    /// holds a control or non-ASCII byte. Returns the word count so far.
    @inline(__always)
    mutating func partialChunk(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int, _ word: UInt64, _ valid: UInt64,
                               _ count: Int, _ carry: inout UInt64, _ skip: inout Int,
                               _ digits: inout UInt64, _ commas: inout UInt64, _ quotes: inout UInt64) -> Int {
        let seven = word & 0x7F7F_7F7F_7F7F_7F7F
        if (word | ~(seven &+ 0x6060_6060_6060_6060)) & valid != 0 {
            return slowChunk(bytes, index, end, count, &carry, &skip)
        }
        let flipped = word ^ 0x2020_2020_2020_2020
        let spaces = ~((flipped & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F | flipped) & valid
        let starts = ~spaces & (spaces &<< 8 | carry) & valid
        let marks = (seven &+ 0x5F5F_5F5F_5F5F_5F5F) & ~(seven &+ 0x4040_4040_4040_4040) & valid
        if marks != 0 {
            noteMarks(bytes, index, word, seven, marks, &digits, &commas, &quotes)
        }
        return count &+ Int(truncatingIfNeeded: ((starts &>> 7) &* 0x0101_0101_0101_0101) &>> 56)
    }

    /// The digits, commas and quotation marks of a chunk with a byte from "!" to "?" (`marks`), and its ".", ":" and "/".
    @inline(never)
    mutating func noteMarks(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ word: UInt64, _ seven: UInt64, _ marks: UInt64,
                                    _ digits: inout UInt64, _ commas: inout UInt64, _ quotes: inout UInt64) {
        digits |= Self.atLeast(seven, 0x30) & ~Self.atLeast(seven, 0x3A) & marks
        commas |= Self.equalMask(word, UInt8(ascii: ",")) & marks
        quotes |= Self.equalMask(word, UInt8(ascii: "\"")) & marks
        var looks = (Self.equalMask(word, UInt8(ascii: ".")) | Self.equalMask(word, UInt8(ascii: ":"))
            | Self.equalMask(word, UInt8(ascii: "/"))) & marks
        while looks != 0 {
            notePunctuation(bytes, at: index &+ looks.trailingZeroBitCount &>> 3)
            looks &= looks &- 1
        }
    }
}
