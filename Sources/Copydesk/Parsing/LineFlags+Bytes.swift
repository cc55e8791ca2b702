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
