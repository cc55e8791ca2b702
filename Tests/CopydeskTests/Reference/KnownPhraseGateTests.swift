@testable import Copydesk
import Testing

/// The ninth pass's inline gates against the plain rules they skip: the known-phrase look-up's opening-pair test
/// and its `tail` gate, the classifier's agency look-up on bytes, and the byline rule's last-word walk.
@Suite("Known-phrase and agency gates against the plain rules")
struct KnownPhraseGateTests {
    /// Lines near each gate: every prefix and exact key with capitals, tails, colons, one-byte and non-ASCII lines.
    static var gateLines: [String] {
        var texts = ["a", "A", "/", "|", ">", "©", "© AP", "(c) Jane Roe", "Follow us", "follow the latest", "Share this",
                     "Search results", "5 min read", "12 Comments", "1.2K Shares", "More from Jane", "More in Sport",
                     "Listen to the live show", "Visit https://example.com", "www.example.com", "Related:", "Menu:",
                     "É:", "Share :", "ad:", "a:", "Ad", "AD:", "X Share via", "READ MORE", "Don’t miss", "Sign up for news"]
        for (prefix, _) in KnownPhrases.prefixes {
            texts += [prefix, prefix.uppercased() + " tail", String(prefix.dropLast()), "x" + prefix]
        }
        for key in KnownPhrases.exactLines.keys.sorted() {
            texts += [key, key.uppercased(), key + ":", String(key.dropFirst()), key + "s"]
        }
        for agency in BylineRule.agencies.sorted() {
            texts += [agency, agency.uppercased(), agency + "x", "\u{212A}" + agency.dropFirst()]
        }
        return texts.filter { !$0.isEmpty }  // the splitter makes no empty line
    }

    @Test("the known-phrase look-up with its inline gates answers as the plain rule")
    func knownPhrases() {
        var texts = Self.gateLines
        texts += ClassifierOracleLines.random(count: 6000, seed: 31)
        texts += ClassifierOracleLines.corpus.map { String($0.text) }
        var hits = 0
        for text in texts {
            let line = TestLine(number: 1, text: text[...])
            let new = KnownPhrases.reason(for: line)
            #expect(new == RefKnownPhrases.reason(for: line), "\(text)")
            if new != nil { hits += 1 }
        }
        #expect(hits > 300)
    }

    @Test("the exact-line entries hold each key once, and the table built from them answers as the dictionary")
    func exactEntries() {
        let keys = KnownPhrases.exactEntries.map(\.0)
        #expect(Set(keys).count == keys.count)
        #expect(Dictionary(uniqueKeysWithValues: KnownPhrases.exactEntries) == KnownPhrases.exactLines)
        let table = FoldedKeyTable(KnownPhrases.exactEntries)
        for key in keys {
            #expect(table.value(folding: Substring(key.uppercased())) == KnownPhrases.exactLines[key], "\(key)")
        }
    }

    @Test("the prefix table's opening-pair test is false only where no prefix matches")
    func prefixPairs() {
        let table = PrefixTable(KnownPhrases.prefixes.map(\.0))
        for text in Self.gateLines + ClassifierOracleLines.random(count: 3000, seed: 32) {
            let bytes = Array(text.utf8)
            guard bytes.count >= 2 else { continue }
            let found = bytes.withUnsafeBufferPointer { table.firstMatch(foldingBytes: $0) }
            if !table.mayOpen(foldedFirst: FoldedBytes.fold(bytes[0]), second: FoldedBytes.fold(bytes[1])) {
                #expect(found == nil, "\(text)")
            }
        }
    }

    @Test("the last-word walk finds the last word and its ASCII flag as the collection methods do")
    func lastWord() {
        let texts = ["", " ", "a", "a ", " a", "Jane Roe Writer", "Jane Roe Écrivain", "Jane  Roe", "Roe é", "é Roe", "x\u{A0}y z"]
            + ClassifierFastPathTests.nameThenRoleLines + ClassifierOracleLines.random(count: 3000, seed: 33)
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { bytes in
                let new = BylineRule.lastWord(bytes), plain = BylineRule.plainLastWord(bytes)
                #expect(new.start == plain.start && new.ascii == plain.ascii, "\(text)")
            }
            let line = TestLine(number: 1, text: text[...])
            #expect(BylineRule.matchNameThenRole(line) == RefBylineRule.matchNameThenRole(line), "\(text)")
        }
    }

    @Test("agency lines get the role the lowered-string set look-up gave them")
    func agencies() {
        for text in Self.gateLines {
            let line = TestLine(number: 1, text: text[...])
            #expect(LineClassifier.classify(line) == RefLineClassifier.classify(line), "\(text)")
        }
    }
}
