/// The decoder's one-pass fast path: UTF-8 that needs no cleaning.
///
/// `ByteScan` (counting what the cleaner changes) and `UTF8Text.check` (well-formedness) each walk
/// every byte; text that is well-formed UTF-8 with no C0 control other than TAB/LF/CR and no
/// U+FFFE/U+FFFF (nearly every article) is recognised by one walk that tests sixty-four, then
/// sixteen bytes per step for "below 0x20 (other than TAB, LF, CR) or above 0x7F" (one signed
/// compare) and checks each multi-byte sequence it stops at. Anything else returns nil and takes the full path.
extension UTF8Text {
    /// The string of `bytes` when they are well-formed UTF-8 that the cleaner leaves unchanged, else nil.
    static func cleanString(_ bytes: ArraySlice<UInt8>) -> String? {
        if #available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *) {
            guard let ascii = bytes.withUnsafeBufferPointer({ checkClean($0) }) else { return nil }
            return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: ascii))
        }
        return nil
    }

    /// nil when `bytes` are not well-formed UTF-8, hold a C0 control other than TAB/LF/CR, or
    /// hold U+FFFE/U+FFFF; else whether they are all ASCII. The vector tests pass only LF up to the first CR (a TAB or
    /// CR is read by the byte path), and LF, CR and TAB after it: text with LF line ends tests one compare less.
    static func checkClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let p = bytes.baseAddress else { return true }
        var ascii = true
        var i = walk(p, bytes.count, from: 0, ascii: &ascii, passingCR: false)
        if i >= 0, i < bytes.count { i = walk(p, bytes.count, from: i, ascii: &ascii, passingCR: true) }
        return i < 0 ? nil : ascii
    }

    /// `checkClean`'s walk from `start`: the end of `n` bytes when they are clean from there, -1 when not, or (unless
    /// `passingCR`, when the vector tests stop at CR) the offset after the first CR.
    @inline(__always)
    private static func walk(_ p: UnsafePointer<UInt8>, _ n: Int, from start: Int, ascii: inout Bool, passingCR: Bool) -> Int {
        var i = start
        var wide = 0  // no sixty-four-byte test before this offset: the last one found a byte to look at in its first sixteen
        while i < n {
            // Sixty-four bytes per step (one test of four blocks' lanes or-ed) while none needs a look, else
            // straight to the first that does.
            if n &- i >= 64, i >= wide {
                let q = p + i
                let a = laneLook(ByteLanes.load(q), passingCR), b = laneLook(ByteLanes.load(q + 16), passingCR)
                let c = laneLook(ByteLanes.load(q + 32), passingCR), d = laneLook(ByteLanes.load(q + 48), passingCR)
                if !ByteLanes.any((a .| b) .| (c .| d)) { i &+= 64; continue }
                let (skip, mask) = ByteLanes.any(a) ? (0, a) : ByteLanes.any(b) ? (16, b) : ByteLanes.any(c) ? (32, c) : (48, d)
                // a byte to look at in the first sixteen: they stand close together, so the rest of the block goes sixteen
                // at a time; one found further on (a lone curly quote or accent) is followed by a sixty-four-byte test again
                if skip == 0 { wide = i &+ 64 }
                let look = unsafeBitCast(mask, to: (UInt64, UInt64).self)
                i &+= skip &+ (look.0 != 0 ? (look.0.trailingZeroBitCount >> 3) : 8 &+ (look.1.trailingZeroBitCount >> 3))
            } else if n &- i >= 16 {
                let look = unsafeBitCast(laneLook(ByteLanes.load(p + i), passingCR), to: (UInt64, UInt64).self)
                if look.0 | look.1 == 0 { i &+= 16; continue }
                i &+= look.0 != 0 ? (look.0.trailingZeroBitCount >> 3) : 8 &+ (look.1.trailingZeroBitCount >> 3)
            }
            let lead = p[i]
            if lead < 0x80 {
                guard lead >= 0x20 || lead == 0x0A || lead == 0x09 || lead == 0x0D else { return -1 }
                i += 1
                if lead == 0x0D, !passingCR { return i }
                continue
            }
            ascii = false
            guard let length = sequenceLength(p, at: i, count: n, refusingNoncharacters: true) else { return -1 }
            i += length
        }
        return n
    }

    /// The lanes of `v` the walk must stop at: a byte above 0x7F or below 0x20 (one signed compare:
    /// bytes above 0x7F are negative), other than TAB, LF and CR (other than LF unless `passingCR`).
    @inline(__always)
    static func laneLook(_ v: SIMD16<UInt8>, _ passingCR: Bool = true) -> SIMDMask<SIMD16<Int8>> {
        let outside = SIMD16<Int8>(truncatingIfNeeded: v) .< SIMD16<Int8>(repeating: 0x20)
        if !passingCR { return outside .& .!(v .== ByteLanes.splat(0x0A)) }  // TAB and CR to the byte path
        // v | 4 is 0x0D exactly for TAB (0x09) and CR (0x0D).
        let pass = (v .== ByteLanes.splat(0x0A)) .| ((v | ByteLanes.splat(0x04)) .== ByteLanes.splat(0x0D))
        return outside .& .!pass
    }
}
