/// The byte facts `TextLine` keeps, read in one pass over contiguous UTF-8: the word count and the
/// cheap gates rules test before any costly search.
struct LineFlags {
    /// Number of words separated by `Unicode.Scalar.isSpaceLike` scalars (as `StringProtocol.wordCount`).
    private(set) var words = 0
    /// An ASCII digit, a colon, a slash, a comma, a tab; a straight or curly double quotation mark.
    private(set) var digit = false, colon = false, slash = false, comma = false, tab = false, quote = false
    /// ". " occurs (every caption lead such as ". Photo by " holds it).
    private(set) var dotSpace = false
    /// "http://", "https://" or "www." occurs, ASCII case ignored.
    private(set) var url = false
    /// Bit `letter - a` for each ASCII letter (case folded) right before a colon: what a label ("photo:") may end with.
    private(set) var lettersBeforeColon: UInt32 = 0
    /// Bit `capital - A` for each ASCII capital right after ". ": how a trailing credit lead (". Photo by ") may open.
    private(set) var capitalsAfterDotSpace: UInt32 = 0
    /// "..." or "…" occurs.
    private(set) var ellipsis = false

    /// Scans `text` once.
    init(_ text: Substring) {
        text.withUTF8Bytes { scan($0) }
    }

    /// Scans the UTF-8 `bytes` of a line once.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        scan(bytes)
    }

    /// The byte at `index`: ".", ":" or "/", each of which looks at the bytes around it.
    @inline(__always)
    private mutating func notePunctuation(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
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
    private mutating func scanBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, inWord: inout Bool, skip: inout Int) {
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
            let (value, length) = ByteSearch.scalar(in: bytes, at: index)
            if value == 0x201C || value == 0x201D { quote = true }  // “ ”
            if value == 0x2026 { ellipsis = true }  // …
            if Unicode.Scalar(value)?.isSpaceLike ?? false { inWord = false } else if !inWord { inWord = true; words += 1 }
            index += length
        }
        skip = index
    }

    /// Eight bytes at a time: a chunk of printable ASCII counts its words and gathers its marks with word
    /// operations (the few ".", ":" and "/" are looked at one by one); a chunk with a control or a byte above
    /// 0x7F is read byte by byte (`scanBytes`).
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        let total = bytes.count
        guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return }
        var inWord = false
        var skip = 0
        var index = 0
        var count = 0
        var digits: UInt64 = 0, commas: UInt64 = 0, quotes: UInt64 = 0
        while index < total {
            let left = total &- index
            let word: UInt64, valid: UInt64
            if left >= 8 {
                word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                valid = 0x8080_8080_8080_8080
            } else {
                (word, valid) = Self.tail(bytes, raw, index)
            }
            let seven = word & 0x7F7F_7F7F_7F7F_7F7F
            // bytes above 0x7F and controls go byte by byte
            if (word | ~(seven &+ 0x6060_6060_6060_6060)) & valid != 0 {
                words = count
                scanBytes(bytes, index, index &+ min(left, 8), inWord: &inWord, skip: &skip)
                count = words
                index &+= 8
                continue
            }
            let flipped = word ^ 0x2020_2020_2020_2020
            let spaces = ~((flipped & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F | flipped) & valid
            let starts = ~spaces & (spaces &<< 8 | (inWord ? 0 : 0x80)) & valid
            count &+= Int(truncatingIfNeeded: ((starts &>> 7) &* 0x0101_0101_0101_0101) &>> 56)
            inWord = spaces & (valid ^ (valid &>> 8)) == 0  // the last byte is not a space
            // "!" to "?": digits and the punctuation the flags look for
            let marks = (seven &+ 0x5F5F_5F5F_5F5F_5F5F) & ~(seven &+ 0x4040_4040_4040_4040) & valid
            if marks != 0 {
                noteMarks(bytes, index, word, seven, marks, &digits, &commas, &quotes)
            }
            index &+= 8
        }
        words = count
        if digits != 0 { digit = true }
        if commas != 0 { comma = true }
        if quotes != 0 { quote = true }
    }

    /// The digits, commas and quotation marks of a chunk with a byte from "!" to "?" (`marks`), and its ".", ":" and "/".
    @inline(never)
    private mutating func noteMarks(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ word: UInt64, _ seven: UInt64, _ marks: UInt64,
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
