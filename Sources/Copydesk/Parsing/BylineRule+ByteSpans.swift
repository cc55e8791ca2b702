/// The byte spans `BylineRule.peopleASCII` reads ASCII text with: searches, trims, slices and the word tests it makes on
/// a span (offsets into the text's bytes) where the plain rules slice a `Substring`.
extension BylineRule {
    /// `isAgency` for ASCII `bytes`: the folded bytes are one of `agencies`.
    static func isAgencyASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, agencyShapes.mayContain(first: FoldedBytes.fold(first), length: bytes.count) else { return false }
        return Gates.agencyTable.value(foldingBytes: bytes) != nil
    }

    /// True when a word of `bytes`, lowercased, is one of `jobWords`.
    static func holdsJobWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let table = jobTable
        return !ByteSearch.allASCIIWords(bytes) { table.value(foldingBytes: UnsafeBufferPointer(rebasing: bytes[$0])) == nil }
    }

    /// `unglueOutlet` on `text` of `bytes`: cut before the capitals of "xAB".
    static func unglued(_ bytes: UnsafeBufferPointer<UInt8>, _ text: Range<Int>) -> Range<Int> {
        guard text.count >= 3 else { return text }
        for i in text.lowerBound..<(text.upperBound &- 2)
        where bytes[i] &- UInt8(ascii: "a") < 26 && bytes[i &+ 1] &- UInt8(ascii: "A") < 26 && bytes[i &+ 2] &- UInt8(ascii: "A") < 26 {
            return text.lowerBound..<i &+ 1
        }
        return text
    }

    /// The first offset of `pattern` in `range` of `bytes` (`fastRange(of:)`).
    static func find(_ pattern: StaticString, _ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int? {
        let count = pattern.utf8CodeUnitCount, p = pattern.utf8Start
        var index = range.lowerBound
        while index &+ count <= range.upperBound {
            if bytes[index] == p[0] {
                var k = 1
                while k < count, bytes[index &+ k] == p[k] { k &+= 1 }
                if k == count { return index }
            }
            index &+= 1
        }
        return nil
    }

    /// `range` of `bytes` less its ASCII spaces at both ends (`trimmedSpace` on ASCII text).
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, ByteSearch.isASCIISpace(bytes[start]) { start &+= 1 }
        while end > start, ByteSearch.isASCIISpace(bytes[end &- 1]) { end &-= 1 }
        return start..<end
    }

    /// The bytes of `range`.
    @inline(__always)
    static func slice(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[range])
    }

    /// The text of `range`.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
