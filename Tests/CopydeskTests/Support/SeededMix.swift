/// A deterministic random generator (SplitMix64) for the old-vs-new tests, so a failure can be replayed.
struct SeededMix {
    var state: UInt64

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    /// `next(limit)` pieces picked at random, each followed by `separator`, joined.
    mutating func text(_ pieces: [String], upTo limit: Int, separator: String = "") -> String {
        var text = ""
        for _ in 0..<next(limit) { text += pieces[next(pieces.count)] + separator }
        return text
    }
}

/// The plain definitions the quotes stage's shortcuts are tested against.
enum QuoteOracles {
    /// The byte-by-byte rule `QuoteFinder.mayHoldQuote` stands for: a straight quote, « or a
    /// U+2018–U+201F mark anywhere in the text.
    static func mayHoldQuote(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x22 || (previous == 0xC2 && byte == 0xAB) || (previous == 0x80 && byte >= 0x98 && byte <= 0x9F) { return true }
            previous = byte
        }
        return false
    }
}
