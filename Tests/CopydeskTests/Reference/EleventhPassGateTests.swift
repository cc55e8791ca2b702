@testable import Copydesk
import Testing

/// The eleventh pass's classifier fast paths, each against the plain rule it replaces: the prefix table's five-byte
/// gate, the known-phrase tail gate for one-word lines, and the in-place rule calls.
@Suite("Eleventh-pass classifier gates")
struct EleventhPassGateTests {
    /// Lines around each phrase: as listed, in capitals, capitalised, with a tail, cut short, and random lines.
    static func linesAround(_ phrases: [String]) -> [Substring] {
        var lines = FoldedBytesTests.randomLines(count: 2000, seed: 11)
        for phrase in phrases {
            let capitalised = phrase.prefix(1).uppercased() + phrase.dropFirst()
            for form in [phrase, phrase.uppercased(), capitalised, phrase + " tail", capitalised + "X", String(phrase.dropLast()),
                         String(phrase.prefix(5)), String(phrase.prefix(4)) + "x", "The " + phrase, String(phrase.prefix(5)) + "zz"] {
                lines.append(Substring(form))
            }
        }
        return lines + ["The views", "This site", "Th", "T", "the viewsX", "Copyright", "COPYRI", "(c) 2019", "(C)", "© X", "Tags: a"]
    }

    @Test("the prefix table's five-byte gate keeps the first listed prefix", arguments: [
        KnownPhrases.prefixes.map(\.0), DateRule.leadingLabels, LineClassifier.relatedPrefixes,
        ["by: ", "by:", "by ", "written by ", "words by ", "story by ", "text by ", "posted by ", "published by ", "author: ", "author ", "authors: "],
    ])
    func fiveByteGate(_ phrases: [String]) {
        let table = PrefixTable(phrases)
        for text in Self.linesAround(phrases) {
            let lower = Array(TextLine.asciiLowercased(text).utf8), raw = Array(text.utf8)
            let plainFolded = phrases.firstIndex { lower.starts(with: $0.utf8) }
            let plain = phrases.firstIndex { raw.starts(with: $0.utf8) }
            #expect(table.firstMatch(folding: text) == plainFolded, "\(text)")
            #expect(table.firstMatch(in: String(text)) == plain, "\(text)")
            let gate = text.withUTF8Bytes { table.mayOpen(fiveOf: $0, folding: true) }
            #expect(gate || plainFolded == nil, "\(text)")
        }
    }

    @Test("known phrases answer one-word lines as the plain rule, with the tail skipped")
    func oneWordTail() {
        let words = ["follow", "Follow", "share", "SHARE", "search", "More", "more", "listen", "Listen", "Sport", "Markets", "Lifestyle",
                     "Finance", "www.example.com", "http://x.y", "HTTPS://X", "read", "comments", "Shares", "Facebook", "newsletter",
                     "Subscriptions", "follow:", "share…", "More:", "Search:"]
        // lines as the splitter makes them (trimmed), and untrimmed one-word lines, which keep the tail
        for line in TextLine.lines(of: (words + FoldedBytesTests.randomLines(count: 2000, seed: 12).map(String.init)).joined(separator: "\n")) {
            #expect(KnownPhrases.reason(for: line) == RefKnownPhrases.reason(for: line), "\(line.text)")
        }
        for word in ["Follow ", "Share ", " Share x", "search\u{A0}", "More  "] {
            #expect(KnownPhrases.reason(for: textLine(word)) == RefKnownPhrases.reason(for: textLine(word)), "\(word)")
        }
    }
}
