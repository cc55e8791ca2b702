/// Byte tests that let the bracketed and named-source credit paths skip text they cannot read as a credit,
/// before any lowered copy, word list or set lookup is built.
extension CaptionRule {
    /// `labels` as a table of openings (capitals folded), in their order.
    static let labelOpenings = PrefixTable(labels)

    /// `namedSources` as bytes, each with its last byte first compared.
    private static let namedSourceBytes: [[UInt8]] = namedSources.map { Array($0.utf8) }

    /// Per named source: its last three bytes packed (every source has three or more).
    private static let namedSourceTails: [UInt32] = namedSourceBytes.map { source in
        precondition(source.count >= 3, "a named source has three bytes or more")
        return source.withUnsafeBufferPointer(tailKey)
    }

    /// The last three of `bytes` (three or more) packed.
    @inline(__always)
    private static func tailKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let count = bytes.count
        return UInt32(bytes[count - 3]) | UInt32(bytes[count - 2]) << 8 | UInt32(bytes[count - 1]) << 16
    }

    /// True when `bytes` end with the bytes of one of `namedSources` (what `fastHasSuffix` tests): only sources whose
    /// last three bytes are the text's are compared in full.
    static func endsWithNamedSource(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last, namedSourceEnds.contains(last), bytes.count >= 3 else { return false }
        let key = tailKey(bytes)
        for (index, tail) in namedSourceTails.enumerated() where tail == key {
            let source = namedSourceBytes[index]
            guard source.count <= bytes.count else { continue }
            let start = bytes.count - source.count
            if source.withUnsafeBufferPointer({ ByteSearch.equal(bytes.baseAddress! + start, $0, count: $0.count) }) { return true }
        }
        return false
    }

    /// False only when `parenthesisedCredit` returns `nil` for the bracket content `inside`: an ASCII content
    /// (lowered by folding A–Z) needs a label opening, "via ", a "photo" opening, a "/", a single word (a lone
    /// agency) or a named source at its end. Other content is always read in full.
    static func bracketMayHoldCredit(_ inside: Substring) -> Bool {
        inside.withUTF8Bytes { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return true }
            return labelOpenings.firstMatch(foldingBytes: bytes) != nil || bytes.contains(UInt8(ascii: "/"))
                || inside.containsFolded("via ") || inside.hasFoldedPrefix("photo") || ByteSearch.wordCount(bytes) <= 1
                || endsWithNamedSource(bytes)
        }
    }
}
