extension LineSplitter {
    /// The end of a line's text without a photo-sale button pasted onto it right after a closing bracket, as
    /// Gannett pages copy their captions ("… (Photo: Name/Outlet)Buy Photo"): the button is page furniture, and
    /// the caption rules read the line's own bytes, so the line ends at the bracket. Any other line keeps `end`.
    @inline(__always)
    static func endBeforePastedButton(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        mayEndWithPastedButton(bytes, start, end) ? endBeforeBuyPhoto(bytes, start, end) : end
    }

    /// Whether the line `start..<end` may end with a pasted "Buy Photo" (its last byte and length): the gate of
    /// `endBeforePastedButton`, for splitters that cut on a rare path.
    @inline(__always)
    static func mayEndWithPastedButton(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        bytes[end &- 1] == UInt8(ascii: "o") && end &- start > 11
    }

    /// `endBeforePastedButton` past its gate: "Buy Photo" after ")" and optional blanks.
    @inline(never)
    static func endBeforeBuyPhoto(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        let button: StaticString = "Buy Photo"
        let length = button.utf8CodeUnitCount
        var index = end &- length
        for offset in 0..<length where bytes[index &+ offset] != button.utf8Start[offset] { return end }
        while index > start, isASCIIBlank(bytes[index &- 1]) { index &-= 1 }
        return index &- start > 1 && bytes[index &- 1] == UInt8(ascii: ")") ? index : end
    }
}
