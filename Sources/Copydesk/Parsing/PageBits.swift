/// The byte classes of sixty-four bytes of a page, one bit a byte (bit `i` for byte `i`): `TextLine.lines(in:)` finds
/// line ends, blanks and a line's facts in them, reading each byte once (`fill`), sixteen at a time.
struct PageBits {
    /// CR or LF.
    var breaks: UInt64 = 0
    /// 0x20.
    var spaces: UInt64 = 0
    /// No 0x20, CR or LF, and the byte before is one (or the page starts there): a word's first byte in a line with no
    /// control and no Unicode space.
    var starts: UInt64 = 0
    /// Below 0x20 (CR, LF, tab and the other controls) or above 0x7F.
    var odd: UInt64 = 0
    /// A straight double quotation mark, a comma, or "." to ":" (".", "/", the digits, ":"): the bytes the flags note.
    var marks: UInt64 = 0

    /// Adds the classes of the sixteen bytes `lanes` at bit `shift` (0, 16, 32 or 48).
    @inline(__always)
    mutating func add(_ lanes: SIMD16<UInt8>, at shift: UInt64) {
        @inline(__always) func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt64 { ByteLanes.bits(mask) &<< shift }
        @inline(__always) func equal(_ byte: UInt8) -> SIMDMask<SIMD16<Int8>> { lanes .== ByteLanes.splat(byte) }
        breaks |= bits(equal(0x0A) .| equal(0x0D))
        spaces |= bits(equal(0x20))
        odd |= bits(SIMD16<Int8>(truncatingIfNeeded: lanes) .< SIMD16<Int8>(repeating: 0x20))  // bytes above 0x7F are negative
        let dotToColon = lanes &- ByteLanes.splat(UInt8(ascii: ".")) .<= ByteLanes.splat(UInt8(ascii: ":") - UInt8(ascii: "."))
        marks |= bits(equal(UInt8(ascii: "\"")) .| equal(UInt8(ascii: ",")) .| dotToColon)
    }

    /// The classes of the sixty-four bytes at `p`; `gaps` holds bit 0 when the byte before is a 0x20, CR or LF (or
    /// there is none), and is given the same of this block's last byte.
    @inline(__always)
    init(_ p: UnsafePointer<UInt8>, gaps: inout UInt64) {
        add(ByteLanes.load(p), at: 0)
        add(ByteLanes.load(p + 16), at: 16)
        add(ByteLanes.load(p + 32), at: 32)
        add(ByteLanes.load(p + 48), at: 48)
        let blank = spaces | breaks
        starts = ~blank & (blank &<< 1 | gaps)
        gaps = blank &>> 63
    }

    /// Fills `blocks` (`bytes.count / 64 + 1` of them) with the classes of `bytes`, read as if LF bytes followed them:
    /// every search for a line end stops by the last block.
    static func fill(_ blocks: UnsafeMutablePointer<PageBits>, _ bytes: UnsafeBufferPointer<UInt8>) {
        let total = bytes.count, whole = total &>> 6
        var gaps: UInt64 = 1
        if let base = bytes.baseAddress {
            for block in 0..<whole { (blocks + block).initialize(to: PageBits(base + block &<< 6, gaps: &gaps)) }
        }
        var padded = SIMD64<UInt8>(repeating: 0x0A)
        withUnsafeMutableBytes(of: &padded) { raw in
            for index in whole &<< 6..<total { raw[index &- whole &<< 6] = bytes[index] }
            (blocks + whole).initialize(to: PageBits(raw.baseAddress!.assumingMemoryBound(to: UInt8.self), gaps: &gaps))
        }
    }

    /// The first offset at or after `index` whose byte is CR or LF (the page's end at the latest).
    @inline(__always)
    static func nextBreak(_ blocks: UnsafePointer<PageBits>, from index: Int) -> Int {
        var block = index &>> 6
        var found = blocks[block].breaks & (~0 &<< UInt64(index & 63))
        while found == 0 { block &+= 1; found = blocks[block].breaks }
        return block &<< 6 | found.trailingZeroBitCount
    }
}
