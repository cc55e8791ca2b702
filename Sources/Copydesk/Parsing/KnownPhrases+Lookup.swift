/// The fragments of `KnownPhrases` and the look-ups of its tables: a line's bytes read once for its exact, prefix
/// and fragment look-ups.
extension KnownPhrases {
    /// Fragments that mark a short line as newsletter, promo or footer furniture wherever they stand.
    static let fragments: [(String, DiscardReason)] = [
        ("newsletter", .newsletter), ("in your inbox", .newsletter), ("your inbox", .newsletter), ("news alerts", .newsletter),
        ("email alerts", .newsletter), ("sign up for", .newsletter), ("click here", .promo), ("by clicking here", .promo),
        ("get the app", .promo), ("news app", .promo), ("subscription", .promo), ("all rights reserved", .copyright),
        ("privacy policy", .footer), ("terms of service", .footer), ("terms & conditions", .footer), ("terms and conditions", .footer),
        ("do not necessarily reflect", .footer), ("registered trademark", .copyright),
        ("contributed to this report", .attribution), ("scroll to continue", .advertisement), ("contributed reporting", .attribution), ("contact this reporter", .promo),
        ("contact the reporter", .promo), ("email the reporter", .promo),
        ("app for the latest", .promo), ("on our app", .promo), ("telegram channel", .promo), ("whatsapp channel", .promo),
        ("print this page", .share),
    ]

    /// The reason a line is known furniture, or `nil`.
    static func reason(for line: TextLine) -> DiscardReason? {
        let tables = Self.tables  // one lazy-global check per line
        // the line's facts as plain values: the closure below captures no line (no copy, no retain)
        let words = line.words, first = line.firstLowerByte, last = line.lastByte, quote = line.hasQuoteMark
        var colonKey = false  // a key before a trailing colon that the bytes cannot decide
        // one read of the line's bytes serves the exact, prefix and fragment look-ups
        let found: DiscardReason?? = line.text.withUTF8Bytes { bytes in
            let length = bytes.count
            if words <= 12 {
                if tables.exactShapes.mayContain(first: first, length: length), let reason = tables.exactTable.value(foldingBytes: bytes) {
                    return reason
                }
                // the line less its last Character ":", which is its last byte when the byte before it is ASCII
                if last == UInt8(ascii: ":") {
                    if length >= 2, bytes[length - 2] < 0x80 {
                        if tables.exactShapes.mayContain(first: first, length: length - 1),
                           let reason = tables.exactTable.value(foldingBytes: UnsafeBufferPointer(rebasing: bytes[..<(length - 1)])) {
                            return reason
                        }
                    } else {
                        colonKey = true
                        return nil
                    }
                }
            }
            if let index = tables.prefixTable.firstMatch(foldingBytes: bytes) { return tables.prefixReasons[index] }
            guard words <= 20, !quote else { return .some(nil) }
            // a one-word line holds no space, so only a fragment without one ("newsletter") fits, and only in as many bytes
            if words >= 2 {
                if let index = tables.fragmentTable.firstListed(foldingBytes: bytes) { return tables.fragmentReasons[index] }
            } else if length >= tables.shortestSpacelessFragment, let index = tables.spacelessFragmentTable.firstListed(foldingBytes: bytes) {
                // other fragments hold a space between two words
                return tables.spacelessFragmentReasons[index]
            }
            return nil
        }
        if colonKey { return plainReason(for: line) }
        if let found { return found }
        return tail(line)
    }

    /// `reason(for:)` with the exact key before a trailing colon looked up as a lowered `String`.
    private static func plainReason(for line: TextLine) -> DiscardReason? {
        let tables = Self.tables
        let key = line.lower.dropLast()
        if tables.exactShapes.mayContain(key), let reason = exactLines[String(key)] { return reason }
        if let index = tables.prefixTable.firstMatch(folding: line.text) { return tables.prefixReasons[index] }
        guard line.words <= 20, !line.hasQuoteMark else { return nil }
        if line.words >= 2 || line.text.utf8.count >= tables.shortestSpacelessFragment,
           let index = tables.fragmentTable.firstListed(folding: line.text) {
            return tables.fragmentReasons[index]
        }
        return tail(line)
    }

    /// The rules of `reason(for:)` after its table look-ups found nothing (a line of at most 20 words, no quote mark).
    private static func tail(_ line: TextLine) -> DiscardReason? {
        let text = line.text
        if line.hasURL && line.words <= 20 { return .promo }
        let first = line.firstLowerByte  // each prefix below starts with the letter tested before it
        if first == UInt8(ascii: "f"), text.hasFoldedPrefix("follow ") && line.words <= 15 && !text.hasFoldedPrefix("follow the latest")
            && !text.hasFoldedPrefix("follow live") && !text.hasFoldedPrefix("follow our live") { return .share }
        if first == UInt8(ascii: "s") {
            if text.hasFoldedPrefix("share ") && line.words <= 8 { return .share }
            if text.hasFoldedPrefix("search ") && line.words <= 3 { return .navigation }
        }
        // "…read", "…comments", "…shares": each suffix opens with a space, so a one-word (trimmed) line ends with none
        if line.words >= 2, line.words <= 4, line.lastByte | 0x20 == UInt8(ascii: "d") || line.lastByte | 0x20 == UInt8(ascii: "s"),
           text.hasFoldedSuffix(" min read") || text.hasFoldedSuffix(" minute read") || text.hasFoldedSuffix(" comments")
            || text.hasFoldedSuffix(" shares") { return text.hasFoldedSuffix("read") ? .promo : .share }
        if first == UInt8(ascii: "m"), line.words <= 5,
           text.hasFoldedPrefix("more from ") || text.hasFoldedPrefix("more in ") || text.hasFoldedPrefix("more on ") {
            return .list
        }
        if first == UInt8(ascii: "l"), text.hasFoldedPrefix("listen to ") && text.containsFolded(" live") && line.words <= 20 { return .promo }
        return nil
    }

    /// Every table `reason(for:)` reads, built once and fetched with one lazy-global check per line.
    private static let tables = Tables()

    /// The lookup tables built from `exactLines`, `prefixes` and `fragments`.
    private final class Tables: Sendable {
        /// `prefixes` by their first eight bytes: the earliest-listed one a line starts with, in a few word compares.
        let prefixTable = PrefixTable(prefixes.map(\.0))
        /// The reasons of `prefixes`, by index.
        let prefixReasons = prefixes.map(\.1)
        /// `exactLines` looked up by a line's folded bytes (its keys have no ";", "`" or character another byte
        /// sequence is canonically equivalent to, so byte equality is `String` equality).
        let exactTable = FoldedKeyTable(exactLines.map { ($0.key, $0.value) })
        /// The shapes of `exactLines`' keys: most lines cannot be one, and skip hashing.
        let exactShapes = KeyShapes(exactLines.keys)
        /// `fragments` as one table scanned in a single pass, and their reasons by index.
        let fragmentTable = PhraseTable(fragments.map(\.0))
        let fragmentReasons = fragments.map(\.1)
        /// The byte length of the shortest fragment without a space.
        let shortestSpacelessFragment = fragments.map(\.0).filter { !$0.utf8.contains(0x20) }.map(\.utf8.count).min() ?? 0
        /// The fragments without a space, in order, and their reasons: all a one-word line can hold.
        let spacelessFragmentTable = PhraseTable(fragments.map(\.0).filter { !$0.utf8.contains(0x20) })
        let spacelessFragmentReasons = fragments.filter { !$0.0.utf8.contains(0x20) }.map(\.1)
    }
}
