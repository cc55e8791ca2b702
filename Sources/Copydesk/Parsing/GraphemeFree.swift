/// Scalars that are always a Character of their own, whatever stands around them (when the next scalar is one
/// of them too): Grapheme_Cluster_Break "Other" or LF, never extended by what follows them.
enum GraphemeFree {
    /// The byte length of the scalar at `index` of valid UTF-8 `bytes` when it is one of: ASCII other than CR
    /// (CR pairs with LF); U+00A0–U+017F but the soft hyphen (a format control); U+2010–U+2027 and U+2030–U+205E
    /// (dashes, quotes, the ellipsis, primes). `nil` for any other scalar.
    @inline(__always)
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x0D ? nil : 1 }
        let left = bytes.count - index
        switch byte {
        case 0xC2:  // U+0080–U+00BF: U+00A0 and up, but U+00AD
            guard left >= 2, case let next = bytes[index + 1], next >= 0xA0, next != 0xAD else { return nil }
            return 2
        case 0xC3, 0xC4, 0xC5:  // U+00C0–U+017F
            return left >= 2 ? 2 : nil
        case 0xE2:
            guard left >= 3 else { return nil }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80, third >= 0x90 && third <= 0xA7 || third >= 0xB0 { return 3 }  // U+2010–U+2027, U+2030–U+203F
            if second == 0x81, third <= 0x9E { return 3 }  // U+2040–U+205E
            return nil
        default:
            return nil
        }
    }
}
