@testable import Copydesk
import Testing

/// Byte tests that read eight bytes a step, against the one-byte-at-a-time forms they replace.
@Suite("Eight-byte steps")
struct WordStepByteTests {
    /// Texts of every length up to 40 around the marks the tests look for: CR, non-ASCII marks, a named source.
    static let texts: [String] = {
        var all: [String] = []
        let marks = ["\r", "\u{A0}", "—", "’", "é", "…", "x", " ", "\u{7F}", "\u{85}"]
        for length in 0...40 {
            for mark in marks {
                let pad = String(repeating: "a", count: length)
                all += [pad + mark, mark + pad, pad + mark + pad, String(pad.prefix(length / 2)) + mark]
            }
            for source in CaptionRule.namedSources { all += [String(repeating: "b", count: length) + source, String(source.dropFirst()), "x" + source] }
        }
        return all + ClassifierOracleLines.random(count: 3000, seed: 21)
    }()

    @Test("isPlain equals its byte-by-byte reading")
    func plainScalars() {
        for text in Self.texts {
            let line = text[...]
            let expected = line.withUTF8Bytes { bytes -> Bool in
                var index = 0
                while index < bytes.count {
                    if bytes[index] < 0x80 { if bytes[index] == 0x0D { return false }; index += 1; continue }
                    let step = PlainScalars.length(bytes, at: index)
                    if step == 0 { return false }
                    index += step
                }
                return true
            }
            #expect(line.withUTF8Bytes(PlainScalars.isPlain) == expected, "\(text.debugDescription)")
        }
    }

    @Test("a one-word line finds the known phrase the reference rule finds (only spaceless fragments are searched)")
    func oneWordFragments() {
        let words = KnownPhrases.fragments.map { String($0.0.filter { $0 != " " }) }
            + ["Newsletters", "SUBSCRIPTION", "xnewsletterx", "Subscriptions!", "newslette", "Technology", "Investigations", "News"]
        for word in words {
            let line = textLine(word)
            #expect(KnownPhrases.reason(for: line) == RefKnownPhrases.reason(for: line), "\(word)")
        }
        #expect(KnownPhrases.reason(for: textLine("Newsletters")) == .newsletter)
    }

    @Test("the byline name splitters equal their previous forms")
    func nameSplitters() {
        let extra = ["and Jane Roe", "AND Jane", "And  Jane", "and\u{301} x", "ANDx", "Jane Roe and John Doe", "Jane & John AND Joe",
                     "Trevor J. Mitchell Sioux Falls Argus Leader", "A B C", "A B C D", "A\u{A0}B C D", "É B C D", "a  b   c", " a b c d "]
        for text in Self.texts + extra + ClassifierOracleLines.corpus.prefix(3000).map({ String($0.text) }) {
            let part = text[...]
            #expect(BylineRule.splitOnAnd(part) == RefBylineRule.splitOnAnd(part), "\(text.debugDescription)")
            #expect(BylineRule.trimName(part) == RefBylineRule.trimName(part), "\(text.debugDescription)")
        }
    }

    @Test("a named source at the end is found by its suffix word exactly when a suffix test finds it")
    func namedSourceSuffix() {
        for text in Self.texts {
            let expected = CaptionRule.namedSources.contains { text[...].fastHasSuffix($0) }
            #expect(text[...].withUTF8Bytes(CaptionRule.endsWithNamedSource) == expected, "\(text.debugDescription)")
        }
    }

    @Test("the caption gate lets every line through that the previous gate's rule reads as a caption")
    func captionGate() {
        var skipped = 0
        for text in Self.texts + ClassifierOracleLines.corpus.map({ String($0.text) }) {
            let line = textLine(text.isEmpty ? "-" : text)
            guard !CaptionRule.mayHoldCaption(line) else { continue }
            if RefCaptionRule.mayHoldCaption(line) { skipped += 1 }
            #expect(RefCaptionRule.match(line) == nil, "\(text.debugDescription)")
        }
        #expect(skipped > 100)
    }
}
