@testable import Copydesk
import Testing

/// The eighth pass's byte paths in the context rules against the plain tests they stand for.
@Suite("Context rule byte paths against the plain tests")
struct ContextByteTests {
    /// Corpus lines, seeded lines and edge texts, as lines.
    static var lines: [TestLine] {
        var texts = ClassifierOracleLines.random(count: 6000, seed: 41)
        texts += ["/", ">", "|", "›", "»", "»»", "a/", "a>", "x|", " / ", "\u{A0}›", "Jane Roe", "Jane Roe and Ann Lee", "JANIE HAR",
                  "Jane de la Roe", "Jane Roe by Ann", "jane Roe", "Jane roe", "Jane Roe 2", "Jane Roé", "Jane\tRoe", "And Jane",
                  "&", "Jane &", "Jane & Ann", "Jane &Ann", "Jane Roe in", "Jane Roe In", "(Published Monday, Nov. 18, 2019)",
                  "A title (published Monday)", "A title (PUBLISHED x)", "é (published x)", "x (published é)", "(published x)\r",
                  "x (Published " + String(repeating: "y", count: 49) + ")", "x (Published " + String(repeating: "y", count: 48) + ")",
                  "(published a) (published b)", "x\u{0600}(published y)"]
        return texts.map { TestLine(number: 1, text: $0[...]) } + ClassifierOracleLines.corpus
    }

    @Test("path separators, name lines and published notes read on bytes answer as the plain tests")
    func lineTests() {
        var separators = 0, names = 0, notes = 0
        for line in Self.lines {
            for bar in [false, true] {
                let fast = line.read { line, page in withUnsafePointer(to: line) { SymbolLine.isPathSeparator($0, page, bar: bar) } }
                #expect(fast == SymbolLine.isPathSeparator(line.text, bar: bar), "\(line.text)")
                if fast { separators += 1 }
            }
            let fastNames = line.text.withUTF8Bytes(ContextRules.namesOnly)
            if let fastNames {
                #expect(fastNames == ContextRules.plainNamesOnly(line.text), "\(line.text)")
                if fastNames { names += 1 }
            }
            let note = VideoRule.endsWithPublishedNote(line)
            #expect(note == VideoRule.plainEndsWithPublishedNote(line), "\(line.text)")
            if note { notes += 1 }
        }
        #expect(separators >= 10 && names >= 20 && notes >= 4, "separators \(separators), names \(names), notes \(notes)")
    }

    @Test("shared content words counted while walking equal the set intersection")
    func sharedWords() {
        let texts = ClassifierOracleLines.random(count: 3000, seed: 42) + ["Fire crews battle wildfire near town", "FIRE crews, wildfire: town!",
                                                                             "Crews crews crews battle", "Fire crews battlé wildfire near town"]
        var shared = 0
        for (index, text) in texts.enumerated() {
            let title = VideoRule.contentWords(texts[(index * 7 + 3) % texts.count][...]).union(VideoRule.contentWords("fire crews battle wildfire"))
            for count in [1, 3] {
                let fast = VideoRule.sharesContentWords(text[...], with: title, atLeast: count)
                #expect(fast == (VideoRule.contentWords(text[...]).intersection(title).count >= count), "\(text)")
                if fast && count == 3 { shared += 1 }
            }
        }
        #expect(shared >= 2)
    }

    @Test("the gallery counter's opening-mark gate passes only scalars with no numeric type")
    func counterGate() {
        var passed = 0
        for value in Array(0x20...0x2FF) + Array(0x2000...0x20FF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "5 of 6 A caption"
            if text[...].withUTF8Bytes(CaptionRule.opensWithNonNumberMark) {
                passed += 1
                #expect(scalar.properties.numericType == nil, "U+\(String(value, radix: 16))")
                #expect(CaptionRule.droppingGalleryCounter(text[...]) == text[...])
            }
        }
        #expect(passed == 64 - 6 + 64)
    }

    @Test("a run of numbers read with its opening-mark test answers as the plain reading")
    func numberRuns() {
        var texts = ClassifierOracleLines.random(count: 3000, seed: 43) + ClassifierOracleLines.corpus.map { String($0.text) }
        for value in 0x2000...0x2030 {
            let mark = String(Unicode.Scalar(value)!)
            texts += [mark, mark + "1", mark + " 1 / 8", "1" + mark, mark + "\u{301}2"]
        }
        // number runs of every kind the rule knows, so the count below does not hang on the random draw
        texts += ["1 / 8", "12", "2019", "1,200", "3.5", "11/19/19", " 5 ", "1\u{A0}2", "½", "⅓ 2", "²", "٣٤",
                  "１２", "4\u{A0}/\u{A0}9", "10, 11, 12", "7.", "/", "1 2 3 4", "९", "Ⅻ"]
        var runs = 0
        for text in texts {
            let fast = LineClassifier.isNumberRun(text[...])
            #expect(fast == LineClassifier.plainIsNumberRun(text[...]), "\(text)")
            if fast { runs += 1 }
        }
        #expect(runs >= 20)
    }
}
