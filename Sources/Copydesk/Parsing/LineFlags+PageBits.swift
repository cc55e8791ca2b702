/// The flag scan of a line read from its page's byte classes (`PageBits`): word starts counted with bit operations on
/// the line's bits, the bytes themselves read only where a mark (digits among them) or a non-ASCII byte stands.
extension LineFlags {
    /// Fills the flags of `line`, the bytes at `start` of the page whose bits are `blocks`, as `init(bytes:readable:)`
    /// fills them (`line` is trimmed: its first and last bytes are no blank). Not inlined: in the line loop its
    /// flags were kept field by field in spilled registers (2.6 K more a page).
    @inline(never)
    mutating func read(_ blocks: UnsafePointer<PageBits>, _ line: UnsafeBufferPointer<UInt8>, at start: Int) {
        let end = start &+ line.count
        var block = start &>> 6
        let last = (end &- 1) &>> 6
        var mask: UInt64 = ~0 &<< UInt64(start & 63)
        var count = 0
        while true {
            if block == last { mask &= ~0 &>> UInt64(63 &- (end &- 1) & 63) }
            let offset = block &<< 6 &- start
            var odd = blocks[block].odd & mask
            while odd != 0 {  // controls and non-ASCII bytes: a blank among them parts words the bits counted as one
                let bit = odd.trailingZeroBitCount, index = offset &+ bit
                let length = noteOdd(line, at: index)
                if length != 0 {
                    if blocks[block].starts &>> UInt64(bit) & 1 != 0 { count &-= 1 }  // the blank opened no word
                    let next = index &+ length
                    if next < line.count, line[next] != 0x20, !Self.isBlank(line, at: next) { count &+= 1 }  // the byte after it does
                }
                odd &= odd &- 1
            }
            count &+= (blocks[block].starts & mask).nonzeroBitCount
            var marks = blocks[block].marks & mask
            while marks != 0 {
                noteMark(line, at: offset &+ marks.trailingZeroBitCount)
                marks &= marks &- 1
            }
            if block == last { break }
            block &+= 1
            mask = ~0
        }
        // the first byte opens a word, which the bits count only after a 0x20, CR or LF (not after a trimmed tab or
        // Unicode space)
        words = blocks[start &>> 6].starts &>> UInt64(start & 63) & 1 != 0 ? count : count &+ 1
    }

    /// The control or non-ASCII byte at `index` of `line`, noted as `scanBytes` notes it: the length of the blank it opens
    /// (a tab, VT, FF or a Unicode space), else 0.
    @inline(__always)
    mutating func noteOdd(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = line[index]
        if byte < 0x80 {
            if byte == 0x09 { tab = true }
            return byte == 0x09 || byte == 0x0B || byte == 0x0C ? 1 : 0
        }
        nonASCII = true
        guard byte >= 0xC0, !plainScalar(line, at: index) else { return 0 }
        return ByteSearch.scalar(in: line, at: index).1
    }

    /// True when the scalar at `index` of `line` is a tab, VT, FF or a non-ASCII `Unicode.Scalar.isSpaceLike` one.
    static func isBlank(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = line[index]
        if byte < 0x80 { return byte == 0x09 || byte == 0x0B || byte == 0x0C }
        return byte >= 0xC0 && Unicode.Scalar(ByteSearch.scalar(in: line, at: index).value)?.isSpaceLike ?? false
    }

    /// The byte at `index`: a straight double quotation mark, a comma, or "." to ":" (a digit, or a mark
    /// `notePunctuation` looks around).
    @inline(__always)
    mutating func noteMark(_ line: UnsafeBufferPointer<UInt8>, at index: Int) {
        switch line[index] {
        case UInt8(ascii: "\""): quote = true
        case UInt8(ascii: ","): comma = true
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
        default: notePunctuation(line, at: index)
        }
    }
}
