/// The tables `KnownPhrases.reason(for:)` reads, built once from `exactLines`, `prefixes` and `fragments`.
extension KnownPhrases {
    /// Every table `reason(for:)` reads, built once and fetched with one lazy-global check per line.
    static let tables = Tables()

    /// The lookup tables built from `exactLines`, `prefixes` and `fragments`.
    final class Tables: Sendable {
        /// `prefixes` by their first eight bytes: the earliest-listed one a line starts with, in a few word compares.
        let prefixTable = PrefixTable(prefixes.map { $0.0 })
        /// The reasons of `prefixes`, by index.
        let prefixReasons = prefixes.map { $0.1 }
        /// `exactLines` looked up by a line's folded bytes (its keys have no ";", "`" or character another byte
        /// sequence is canonically equivalent to, so byte equality is `String` equality).
        let exactTable = FoldedKeyTable(exactEntries)
        /// The shapes of `exactLines`' keys: most lines cannot be one, and skip hashing.
        let exactShapes = KeyShapes(exactEntries.map { $0.0 })
        /// `fragments` as one table scanned in a single pass, and their reasons by index.
        let fragmentTable = PhraseTable(fragments.map { $0.0 })
        let fragmentReasons = fragments.map { $0.1 }
        /// The byte length of the shortest fragment without a space.
        let shortestSpacelessFragment = fragments.map { $0.0 }.filter { !$0.utf8.contains(0x20) }.map { $0.utf8.count }.min() ?? 0
        /// The fragments without a space, in order, and their reasons: all a one-word line can hold.
        let spacelessFragmentTable = PhraseTable(fragments.map { $0.0 }.filter { !$0.utf8.contains(0x20) })
        let spacelessFragmentReasons = fragments.filter { !$0.0.utf8.contains(0x20) }.map { $0.1 }
    }
}
