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

    /// Per byte of `word`, 0x80 where the byte equals the ASCII `byte`, else 0 (exact: no carry crosses bytes).
    @inline(__always)
    private static func equalMask(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let flipped = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return ~((flipped & low) &+ low | flipped) & ~low
    }

    /// Eight bytes read as one word (past the line's end, 0x80 bytes): the leading bytes up to the first one this
    /// cannot take — a byte above 0x7F, a control, ".", "/" or ":" — count their words (a non-space after a space,
    /// or after a space or line start before the chunk when `inWord` is false) and set the digit, comma and quote
    /// flags, exactly as the byte walk does. Returns how many bytes were taken (0...8).
    @inline(__always)
    private mutating func takeChunk(_ word: UInt64, inWord: inout Bool) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        // per ASCII byte b (seven low bits; no carry leaves a byte): bit 7 of b + (0x80 - n) is set when b >= n
        let seven = word & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastSpace = seven &+ ones &* 0x60, atLeastDot = seven &+ ones &* 0x52, atLeastZero = seven &+ ones &* 0x50
        let atLeastColon = seven &+ ones &* 0x46, aboveColon = seven &+ ones &* 0x45
        // bytes above 0x7F, controls, "." and "/" (0x2E, 0x2F), ":" (0x3A): exact for every byte before the first one
        let bad = (word | ~atLeastSpace | atLeastDot & ~atLeastZero | atLeastColon & ~aboveColon) & high
        let keep = (bad & (0 &- bad)) &- 1  // the bits below the first bad byte's top bit (all bits when none)
        let taken = bad == 0 ? 8 : bad.trailingZeroBitCount &>> 3
        guard taken > 0 else { return 0 }
        let spaces = Self.equalMask(word, 0x20)
        let spaceBefore = spaces &<< 8 | (inWord ? 0 : 0x80)  // byte i's flag moved onto byte i + 1
        let starts = ~spaces & spaceBefore & high & keep
        words &+= Int(truncatingIfNeeded: ((starts &>> 7) &* ones) &>> 56)  // one per byte: the byte sum, no popcount
        inWord = (spaces &>> UInt64(8 &* taken &- 1)) & 1 == 0
        if atLeastZero & ~atLeastColon & high & keep != 0 { digit = true }
        if Self.equalMask(word, UInt8(ascii: ",")) & keep != 0 { comma = true }
        if Self.equalMask(word, UInt8(ascii: "\"")) & keep != 0 { quote = true }
        return taken
    }

    /// Records the ASCII capital, if any, after the space at `index`.
    @inline(__always)
    private mutating func noteCapital(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) {
        guard index + 1 < bytes.count, case let capital = bytes[index + 1], capital &- UInt8(ascii: "A") < 26 else { return }
        capitalsAfterDotSpace |= 1 << UInt32(capital &- UInt8(ascii: "A"))
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var inWord = false
        var index = 0
        let total = bytes.count
        guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return }
        while index < total {
            // ASCII prose eight bytes at a time; the bytes a chunk cannot take are read one by one below
            let left = total &- index
            let word: UInt64
            if left >= 8 {
                word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            } else if total >= 8 {  // the last bytes, read with the bytes before them, which are shifted out
                let shift = UInt64(8 &* (8 &- left))
                word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: total &- 8, as: UInt64.self)) &>> shift
                    | 0x8080_8080_8080_8080 &<< (64 &- shift)
            } else {
                var packed: UInt64 = 0x8080_8080_8080_8080
                for offset in 0..<left {
                    packed = packed & ~(0xFF &<< UInt64(8 &* offset)) | UInt64(bytes[index &+ offset]) &<< UInt64(8 &* offset)
                }
                word = packed
            }
            let taken = takeChunk(word, inWord: &inWord)
            index &+= taken
            if taken == 8 || index >= total { continue }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C {
                    inWord = false
                    if byte == 0x09 { tab = true }
                } else {
                    if !inWord { inWord = true; words += 1 }
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
                    case UInt8(ascii: ":"):
                        colon = true
                        if index > 0, case let letter = bytes[index - 1] | 0x20, letter &- UInt8(ascii: "a") < 26 {
                            lettersBeforeColon |= 1 << UInt32(letter &- UInt8(ascii: "a"))
                        }
                    case UInt8(ascii: "/"):
                        slash = true
                        // both patterns end in "//": the byte before decides whether to look further
                        if index > 0, bytes[index - 1] == UInt8(ascii: "/"),
                           Self.endsWith("http://", bytes, at: index) || Self.endsWith("https://", bytes, at: index) { url = true }
                    case UInt8(ascii: "."):
                        if index > 0 {  // "www." and "..." each hold their byte before the last one
                            let before = bytes[index - 1]
                            if before | 0x20 == UInt8(ascii: "w"), Self.endsWith("www.", bytes, at: index) { url = true }
                            if before == UInt8(ascii: "."), Self.endsWith("...", bytes, at: index) { ellipsis = true }
                        }
                        if index + 1 < total, bytes[index + 1] == 0x20 { dotSpace = true; noteCapital(bytes, after: index + 1) }
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
    }
}
