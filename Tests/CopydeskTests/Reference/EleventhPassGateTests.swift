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
        BylineRule.byPrefixes,
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
        for line in TestLine.lines(of: (words + FoldedBytesTests.randomLines(count: 2000, seed: 12).map(String.init)).joined(separator: "\n")) {
            #expect(KnownPhrases.reason(for: line) == RefKnownPhrases.reason(for: line), "\(line.text)")
        }
        for word in ["Follow ", "Share ", " Share x", "search\u{A0}", "More  "] {
            #expect(KnownPhrases.reason(for: textLine(word)) == RefKnownPhrases.reason(for: textLine(word)), "\(word)")
        }
    }

    /// Random lines from the oracle's pieces, plus byline, agency and caption shapes.
    static let shapedLines: [String] = ClassifierOracleLines.random(count: 3000, seed: 61) + [
        "PTI | Updated: Nov 20, 2019, 08:00 IST", "Reuters - Nov 19, 2019", "AP |Nov 19", "AFP -Nov", "a-b", "a - b", " - ", "-", "|", "x | y",
        "Harriet Vane Social affairs correspondent", "Jane Roe Senior Writer", "Jane Roe Senior Writers", "Jane Roe Senior WRITERX",
        "John Doe Chief Editor", "Jo Do Ed Editor", "Mary Major Political correspondents", "Energy & Environment", "In The Know",
        "International", "Image caption A man", "image copyright Getty Images", "© REUTERS / POOL", "Inside Story (AP)",
        "Interactive: Photo: X", "Infographics. Photo by Jane Roe", "icon/AFP", "Insurance Reuters", "·x", "© 2019",
    ]

    @Test("the agency line's separator pass answers as the two searches")
    func agencySeparator() {
        var placed: [String] = []
        for before in 0..<20 {
            for after in 0..<3 {
                for mark in [" - ", " | ", "- ", " -", "--", " |-", " x "] {
                    placed.append(String(repeating: "a", count: before) + mark + String(repeating: "b", count: after))
                    placed.append(String(repeating: " ", count: before) + mark)
                }
            }
        }
        for text in Self.shapedLines + placed {
            #expect(text[...].withUTF8Bytes(BylineRule.plainHoldsSpacedSeparator) == text[...].withUTF8Bytes(BylineRule.holdsSpacedSeparator), "\(text)")
            let plain = text[...].fastRange(of: " | ") != nil || text[...].fastRange(of: " - ") != nil
            #expect(text[...].withUTF8Bytes(BylineRule.holdsSpacedSeparator) == plain, "\(text)")
            let line = TestLine(number: 1, text: text[...])
            #expect(BylineRule.matchAgencyLine(line) == RefBylineRule.matchAgencyLine(line), "\(text)")
        }
    }

    @Test("the job-word gate's table answers as the loop over job words")
    func jobWordTable() {
        let words = BylineRule.jobWords.flatMap { [$0, $0.uppercased(), $0 + "s", $0 + "S", $0 + "xy", String($0.dropLast()), "A " + $0] }
        for text in Self.shapedLines + words.map({ "Jane Roe " + $0 }) {
            let plain: Bool = text[...].withUTF8Bytes { bytes in
                let (start, ascii) = BylineRule.plainLastWord(bytes)
                guard start > 0, ascii else { return true }
                let lower = bytes[start...].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
                guard lower.count >= 5 else { return false }
                return BylineRule.jobWords.contains { lower.elementsEqual($0.utf8) || lower.dropLast().elementsEqual($0.utf8) }
            }
            #expect(BylineRule.lastWordMayBeJobWord(text[...]) == plain, "\(text)")
            let line = TestLine(number: 1, text: text[...])
            #expect(BylineRule.matchNameThenRole(line) == RefBylineRule.matchNameThenRole(line), "\(text)")
        }
    }

    @Test("the classifier's second caption gate skips only lines the caption rule answers nil or already answered")
    func captionPastOpenings() {
        for text in Self.shapedLines where !text.isEmpty {
            var line = TestLine(number: 1, text: text[...])
            guard CaptionRule.mayHoldCaption(line), !CaptionRule.mayHoldCaptionPastOpenings(&line) else { continue }
            let opened = line.text.hasFoldedPrefix("©") || line.text.hasFoldedPrefix("image c")
            #expect(opened || CaptionRule.matchGated(&line) == nil, "\(text)")
            #expect(LineClassifier.classify(line) == RefLineClassifier.classify(line), "\(text)")
        }
    }

    @Test("the date word table's letter-and-length gate passes every date word")
    func dateWordShapes() {
        let table = DateText.wordTable
        let words = DateText.dateWordList + ["LeBron", "sets", "Sept", "SEPTEMBER", "Todays", "agos", "hour", "Hrs", "zz", "x", "novembers"]
        for word in words + FoldedBytesTests.randomLines(count: 1000, seed: 13).map(String.init) {
            let bytes = Array(word.utf8)
            guard (1...9).contains(bytes.count), bytes.allSatisfy({ ($0 | 0x20) &- 97 < 26 }) else { continue }
            let info = bytes.withUnsafeBufferPointer { table.info(packed: DateText.packedLetters($0, 0, $0.count)) }
            #expect(table.mayHold(first: bytes[0], length: bytes.count) || info == 0, "\(word)")
        }
    }

    @Test("date lines answer as the reference rule with the head's gates tested on its bytes")
    func dateHeadGates() {
        let dates = ["Updated 5:27 am CST, Wednesday, November 20, 2019", "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
                     "Published 10:02 AM EST Nov 19, 2019", "12:30 Report", "Politics 101", "1  /  8", "4", "2019-11-18T23:30:00Z",
                     "Posted on 18.11.2019", "Last updated: 22 hours ago", "Nov 20 2019Updated: Nov 21 2019", "date: 11/19/19 06:56 AM EST",
                     "LeBron sets triple-double mark, Lakers hold off OKC 112-107", "| / , updated 3 days ago", "Modified Nov 5 updated",
                     "Decupdated 2019", "Dec 5 updated Jan 6", "Updated", "updated 2019 a b c d", "first published 1 Jan 2020 by the desk"]
        for text in dates + Self.shapedLines {
            let line = TestLine(number: 1, text: text[...])
            #expect(DateRule.match(line) == RefDateRule.match(line), "\(text)")
        }
    }
}
