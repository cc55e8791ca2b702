/// Non-ASCII scalars in a line read from its page bits (`read(_:_:at:)`): most are no Unicode space, no quotation
/// mark and no ellipsis, and are told so from their first bytes without being decoded.
extension LineFlags {
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
