/// Byte tests that let the bracketed and named-source credit paths skip text they cannot read as a credit,
/// before any lowered copy, word list or set lookup is built.
extension CaptionRule {
    /// `labels` as a table of openings (capitals folded), in their order.
    private static let labelOpenings = PrefixTable(labels)

    /// `namedSources` as bytes, each with its last byte first compared.
    private static let namedSourceBytes: [[UInt8]] = namedSources.map { Array($0.utf8) }

    /// True when `bytes` end with the bytes of one of `namedSources` (what `fastHasSuffix` tests).
    static func endsWithNamedSource(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last, namedSourceEnds.contains(last) else { return false }
        for source in namedSourceBytes where source.count <= bytes.count && source.last == last {
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
