/// The byte facts `TextLine` keeps, read in one pass over contiguous UTF-8: the word count and the
/// cheap gates rules test before any costly search.
struct LineFlags {
    /// Number of words separated by `Unicode.Scalar.isSpaceLike` scalars (as `StringProtocol.wordCount`).
    var words = 0
    /// An ASCII digit, a colon, a slash, a comma, a tab; a straight or curly double quotation mark.
    var digit = false, colon = false, slash = false, comma = false, tab = false, quote = false
    /// ". " occurs (every caption lead such as ". Photo by " holds it).
    var dotSpace = false
    /// "http://", "https://" or "www." occurs, ASCII case ignored.
    var url = false
    /// Bit `letter - a` for each ASCII letter (case folded) right before a colon: what a label ("photo:") may end with.
    var lettersBeforeColon: UInt32 = 0
    /// Bit `capital - A` for each ASCII capital right after ". ": how a trailing credit lead (". Photo by ") may open.
    var capitalsAfterDotSpace: UInt32 = 0
    /// "..." or "…" occurs.
    var ellipsis = false
    /// A byte above 0x7F occurs (the line is not all ASCII).
    var nonASCII = false

    /// No flags yet: what `read(_:_:at:)` fills.
    init() {}

    /// Scans `text` once.
    init(_ text: Substring) {
        text.withUTF8Bytes { scan($0, readable: $0.count) }
    }

    /// Scans the UTF-8 `bytes` of a line once; `readable` bytes from its start may be loaded (at least
    /// `bytes.count`: more lets the last chunk be read in place, its extra bytes masked off).
    init(bytes: UnsafeBufferPointer<UInt8>, readable: Int) {
        scan(bytes, readable: readable)
    }

    /// Eight bytes at a time: a chunk of printable ASCII counts its words and gathers its marks with word
    /// operations (the few ".", ":" and "/" are looked at one by one); a chunk with a control or a byte above
    /// 0x7F is read byte by byte (`scanBytes`). Whole chunks take a path with no mask of valid bytes; the last
    /// partial chunk is loaded in place when `readable` (bytes readable from the start, at least the count)
    /// allows eight, else gathered (`tail`).
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) {
        let total = bytes.count
        guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return }
        var carry: UInt64 = 0x80  // 0x80 while the byte before the chunk is a space (or the line starts there)
        var skip = 0
        var index = 0
        var count = 0
        var digits: UInt64 = 0, commas: UInt64 = 0, quotes: UInt64 = 0
        while index &+ 8 <= total {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // bytes above 0x7F and controls go byte by byte
            if (word | ~((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060)) & 0x8080_8080_8080_8080 != 0 {
                count = slowChunk(bytes, index, index &+ 8, count, &carry, &skip)
                index &+= 8
                continue
            }
            count = asciiChunk(bytes, index, word, count, &carry, &digits, &commas, &quotes)
            index &+= 8
        }
        if index < total {
            let left = total &- index
            let word: UInt64, valid = 0x8080_8080_8080_8080 &>> UInt64(8 &* (8 &- left))
            if index &+ 8 <= readable {  // the bytes after the line are read and masked off
                word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & (valid &>> 7 &* 0xFF)
            } else {
                word = Self.tail(bytes, raw, index).0
            }
            count = partialChunk(bytes, index, total, word, valid, count, &carry, &skip, &digits, &commas, &quotes)
        }
        words = count
        if digits != 0 { digit = true }
        if commas != 0 { comma = true }
        if quotes != 0 { quote = true }
    }
}
