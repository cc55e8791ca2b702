// The classifier as of main 27fe582, kept verbatim (types renamed) as the oracle for the faster rules.
@testable import Copydesk
import Foundation
/// Tables of page-furniture phrases: whole lines, line beginnings and tell-tale fragments that
/// are never article text. Rules look lines up here; adding a phrase never needs new code.
enum RefKnownPhrases {
    /// Exact lines (lowercased, trimmed, a trailing colon ignored) and why they are discarded.
    static let exactLines = KnownPhrases.exactLines

    /// Line beginnings (lowercased) that mark furniture.
    static let prefixes = KnownPhrases.prefixes

    /// `prefixes` by their first eight bytes: the earliest-listed one a line starts with, in a few word compares.
    private static let prefixTable = PrefixTable(prefixes.map(\.0))

    /// `exactLines` looked up by a line's folded bytes (its keys have no ";", "`" or character another byte
    /// sequence is canonically equivalent to, so byte equality is `String` equality).
    private static let exactTable = FoldedKeyTable(exactLines.map { ($0.key, $0.value) })

    /// The shapes of `exactLines`' keys: most lines cannot be one, and skip hashing.
    private static let exactShapes = KeyShapes(exactLines.keys)

    /// Fragments that mark a short line as newsletter, promo or footer furniture wherever they stand.
    static let fragments = KnownPhrases.fragments

    /// The byte length of the shortest fragment without a space.
    private static let shortestSpacelessFragment = fragments.map(\.0).filter { !$0.utf8.contains(0x20) }.map(\.utf8.count).min() ?? 0

    /// `fragments` as one table scanned in a single pass.
    private static let fragmentTable = PhraseTable(fragments.map(\.0))

    /// The reason a line is known furniture, or `nil`.
    static func reason(for line: TestLine) -> DiscardReason? {
        let text = line.text
        let length = text.utf8.count
        if line.words <= 12 {
            if exactShapes.mayContain(first: line.firstLowerByte, length: length), let reason = exactTable.value(folding: text) { return reason }
            if line.lastByte == UInt8(ascii: ":") {
                let key = line.lower.dropLast()
                if exactShapes.mayContain(key), let reason = exactLines[String(key)] { return reason }
            }
        }
        if let index = prefixTable.firstMatch(folding: text) { return prefixes[index].1 }
        // (twenty-first pass) a follow line naming a network after its " on ", of any length up to 40 words
        let page = text.utf8.dropFirst(5).first.map { $0 >= 65 && $0 <= 90 || $0 == 64 } ?? false  // "Like Business", "Like @X"
        let social = (text.hasFoldedPrefix("follow ") || text.hasFoldedPrefix("like ") && page) && plainSocialFollow(text)
        if line.words > 20, line.words <= 40, !line.hasQuoteMark, social { return .share }
        // (twenty-second pass) an audio player's title, quote marks and all
        if line.words <= 20, text.hasFoldedPrefix("listen to "), text.hasSuffix(":") { return .promo }
        guard line.words <= 20, !line.hasQuoteMark else { return nil }
        // a one-word line holds no space, so only a fragment without one ("newsletter") fits, and only in as many bytes
        if line.words >= 2 || length >= shortestSpacelessFragment, let index = fragmentTable.firstListed(folding: text) {
            return fragments[index].1
        }
        if line.hasURL && line.words <= 20 { return .promo }
        let first = line.firstLowerByte  // each prefix below starts with the letter tested before it
        if first == UInt8(ascii: "f"), text.hasFoldedPrefix("follow ") && line.words <= 15 && !text.hasFoldedPrefix("follow the latest")
            && !text.hasFoldedPrefix("follow live") && !text.hasFoldedPrefix("follow our live") { return .share }
        if social { return .share }
        if text.hasFoldedPrefix("updated"), plainUpdateNote(text) { return .label }
        if first == UInt8(ascii: "s") {
            if text.hasFoldedPrefix("share ") && line.words <= 8 { return .share }
            if text.hasFoldedPrefix("search ") && line.words <= 3 { return .navigation }
        }
        if line.words <= 4, line.lastByte | 0x20 == UInt8(ascii: "d") || line.lastByte | 0x20 == UInt8(ascii: "s"),  // "…read", "…comments", "…shares"
           text.hasFoldedSuffix(" min read") || text.hasFoldedSuffix(" minute read") || text.hasFoldedSuffix(" comments")
            || text.hasFoldedSuffix(" shares") { return text.hasFoldedSuffix("read") ? .promo : .share }
        if (2...5).contains(line.words), text.hasFoldedSuffix(" avatar") { return .mediaLabel }
        if first == UInt8(ascii: "m"), line.words <= 5,
           text.hasFoldedPrefix("more from ") || text.hasFoldedPrefix("more in ") || text.hasFoldedPrefix("more on ")
            || text.hasFoldedPrefix("more ") && text.hasSuffix(":") {  // (twenty-second pass) "More College Basketball:"
            return .list
        }
        if first == UInt8(ascii: "l"), text.hasFoldedPrefix("listen to ") && text.containsFolded(" live") && line.words <= 20 { return .promo }
        // (twentieth pass) a station's live-stream promo
        if first == UInt8(ascii: "w"), line.words <= 8, text.hasFoldedPrefix("watch "), text.hasFoldedSuffix(" live") { return .promo }
        // (round 13) an ad slot's label naming its network
        if first == UInt8(ascii: "a"), (3...6).contains(line.words), text.hasFoldedPrefix("ads by ") { return .advertisement }
        return nil
    }

    /// "Follow X on Facebook …", "Like X on Twitter …": a network's name as a whole word after an " on " that starts
    /// within the first 48 bytes.
    static func plainSocialFollow(_ text: Substring) -> Bool {
        let lower = Array(TextLine.asciiLowercased(text).utf8)
        let networks = ["facebook", "twitter", "instagram", "x", "threads", "tiktok", "youtube", "linkedin", "whatsapp", "bluesky"]
        let opening = lower.starts(with: Array("follow ".utf8)) ? 7 : 5
        for start in (opening - 1)..<max(opening - 1, min(lower.count - 4, 48)) where lower[start...].starts(with: Array(" on ".utf8)) {
            for network in networks where lower[(start + 4)...].starts(with: Array(network.utf8)) {
                let end = start + 4 + network.utf8.count
                if end == lower.count || !(lower[end] >= 97 && lower[end] <= 122) { return true }
            }
        }
        return false
    }

    /// "Updated 4.20pm with …", "Updated: 5 March to …": "updated", an optional ":", a space, a digit; " with " or " to " later.
    static func plainUpdateNote(_ text: Substring) -> Bool {
        let lower = TextLine.asciiLowercased(text)
        var rest = lower.dropFirst(7)
        if rest.hasPrefix(":") { rest = rest.dropFirst() }
        guard rest.hasPrefix(" "), let digit = rest.dropFirst().first, digit.isASCII, digit.isNumber else { return false }
        return lower.contains(" with ") || lower.contains(" to ")
    }
}
