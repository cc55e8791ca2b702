/// Sixteen-byte steps of the line-end scan over non-ASCII scalars that are no Unicode space: their lanes are read like
/// printable ASCII (a byte above 0x7F is no space, no digit and no mark), so a curly quote, a dash or an accented
/// letter does not send the scan to eight-byte steps read byte by byte (`scanBytes`).
extension LineFlags {
    /// The sixteen bytes at `index` of `rest` (`signed`, bytes above 0x7F negative), of which one is above 0x7F, up to
    /// their first byte below 0x20: that byte's lane (16 when there is none), or -1 when a scalar opening before it is
    /// `Unicode.Scalar.isSpaceLike` (its bytes after the sixteen are read too), or when the first byte continues a
    /// scalar the byte-by-byte scan read (it ends at `skip`). Unless -1, `nonASCII` is set, and the quote and ellipsis
    /// flags of the “ ” and … scalars before the lane given, as `scanBytes` sets them.
    @inline(__always)
    mutating func plainScalars(_ rest: UnsafeBufferPointer<UInt8>, _ index: Int, _ signed: SIMD16<Int8>, skip: Int) -> Int {
        if skip > index, rest[index] & 0xC0 == 0x80 { return -1 }
        let controls = unsafeBitCast((signed .>= SIMD16<Int8>(repeating: 0)) .& (signed .< SIMD16<Int8>(repeating: 0x20)),
                                     to: (UInt64, UInt64).self)
        let stop = controls.0 != 0 ? controls.0.trailingZeroBitCount &>> 3
            : controls.1 != 0 ? 8 &+ controls.1.trailingZeroBitCount &>> 3 : 16
        // the first bytes of scalars (0xC0 and above: -64 to -1 as signed bytes) in the lanes before `stop`
        let leads = unsafeBitCast((signed .>= SIMD16<Int8>(repeating: -64)) .& (signed .< SIMD16<Int8>(repeating: 0)),
                                  to: (UInt64, UInt64).self)
        let below: (UInt64, UInt64) = stop >= 8 ? (~0, stop == 16 ? ~0 : (1 &<< UInt64(8 &* (stop &- 8))) &- 1)
            : ((1 &<< UInt64(8 &* stop)) &- 1, 0)
        var low = leads.0 & below.0 & 0x8080_8080_8080_8080, high = leads.1 & below.1 & 0x8080_8080_8080_8080
        while low != 0 {
            guard plainScalar(rest, at: index &+ low.trailingZeroBitCount &>> 3) else { return -1 }
            low &= low &- 1
        }
        while high != 0 {
            guard plainScalar(rest, at: index &+ 8 &+ high.trailingZeroBitCount &>> 3) else { return -1 }
            high &= high &- 1
        }
        nonASCII = true
        return stop
    }

    /// False when the scalar opening at `index` is `Unicode.Scalar.isSpaceLike`; else true, with “ ” noted as a
    /// quotation mark and … as an ellipsis. Only the first bytes C2, E1, E2, E3 and EF open a Unicode space, a curly
    /// double quotation mark or an ellipsis: others are not decoded, nor are U+2010 to U+201F (dashes and quotes).
    @inline(__always)
    mutating func plainScalar(_ rest: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = rest[index]
        guard lead == 0xC2 || lead &- 0xE1 < 3 || lead == 0xEF else { return true }
        if lead == 0xE2, rest[index &+ 1] == 0x80, case let last = rest[index &+ 2], last &- 0x90 < 16 {
            if last == 0x9C || last == 0x9D { quote = true }  // “ ”
            return true
        }
        let value = ByteSearch.scalar(in: rest, at: index).value
        if Unicode.Scalar(value)?.isSpaceLike ?? false { return false }
        if value == 0x201C || value == 0x201D { quote = true }  // “ ”
        if value == 0x2026 { ellipsis = true }  // …
        return true
    }
}
