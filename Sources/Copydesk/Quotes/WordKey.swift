/// A word's identity as a 64-bit FNV-1a hash of its bytes with ASCII letters lower-cased, so
/// tables of known words are sets of integers and no lower-cased String is ever built.
enum WordKey {
    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The key of `b[start..<end]`.
    static func of(_ b: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        b.withUnsafeBufferPointer { of($0, start, end) }
    }

    /// The key of `b[start..<end]`.
    @inline(__always)
    static func of(_ b: Bytes, _ start: Int, _ end: Int) -> UInt64 {
        var h = offset
        var i = start
        while i < end {
            var c = b[i]
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            h = (h ^ UInt64(c)) &* prime
            i += 1
        }
        return h
    }

    /// The key of a word given as text.
    static func of(_ word: String) -> UInt64 {
        let bytes = Array(word.utf8)
        return of(bytes, 0, bytes.count)
    }

    /// Keys of a list of words.
    static func set(_ words: [String]) -> KeySet { KeySet(keys: words.map(of)) }

    /// Keys of the space-separated words of `text`.
    static func keys(of text: String) -> [UInt64] {
        text.split(whereSeparator: { $0 == " " || $0 == "," }).map { of(String($0)) }
    }
}
