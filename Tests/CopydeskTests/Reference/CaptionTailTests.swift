@testable import Copydesk
import Testing

/// The twelfth pass's caption fast paths against the plain tests they replace.
@Suite("Twelfth-pass caption gates")
struct CaptionTailTests {
    @Test("the three-byte ending comparisons pass exactly the named sources' last three bytes")
    func namedSourceTails() {
        let tails = Set(CaptionRule.namedSources.map { source -> UInt32 in
            let bytes = Array(source.utf8.suffix(3))
            return UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16
        })
        for tail in tails { #expect(CaptionRule.mayEndNamedSource(tail: tail)) }
        // every other ending of three bytes drawn from the sources' bytes and a few more is rejected
        let alphabet = Set(CaptionRule.namedSources.flatMap { Array($0.utf8) } + Array("sSyYkK .".utf8))
        for a in alphabet { for b in alphabet { for c in alphabet {
            let tail = UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16
            #expect(CaptionRule.mayEndNamedSource(tail: tail) == tails.contains(tail))
        } } }
    }

    @Test("the named-source ending with its three-byte gate answers as a suffix test")
    func namedSourceEndings() {
        var texts = EleventhPassGateTests.shapedLines + FoldedBytesTests.randomLines(count: 1500, seed: 29).map(String.init)
        for source in CaptionRule.namedSources {
            texts += [source, "x " + source, "x" + source, String(source.dropFirst()), "x " + source.uppercased(), source + " ", "A. " + source]
        }
        texts += ["Others", "users", "ages", "ock", "Xgettyimages", "Stock", "EPA", "PA", "FP", "Bloomberg", "oomberg", "Getty Images"]
        for text in texts {
            let expected = CaptionRule.namedSources.contains { Array(text.utf8).reversed().starts(with: Array($0.utf8).reversed()) }
            #expect(text[...].withUTF8Bytes(CaptionRule.endsWithNamedSource) == expected, "\(text)")
            #expect(CaptionRule.match(TestLine(number: 1, text: text[...])) == RefCaptionRule.match(TestLine(number: 1, text: text[...])), "\(text)")
        }
    }

    @Test("the byte capital test answers as Character.isUppercase at every Character of shaped lines")
    func capitalOnBytes() {
        let texts = EleventhPassGateTests.shapedLines + FoldedBytesTests.randomLines(count: 800, seed: 31).map(String.init)
            + ["A\u{301}b", "É", "a\r\nB", "\r\n", "Photo: X", "x Image: Y", "Ωmega", "A", "Z\u{200D}", "q", "1"]
        for text in texts {
            let line = text[...]
            var index = line.startIndex
            while index < line.endIndex {
                #expect(CaptionRule.isUppercaseCharacter(at: index, in: line) == line[index].isUppercase, "\(text)")
                index = line.index(after: index)
            }
        }
    }

    @Test("the colon-label gate passes every colon label and rules out only lines the label table finds nothing in")
    func colonLabelGate() {
        let colonLabels = CaptionRule.labels.filter { $0.hasSuffix(":") }
        for label in colonLabels {
            let bytes = Array(label.utf8)
            #expect(bytes.withUnsafeBufferPointer { CaptionRule.labelEnds($0, before: bytes.count - 1) }, "\(label)")
        }
        var texts = EleventhPassGateTests.shapedLines + FoldedBytesTests.randomLines(count: 1500, seed: 37).map(String.init)
        for label in CaptionRule.labels {
            let capitalised = label.prefix(1).uppercased() + label.dropFirst()
            texts += [label, "x " + label + " Y", capitalised + " Jane Roe", label.uppercased() + "AP", "a:" + label, String(label.dropFirst()),
                      "The " + String(label.dropFirst(2)) + " Z", "12:30 " + capitalised + " X, AP", "https://x " + label, "x" + label + "X: Y"]
        }
        texts += ["Photos: Crossgates Mall through the years", "https://example.com", "Lakers: 112-107", "PHOTO:X", "videos: a", "rephoto: x"]
        for text in texts {
            let line = TestLine(number: 1, text: text[...])
            if !line.hasEllipsis, !text[...].withUTF8Bytes(CaptionRule.mayHoldColonLabel) {
                #expect(CaptionRule.labelTable.firstListed(folding: text[...]) == nil, "\(text)")
            }
            #expect(CaptionRule.match(line) == RefCaptionRule.match(line), "\(text)")
        }
    }

    @Test("a line's bytes by its offsets are its text's bytes")
    func lineBytes() {
        let page = (EleventhPassGateTests.shapedLines + ["  padded line  ", "é first", "last ’", "\ttab\tline"]).joined(separator: "\n")
        let lines = TestLine.lines(of: page) + ClassifierOracleLines.corpus
            + EleventhPassGateTests.shapedLines.map { TestLine(number: 1, text: ("ab " + $0 + " cd").dropFirst(3).dropLast(3)) }
        #expect(lines.count > 3000)
        for line in lines {
            #expect(line.withLineBytes { Array($0) } == line.text.withUTF8Bytes { Array($0) }, "\(line.text)")
        }
    }

    @Test("image-copyright lines answer as the reference rule with the @ searched in the line itself")
    func imageCopyright() {
        let tails = ["Getty Images", "@ewarren @ewarren", "@AOC", "X@Y", "É@", "e\u{301}@", "@\u{301}", "Reuters / POOL", "A. B", "©"]
        for opening in ["Image copyright ", "Image Copyright ", "IMAGE COPYRIGHT ", "image copyright  "] {
            for tail in tails {
                let line = TestLine(number: 1, text: (opening + tail)[...])
                #expect(CaptionRule.match(line) == RefCaptionRule.match(line), "\(opening + tail)")
                #expect(LineClassifier.classify(line) == RefLineClassifier.classify(line), "\(opening + tail)")
            }
        }
    }
}
