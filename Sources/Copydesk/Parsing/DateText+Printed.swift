extension DateText {
    /// `printed` without closing ",", "/" or "|" marks; `lastByte` is its last byte (an ASCII last byte is the last
    /// scalar, a non-ASCII one is none of the three).
    static func trimmedEnd(_ printed: Substring, lastByte: UInt8) -> Substring {
        var printed = printed
        while lastByte == UInt8(ascii: ",") || lastByte == UInt8(ascii: "/") || lastByte == UInt8(ascii: "|"),
              let lastScalar = printed.unicodeScalars.last, lastScalar == "," || lastScalar == "/" || lastScalar == "|" {
            printed = printed.dropLast().trimmedSpace
        }
        return printed
    }
}
