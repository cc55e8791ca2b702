/// Addresses printed after a byline's names.
extension BylineRule {
    /// The length of `bytes` without a closing bracketed e-mail address ("KIM JU-YEON, SEO JI-EUN [seo@joongang.co.kr]",
    /// "Name (name@heraldcorp.com)") or outlet initials ("Name (OPB)"): the names end before it. `bytes.count` when there is none.
    static func endBeforeBracketedAddress(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let last = bytes.last, last == UInt8(ascii: "]") || last == UInt8(ascii: ")") else { return bytes.count }
        let open = last == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "(")
        var index = bytes.count - 1
        var at = false, capitals = true
        while index > 0 {
            index -= 1
            if bytes[index] == UInt8(ascii: "@") { at = true }
            // (or an outlet's initials: "By Tessa Lindqvist (OPB)")
            if bytes[index] == open { return index > 0 && (at || capitals && (3...7).contains(bytes.count - index) && bytes[index - 1] == 0x20) ? index : bytes.count }
            if bytes[index] &- UInt8(ascii: "A") >= 26 { capitals = false }
            if bytes[index] == 0x20 { return bytes.count }  // an address holds no space
        }
        return bytes.count
    }
}
