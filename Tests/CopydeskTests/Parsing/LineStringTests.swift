import Testing
@testable import Copydesk

/// Line texts copied into Strings from the article's bytes, and the line edges trimmed on bytes, each against
/// the plain computation it replaces.
@Suite("Line strings")
struct LineStringTests {
    @Test("a line's String copied from its bytes with the scan's ASCII flag is String(text), and the flag is exact")
    func lineStrings() {
        let extra = "Plain ASCII line\n“Curly” quotes\n\u{A0}edge space\u{2009}\nemoji 😀 end\ne\u{301}\nx\n" + String(repeating: "long ASCII ", count: 9)
            + "\nHome\nfifteen bytes!!\nsixteen bytes!!!\nfourteen bytes\né\nCafé au lait\n“Short”\n😀😀😀\n"
        for var text in LinePipelineFastPathTests.texts(count: 300, seed: 23) + [extra] {
            let lines = TestLine.lines(of: text)
            for line in lines {
                #expect(line.isASCII == !line.text.utf8.contains { $0 >= 0x80 }, "\(line.text.debugDescription)")
                let copy = line.string, plain = String(line.text)
                #expect(copy == plain && Array(copy.utf8) == Array(plain.utf8), "\(line.text.debugDescription)")
            }
            text.withUTF8 { all in  // as the builder copies them: from the article's bytes at each line's offsets
                lines.map(\.line).withUnsafeBufferPointer { buffer in
                    for index in buffer.indices {
                        let copy = TextLine.string(at: buffer.baseAddress! + index, in: all)
                        #expect(Array(copy.utf8) == Array(lines[index].text.utf8), "\(lines[index].text.debugDescription)")
                    }
                }
            }
        }
    }

    @Test("edges trimmed on bytes are trimmedSpace's edges")
    func trimmedEdges() {
        let texts = ["\u{A0}x\u{A0}", "\u{2009} \u{3000}a b\u{205F}", "\u{A0}\u{A0}", "“Quote”", "é", "x\u{FEFF}", "\u{85}y\u{1680}",
                     "😀 \u{200B}", "\u{2028}z\u{2029}", " \u{202F}\t"] + LinePipelineFastPathTests.texts(count: 200, seed: 29)
        for var text in texts {
            let plain = text.trimmedSpace
            let utf8 = text.utf8
            let expected = (utf8.distance(from: utf8.startIndex, to: plain.startIndex), utf8.distance(from: utf8.startIndex, to: plain.endIndex))
            let count = utf8.count
            let trimmed = text.withUTF8 { LineSplitter.trimmingSpaces($0, 0, count) }
            #expect(trimmed == expected || (plain.isEmpty && trimmed.0 == trimmed.1), "\(text.debugDescription)")
        }
    }
}
