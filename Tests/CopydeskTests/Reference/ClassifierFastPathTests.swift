@testable import Copydesk
import Testing

/// This pass's byte paths in the classifier against the plain rules they stand for (the reference copies).
@Suite("Classifier byte paths against the plain rules")
struct ClassifierFastPathTests {
    /// Lines ending in a job word, near misses and non-ASCII last words.
    static let nameThenRoleLines = [
        "Harriet Vane Social affairs correspondent", "Jane Roe Staff Writers", "Jane ROE WRITER", "Jane Roe Écrivain",
        "Jane Roe editors", "Jane Roe editorial", "Jane Roe Senior Editor", "Jane Roe Staff", "Jane Roe Staffs", "Jane Roe Stafff",
        "Jane Roe Interns", "Jane Roe intern", "Jane de la Roe Chief Photographer", "Jane Roe Critic", "Jane Roe Critics",
        "Jane Roe Crit", "Jane Roe Reporter\u{301}", "Jane Roe Réporter", "Jane Roe Columnist ", "Jane Roe Editor\u{A0}",
        "Jane Roe: editor", "a b c", "Jane Roe X Writer", "JANE ROE STAFF WRITER",
    ]

    @Test("the name-then-role rule with its last-word byte gate answers as the plain rule")
    func nameThenRole() {
        var texts = Self.nameThenRoleLines
        texts += ClassifierOracleLines.random(count: 4000, seed: 21)
        for word in BylineRule.jobWords.sorted() {
            texts += ["Jane Roe \(word)", "Jane Roe \(word.uppercased())", "Jane Roe \(word)s", "Jane Roe \(word.dropLast())", "Jane Roe Senior \(word)x"]
        }
        var hits = 0
        for text in texts {
            let line = TestLine(number: 1, text: text[...])
            let new = BylineRule.matchNameThenRole(line)
            #expect(new == RefBylineRule.matchNameThenRole(line), "\(text)")
            if new != nil { hits += 1 }
            // the gate is false only where the plain rule finds nothing
            if !BylineRule.lastWordMayBeJobWord(line.text) { #expect(RefBylineRule.matchNameThenRole(line) == nil, "\(text)") }
        }
        #expect(hits >= 20)
    }

    @Test("known phrases read once on bytes answer as the plain look-ups, trailing colons included")
    func knownPhrases() {
        var texts = ClassifierOracleLines.random(count: 4000, seed: 22)
        for key in KnownPhrases.exactLines.keys.sorted() {
            texts += [key + ":", key.uppercased() + ":", key + " :", key + "\u{301}:", key + "\u{0600}:", key + "::", key + "s:"]
        }
        texts += [":", "é:", "\u{0600}:", "More:", "SHARE THIS:", "share this:", "Share this: now", "©:", "Follow us:"]
        var found = 0
        for text in texts {
            let line = TestLine(number: 1, text: text[...])
            let new = KnownPhrases.reason(for: line)
            #expect(new == RefKnownPhrases.reason(for: line), "\(text)")
            if new != nil { found += 1 }
        }
        #expect(found > 500)
    }

    @Test("the prefix table's opening-pair gate keeps one-byte phrases and one-byte lines")
    func prefixPairs() {
        let phrases = ["a", "ab", "©", "by ", "x", "xy", "(c) "]
        let table = PrefixTable(phrases)
        for text in ["a", "A", "ab", "Ab", "ac", "b", "by", "By x", "x", "xz", "XY", "©", "© x", "(c)", "(C) x", "", "é", "zz"] {
            let lower = TextLine.asciiLowercased(text[...])
            let plain = phrases.firstIndex { lower.utf8.starts(with: $0.utf8) }
            #expect(table.firstMatch(folding: text[...]) == plain, "\(text)")
            #expect(table.firstMatch(in: text) == phrases.firstIndex { text.utf8.starts(with: $0.utf8) }, "\(text)")
        }
    }

    @Test("the unlabelled byline's byte gate is false only where the plain rule finds nothing")
    func unlabelledGate() {
        var texts = ["Robert Burns, AP National Security Writer", "Jane Roe and john Doe, Staff Writer", "jane roe, staff writer",
                     "Reuters, Washington", "reuters, x", "REUTERS , x", "Jane de la Roe, CNN", "Jane Roe, cnn business", "Jane Roe & Ann Lee, Reporter",
                     "and Jane Roe, Writer", "AND Jane Roe, Writer", "Jane\tRoe, Writer", "Jane Roe, writer\tdesk", "Jane Roe ,Writer",
                     ", Jane Roe, Writer", "Jane Roe, 3M", "dE la Roe, Editor", "Jane Roe, Staff,", "Jane Roe, Ed", "Jane Roe, The Times",
                     "Jane Roé, Writer", "Jane Roe, Écrivain", "Jane Roe,Writer", "Jane Roe, Jo Ann, Writers", "Ann Lee, NPR, Washington"]
        texts += ClassifierOracleLines.corpus.map { String($0.text) }
        texts += ClassifierOracleLines.random(count: 8000, seed: 23)
        var rejected = 0, found = 0
        for text in texts where text.contains(",") {
            let line = TestLine(number: 1, text: text[...])
            let plain = RefBylineRule.matchUnlabelled(line)
            if plain != nil { found += 1 }
            if !BylineRule.unlabelledMayMatch(line.text) {
                rejected += 1
                #expect(plain == nil, "\(text)")
            }
            #expect(BylineRule.matchUnlabelled(line) == plain, "\(text)")
        }
        // without ../shared the oracle lines are the fixtures' and the seeded ones only (~900 rejected)
        #expect(rejected > (TestPaths.shared == nil ? 500 : 1000) && found > 20, "rejected \(rejected), found \(found)")
    }

    @Test("the date gates' word table holds exactly the date words, each with bits, and marks exactly the anchors")
    func dateWordTable() {
        #expect(Set(DateText.dateWordList) == Set(DateText.wordInfo.keys))
        let anchors = Set(DateText.months.keys).union(["ago", "today", "yesterday"])
        for (word, info) in DateText.wordInfo {
            #expect(info != 0, "\(word)")
            let packed = Array(word.utf8).withUnsafeBufferPointer { DateText.packedLetters($0, 0, $0.count) }
            #expect(DateText.wordTable.info(packed: packed) == info, "\(word)")
            let anchorBits: WordInfo = 0xF | DateText.Word.ago | DateText.Word.today | DateText.Word.yesterday
            #expect((info & anchorBits != 0) == anchors.contains(word), "\(word)")
        }
    }
}
