@testable import Copydesk
import Testing

/// Small byte-level fast paths of the xml writer against the plain rules they replace.
@Suite("xml writer byte rules match their plain definitions")
struct WriterByteRuleTests {
    /// Texts mixing ASCII runs with 2-, 3- and 4-byte scalars at every alignment.
    static func texts() -> [String] {
        var texts = ["", "a", "plain ascii text that runs longer than eight bytes", "é", "“quoted” — said",
                     "中文中文中文中文中文", "😀😀😀😀😀 x", "abcdefg😀hijklmn", "1234567é"]
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefgh é—“”中😀".unicodeScalars)
        for length in 0..<120 {
            var text = ""
            for _ in 0..<length { text.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]) }
            texts.append(text)
        }
        return texts
    }

    @Test("scalar offsets: the word-at-a-time walk stops where the scalar-by-scalar walk does")
    func scalarOffsetsMatchPlainWalk() {
        for text in Self.texts() {
            var copy = text
            copy.withUTF8 { bytes in
                let scalars = text.unicodeScalars.count
                // From the start to every target (and past the end), and chained walks from every start.
                for target in 0...(scalars + 9) {
                    let fast = ScalarOffsets.advance(bytes, byte: 0, scalar: 0, to: target)
                    let plain = ScalarOffsets.advancePlain(bytes, byte: 0, scalar: 0, to: target)
                    #expect(fast == plain, "\(text.debugDescription) to \(target)")
                }
                for from in 0...scalars {
                    let start = ScalarOffsets.advancePlain(bytes, byte: 0, scalar: 0, to: from)
                    for target in [from + 3, from + 8, from + 17, from + 40] {
                        let fast = ScalarOffsets.advance(bytes, byte: start.0, scalar: start.1, to: target)
                        #expect(fast == ScalarOffsets.advancePlain(bytes, byte: start.0, scalar: start.1, to: target),
                                "\(text.debugDescription) from \(from) to \(target)")
                    }
                }
                // The byte offset reached is where the scalar view says the scalar starts.
                let target = scalars / 2
                let index = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: target)
                #expect(ScalarOffsets.advance(bytes, byte: 0, scalar: 0, to: target).0 == text.utf8.distance(from: text.startIndex, to: index))
            }
        }
    }

    @Test("numeric attributes are spelled as String(value) spells them")
    func decimalAttributes() {
        var values = Array(-12...1200) + [9_999, 10_000, 123_456, Int.max, Int.min]
        values += (0..<200).map { _ in Int.random(in: -1_000_000...1_000_000) }
        for value in values {
            var run = XMLByteRun(capacity: 8)
            run.appendAttribute("n", prefix: "q", decimal: value)
            #expect(run.withBytes { String(decoding: $0, as: UTF8.self) } == " n=\"q\(value)\"", "\(value)")
        }
    }
}
