@testable import Copydesk
import Testing

/// The eighth pass's byte paths for trimming and for byline name cuts against the plain rules they stand for.
@Suite("Trimming and byline cuts on bytes against the plain rules")
struct NameCutByteTests {
    /// Edges the byte trim must read as the scalar trim does: ASCII and Unicode spaces, marks, CR, empty text.
    static let edgeTexts = [
        "", " ", "  ", "\t", "\u{0B}x\u{0C}", "x", " x ", "\tJane Roe\t", "\u{A0}x", "x\u{A0}", " \u{A0} x \u{A0} ", "\u{2009}x\u{3000}",
        "\u{FEFF}x", "x\u{85}", "\u{1680}", "é", " é ", "e\u{301} ", " \u{301}", "x\r", "\r x", "\n x \n", " \u{200B}", "😀 ", " 😀",
        "a b", "  a  b  ", "\u{202F}a\u{205F}", "\u{2028}a\u{2029}",
    ]

    /// Texts for the trim: the edges, corpus lines and seeded lines, each also as an inner slice.
    static var trimTexts: [Substring] {
        var texts = edgeTexts + ClassifierOracleLines.random(count: 6000, seed: 31)
        texts += ClassifierOracleLines.corpus.prefix(20_000).map { String($0.text) }
        var slices: [Substring] = []
        for text in texts {
            slices.append(text[...])
            // a slice whose bounds sit inside the string (on scalar boundaries)
            let scalars = text.unicodeScalars
            if scalars.count >= 3 {
                let start = scalars.index(after: scalars.startIndex), end = scalars.index(before: scalars.endIndex)
                slices.append(text[start..<end])
            }
        }
        return slices
    }

    @Test("the byte trim of a Substring is the scalar trim: same text, same bounds")
    func trim() {
        for text in Self.trimTexts {
            let fast = text.trimmedSpace, plain = text.plainTrimmedSpace
            #expect(fast == plain, "\(text.debugDescription)")
            #expect(fast.startIndex == plain.startIndex && fast.endIndex == plain.endIndex, "\(text.debugDescription)")
            for variant in [text, fast, (fast + ".")[...], (fast + "\u{0600}.")[...], (fast + ".\u{301}")[...]] {
                let cut = variant.trimmingTrailingPeriod, plainCut = variant.plainTrimmingTrailingPeriod
                #expect(cut == plainCut && cut.endIndex == plainCut.endIndex, "\(variant.debugDescription)")
            }
        }
    }

    /// Byline texts around the cuts: "and", "&", places, agencies, capitals and non-ASCII.
    static let bylineTexts = [
        "Jane Roe and John Doe", "Jane Roe AND John Doe", "Jane Roe And John Doe", "Jane Roe & John Doe", "Jane Roe &John Doe",
        "Jane Roe andJohn", "and Jane Roe", "AND Jane Roe", "Jane Roe and", "Jane Roe, John Doe and Ann Lee, Reuters",
        "Jane Roe in Paris", "Jane Roe in paris", "Jane Roe at The Times", "Jane Roe for CNN", "Jane Roe for", " in ", "Jane Roe inParis",
        "Jane Roe, AP", "Jane Roe, ap", "Jane Roe, Associated Press", "Jane Roe, REUTERS", "Reuters", "AFP", "Agence France-Presse",
        "Jane Roé and Ånn Lee", "Jane Roe and\u{A0}John Doe", "Jane Roe\u{A0}and John Doe", "Jane Roe, Staff Writer",
        "Jane Roe - Staff Writer", "Jane Roe | CNN", "Jane Roe at at Home", "Jane Roe \u{212A}yodo", "Jane, Roe, and, Doe",
    ]

    /// The byline texts, corpus lines and seeded lines.
    static var nameTexts: [String] {
        var texts = bylineTexts + ClassifierOracleLines.random(count: 6000, seed: 32)
        texts += ClassifierOracleLines.corpus.filter { $0.words <= 16 }.prefix(20_000).map { String($0.text) }
        return texts
    }

    @Test("splitting on and, the agency test and the people found equal the plain rules")
    func names() {
        var cut = 0, people = 0
        for text in Self.nameTexts {
            let slice = text[...]
            let parts = BylineRule.splitOnAnd(slice), plain = RefBylineRule.splitOnAnd(slice)
            #expect(parts == plain, "\(text)")
            if parts.count > 1 { cut += 1 }
            // the gates are false only where none of their cuts occurs
            if !slice.withUTF8Bytes(BylineRule.mayHoldAndCut) {
                #expect(![" and ", " & ", " AND "].contains { slice.fastContains($0) }, "\(text)")
            }
            if !slice.withUTF8Bytes(BylineRule.mayHoldPlaceCut) {
                #expect(![" in ", " at ", " for "].contains { slice.fastContains($0) }, "\(text)")
            }
            let lower = slice.lowercasedFast
            #expect(BylineRule.isAgency(slice) == BylineRule.agencies.contains(lower), "\(text)")
            let found = BylineRule.people(in: slice)
            #expect(found == RefBylineRule.people(in: slice), "\(text)")
            if !found.isEmpty { people += 1 }
        }
        #expect(cut > 50 && people > 200, "cut \(cut), people \(people)")
    }
}
