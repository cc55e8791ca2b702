/// A paragraph signed off by its agency or paper in capitals after its last full stop ("… as the El Niño phenomenon
/// weakens. INQ", "… on Tuesday. —AFP"): running text, though it does not end like a sentence.
extension TextLine {
    /// True for a line of at least eight words that does not end like a sentence and whose last word is two to five
    /// ASCII capitals after ". " or ". —" (the line read from `page`); gated on its last byte, a capital.
    @inline(__always)
    func isSignedOffParagraph(in page: LinePage) -> Bool {
        lastByte &- UInt8(ascii: "A") < 26 && words >= 8 && !endsLikeSentence && TextLine.endsWithSignOff(page.bytes(self))
    }

    /// True when `bytes` end with ". ", ".—" or ". —" (or "!", "?", a closing quote for the full stop) and two to five
    /// ASCII capitals.
    static func endsWithSignOff(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = bytes.count
        while index > 0, bytes[index &- 1] &- UInt8(ascii: "A") < 26 { index &-= 1 }
        let letters = bytes.count &- index
        guard letters >= 2, letters <= 5 else { return false }
        // a dash glued to the sign-off ("—AFP"), then the space after the sentence
        if index >= 3, bytes[index &- 3] == 0xE2, bytes[index &- 2] == 0x80, bytes[index &- 1] == 0x94 { index &-= 3 }
        if index >= 1, bytes[index &- 1] == 0x20 { index &-= 1 } else if letters == bytes.count &- index { return false }
        guard index >= 1 else { return false }
        switch bytes[index &- 1] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""): return true
        case 0x9D: return index >= 3 && bytes[index &- 3] == 0xE2 && bytes[index &- 2] == 0x80  // ”
        default: return false
        }
    }
}
