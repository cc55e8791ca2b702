/// The prefixes and tables the classifier reads on every line.
extension LineClassifier {
    /// Line openings of related-story links ("Read more: …").
    static let relatedPrefixes = ["related:", "read more:", "see more:", "more:", "also read:", "read also:",
                                          "recommended:", "see also:", "don't miss:", "don’t miss:", "more on this:", "related coverage:", "read:"]

    /// The tables `classify(inPlace:tables:)` reads on every line, built once and fetched once per page.
    final class Tables: Sendable {
        /// `KnownPhrases.tables`.
        let phrases = KnownPhrases.tables
        /// `relatedPrefixes` by their opening bytes.
        let related = PrefixTable(relatedPrefixes)
        /// Shapes of `BylineRule.agencies`.
        let agencyShapes = KeyShapes(BylineRule.agencies)
        /// `DateText.wordTable`, for the date rule's gate.
        let dateWords = DateText.wordTable
    }

    /// The one `Tables`.
    static let tables = Tables()

    /// True for an ASCII letter of either case.
    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
}
