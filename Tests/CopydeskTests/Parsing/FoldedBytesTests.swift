@testable import Copydesk
import Testing

/// The folded byte tests stand in for tests on `TextLine.lower` (the text with A–Z lowered): each is checked
/// against the lowered string on fixed and random lines.
@Suite("Folded byte tests")
struct FoldedBytesTests {
    /// Random lines over letters of both cases, phrase pieces, marks and non-ASCII text.
    static func randomLines(count: Int, seed: UInt64) -> [Substring] {
        let pieces = ["a", "Z", "K", " ", ":", ".", "’", "é", "É", "\u{212A}", "share", "SHARE", "Share ", "Follow ", "by ", "BY:", "home",
                      "Newsletter", "NEWS ALERTS", "in your Inbox", "click HERE", "Sign up for", "©", "Image c", "(Published ", "video",
                      "Watch", "Play Video", " min read", " Comments", "More from ", "listen to ", " LIVE", "Related:", "read more:",
                      "Don’t miss:", "written by ", "Author: ", "copyright", "Tags:", "…", "...", "1", "x", "\u{301}", "😀", "of "]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in Substring((0..<(1 + next(7))).map { _ in pieces[next(pieces.count)] }.joined()) }
    }

    static let patterns: [StaticString] = ["share", "share ", "by ", "home ", "(published ", "video", "play video", " min read", "read",
                                           "... more", "… more", "©", "image c", "pic.twitter.com", " of ", " live", "follow "]

    @Test("prefix, suffix, equality and containment on folded bytes equal the tests on the lowered text")
    func helpers() {
        for text in Self.randomLines(count: 3000, seed: 5) + ["SHARE", "Share this", "K", "\u{212A}"] {
            let lower = TextLine.asciiLowercased(text)
            for pattern in Self.patterns {
                let string = pattern.description
                #expect(text.hasFoldedPrefix(pattern) == lower.fastHasPrefix(string), "\(text) \(string)")
                #expect(text.hasFoldedSuffix(pattern) == lower.fastHasSuffix(string), "\(text) \(string)")
                #expect(text.equalsFolded(pattern) == (lower.utf8.elementsEqual(string.utf8)), "\(text) \(string)")
                #expect(text.containsFolded(pattern) == lower.fastContains(string), "\(text) \(string)")
            }
        }
    }

    @Test("eight bytes folded at once equal the bytes folded one by one")
    func foldWord() {
        var state: UInt64 = 99
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let word = state ^ (state >> 17)
            var expected: UInt64 = 0
            for offset in 0..<8 { expected |= UInt64(FoldedBytes.fold(UInt8(truncatingIfNeeded: word >> UInt64(8 * offset)))) << UInt64(8 * offset) }
            #expect(FoldedBytes.fold(word: word) == expected)
        }
        #expect(FoldedBytes.fold(word: 0x405A_5B41_C1DA_7A61) == 0x407A_5B61_C1DA_7A61)  // "@Z[A" stay/fold, bytes above 0x7F kept
    }

    @Test("prefix and phrase tables on folded bytes find what they find in the lowered text")
    func tables() {
        let prefixes = ["sign up for", "©", "(c) ", "by: ", "by ", "written by ", "related:", "don’t miss:", "share or comment", "a", "tags:"]
        let phrases = ["newsletter", "in your inbox", "click here", "news alerts", "sign up for", "’s", "live"]
        // a table whose phrases all have three bytes or more also filters on their second and third bytes
        let prefixTable = PrefixTable(prefixes), phraseTable = PhraseTable(phrases), shortTable = PhraseTable(phrases + ["of"])
        for text in Self.randomLines(count: 3000, seed: 8) {
            let lower = TextLine.asciiLowercased(text)
            #expect(prefixTable.firstMatch(folding: text) == prefixTable.firstMatch(in: lower), "\(text)")
            #expect(phraseTable.firstListed(folding: text) == phraseTable.firstListed(in: lower), "\(text)")
            #expect(shortTable.firstListed(folding: text) == shortTable.firstListed(in: lower), "\(text)")
            let plain = phrases.firstIndex { lower.fastContains($0) }, plainShort = (phrases + ["of"]).firstIndex { lower.fastContains($0) }
            #expect(phraseTable.firstListed(in: lower) == plain && shortTable.firstListed(in: lower) == plainShort, "\(text)")
        }
    }

    @Test("the folded key table answers as the dictionary does on the lowered line")
    func keyTable() {
        let table = FoldedKeyTable(KnownPhrases.exactLines.map { ($0.key, $0.value) })
        var lines = Self.randomLines(count: 3000, seed: 3)
        for key in KnownPhrases.exactLines.keys {
            lines += [Substring(key), Substring(key.uppercased()), Substring(key + "s"), Substring(String(key.dropLast()))]
        }
        for text in lines {
            #expect(table.value(folding: text) == KnownPhrases.exactLines[TextLine.asciiLowercased(text)], "\(text)")
        }
    }
}
