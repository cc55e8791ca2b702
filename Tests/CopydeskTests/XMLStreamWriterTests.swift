@testable import Copydesk
import Testing

@Suite("XMLStreamWriter and XMLText")
struct XMLStreamWriterTests {
    private func document(_ text: String, normalized: Bool = false) throws -> [UInt8] {
        try XMLStreamWriter.render(declaration: true) { w in
            try w.open("root")
            try w.attribute("a", text, normalized: normalized)
            try w.leaf("t", text, normalized: normalized)
        }
    }

    @Test("markup look-alikes are escaped by libxml2 and read back unchanged",
          arguments: ["]]>", "<!-- c -->", "<script>alert(1)</script>", "a & b", "\"quoted\" 'single'", "x]]>y<![CDATA[z"])
    func escaping(text: String) throws {
        let bytes = try document(text)
        let xml = String(decoding: bytes, as: UTF8.self)
        #expect(!xml.contains("<script>") && !xml.contains("<!-- c"))
        #expect(NewsMLValidator.contents(of: "t", in: bytes) == [text])
    }

    @Test("characters XML 1.0 excludes become U+FFFD, one scalar each; the rest is kept")
    func cleaning() throws {
        let nonCharacters = String(Character(Unicode.Scalar(0xFFFE)!)) + String(Character(Unicode.Scalar(0xFFFF)!))
        let allowed = String(Character(Unicode.Scalar(0xFDD0)!))  // a non-character XML 1.0 allows
        let dirty = "a\u{0}b\u{1F}c" + nonCharacters + "\t\n\r\u{85}" + allowed + "é\u{301}"
        let clean = XMLText.clean(dirty)
        #expect(clean.unicodeScalars.count == dirty.unicodeScalars.count)
        #expect(clean == "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}\t\n\r\u{85}" + allowed + "é\u{301}")
        #expect(XMLText.clean("line\none\ttab\r", normalized: true) == "line one tab ")
        #expect(XMLText.isClean("plain “text” 🇺🇸"))
        #expect(!XMLText.isClean(nonCharacters))
        let bytes = try document(dirty)
        #expect(NewsMLValidator.contents(of: "t", in: bytes) == [clean])
    }

    @Test("every C0 control and U+FFFE/U+FFFF gives a well-formed document")
    func everyControl() throws {
        var scalars = (0..<0x20).compactMap(Unicode.Scalar.init)
        scalars += [Unicode.Scalar(0xFFFE)!, Unicode.Scalar(0xFFFF)!, Unicode.Scalar(0xD7FF)!, Unicode.Scalar(0xE000)!]
        let text = String(String.UnicodeScalarView(scalars))
        for normalized in [false, true] {
            let bytes = try document(text, normalized: normalized)
            let read = try #require(NewsMLValidator.contents(of: "t", in: bytes)?.first)
            #expect(read.unicodeScalars.count == scalars.count, "one scalar out for each scalar in (CR is written as &#13;)")
            #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 })
        }
    }

    @Test("inline elements add no whitespace; block elements are indented")
    func prettyPrinting() throws {
        let bytes = try XMLStreamWriter.render(declaration: false) { w in
            try w.open("body")
            try w.begin("p")
            try w.begin("q", block: false)
            try w.text("quoted")
            try w.close()
            try w.text(" tail")
            try w.close()
        }
        #expect(String(decoding: bytes, as: UTF8.self) == "<body>\n  <p><q>quoted</q> tail</p>\n</body>")
    }

    @Test("closing with no open element throws instead of writing bad XML")
    func misuseThrows() {
        #expect(throws: CopydeskError.self) {
            _ = try XMLStreamWriter.render(declaration: false) { w in try w.close() }
        }
    }

    @Test("a block element inside a text-level one, or an attribute after content, throws")
    func nestingMisuseThrows() {
        #expect(throws: CopydeskError.self) {
            _ = try XMLStreamWriter.render(declaration: false) { w in
                try w.begin("p")
                try w.begin("p")
            }
        }
        #expect(throws: CopydeskError.self) {
            _ = try XMLStreamWriter.render(declaration: false) { w in
                try w.begin("p")
                try w.text("words")
                try w.attribute("late", "value")
            }
        }
    }

    @Test("the word-at-a-time scan finds a bad scalar at every position")
    func scanPositions() {
        let padding = String(repeating: "a", count: 24)
        let ffff = String(Character(Unicode.Scalar(0xFFFF)!))
        for position in 0...24 {
            func at(_ insert: String) -> String {
                String(padding.prefix(position)) + insert + String(padding.dropFirst(position))
            }
            #expect(!XMLText.isClean(at("\u{1}")), "C0 at \(position)")
            #expect(!XMLText.isClean(at(ffff)), "U+FFFF at \(position)")
            #expect(XMLText.isClean(at("\u{FFFD}")), "U+FFFD at \(position)")
            #expect(XMLText.isClean(at("\t")) && !XMLText.isClean(at("\t"), normalized: true), "tab at \(position)")
            #expect(XMLText.isClean(at("é“”")), "multi-byte at \(position)")
        }
    }
}
