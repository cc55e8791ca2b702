import CLibXML2
@testable import Copydesk
import Foundation
import Testing

/// `XMLStreamWriter` serializes text-level markup itself; these tests hold it to libxml2's bytes:
/// its escaping functions, and the same content written with every element through libxml2 calls.
@Suite("XML serialization matches libxml2")
struct XMLSerializationOracleTests {
    /// Hostile samples: markup, every kind of control, U+FFFE/U+FFFF, 2-, 3- and 4-byte scalars.
    static let samples: [String] = {
        let nonCharacters = String(String.UnicodeScalarView([Unicode.Scalar(0xFFFE)!, Unicode.Scalar(0xFFFF)!]))
        var samples = ["", "plain text long enough for the word-at-a-time path", "<", "a & b", "\"q\" 'q'",
                       "]]> <!-- x --> <script>\"q\"</script>", "line\r\nbreak\ttab", "“curly” & ‘single’ — dash",
                       "Ω≈ç√ 😀 & <tags> 中文 \u{202E}rtl \u{85}\u{2028}", "Schröder", "\u{FFFD}" + nonCharacters + String(Unicode.Scalar(0xFDD0)!),
                       "ends with é", "1234567", "12345678", "123456789012345\"", "\u{1}\u{8}\u{B}\u{C}\u{1F}\u{7F}"]
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array(("ab <>&\"\r\n\t'é中😀;#\u{0}\u{1}\u{1F}\u{7F}\u{85}\u{FFFD}\u{EFFF}" + nonCharacters).unicodeScalars)
        for length in 0..<80 {
            var text = ""
            for _ in 0..<length { text.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]) }
            samples.append(text)
        }
        return samples
    }()

    /// nil when the outputs are equal, else both sides around the first byte where they differ.
    static func firstDifference(_ ours: [UInt8], _ theirs: [UInt8]) -> String? {
        guard ours != theirs else { return nil }
        let at = zip(ours, theirs).prefix { $0 == $1 }.count
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, at - 40)..<min(bytes.count, at + 40)], as: UTF8.self).debugDescription
        }
        return "at byte \(at): ours \(around(ours)), libxml2 \(around(theirs))"
    }

    private func escapedText(_ text: String, normalized: Bool) -> String {
        var run = XMLByteRun(capacity: 16)
        XMLStreamWriter.withBytes(of: text) { XMLEscape.appendText($0, normalized: normalized, to: &run) }
        return run.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    private func escapedAttribute(_ text: String, charRefs: Bool) -> String {
        var run = XMLByteRun(capacity: 16)
        XMLStreamWriter.withBytes(of: text) { XMLEscape.appendAttribute($0, normalized: false, charRefs: charRefs, to: &run) }
        return run.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    @Test("character data: XMLText.clean, then libxml2's xmlEncodeSpecialChars")
    func textMatchesLibXML2() throws {
        xmlInitParser()
        for sample in Self.samples {
            for normalized in [false, true] {
                let cleaned = XMLText.clean(sample, normalized: normalized)
                let encoded = try #require(xmlEncodeSpecialChars(nil, cleaned))
                let theirs = String(cString: encoded)
                copydesk_xmlFree(encoded)
                #expect(escapedText(sample, normalized: normalized) == theirs, "\(sample.debugDescription)")
            }
        }
    }

    @Test("attribute values: XMLText.clean, then libxml2's xmlAttrSerializeTxtContent, with and without an encoding")
    func attributesMatchLibXML2() throws {
        xmlInitParser()
        let document = try #require(xmlNewDoc("1.0"))
        defer { xmlFreeDoc(document) }
        document.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
        for sample in Self.samples {
            let cleaned = XMLText.clean(sample)
            for charRefs in [true, false] {
                let buffer = try #require(xmlBufferCreate())
                defer { xmlBufferFree(buffer) }
                xmlAttrSerializeTxtContent(buffer, charRefs ? nil : document, nil, cleaned)
                let theirs = String(cString: xmlBufferContent(buffer))
                #expect(escapedAttribute(sample, charRefs: charRefs) == theirs, "\(sample.debugDescription) charRefs \(charRefs)")
            }
        }
    }

    /// A document with every kind of node, written once with text-level elements serialized here
    /// and once with every element written by libxml2.
    private func document(_ text: String, declaration: Bool, pretty: Bool, oracle: Bool) throws -> [UInt8] {
        try XMLStreamWriter.render(declaration: declaration, pretty: pretty, baseDepth: declaration ? 0 : 2,
                                   leavesByLibXML2: oracle) { w in
            try w.open("root", namespace: "urn:example")
            try w.attribute("a", text)
            try w.attribute("n", 12)
            try w.leaf("empty", nil)
            try w.leaf("t", text)
            try w.leaf("normalized", text, normalized: true)
            try w.open("section")
            try w.begin("p")
            try w.attribute("title", text, normalized: true)
            try w.attribute("id", prefix: "q", 7)
            try w.text(text)
            try w.begin("q", block: false)
            try w.attribute("data-cue", text)
            try w.text("quoted " + text)
            try w.close()
            try w.text(" tail")
            try w.close()
            try w.begin("figcaption")
            try w.close()
            try w.close()
            try w.open("bare")  // attributes, then libxml2's `/>`
            try w.attribute("k", text)
            try w.close()
            try w.open("outer")  // attributes, then a structural child (libxml2 writes the `>`)
            try w.attribute("k", "v")
            try w.open("inner")
            try w.leaf("x", text)
            try w.close()
            try w.close()
            try w.open("block", namespace: "urn:other", prefix: "cd")
            try w.close()
        }
    }

    @Test("XMLStreamWriter gives libxml2's own bytes for documents and fragments")
    func writerMatchesLibXML2() throws {
        for sample in Self.samples {
            for (declaration, pretty) in [(true, true), (false, true), (false, false)] {
                let ours = try document(sample, declaration: declaration, pretty: pretty, oracle: false)
                let theirs = try document(sample, declaration: declaration, pretty: pretty, oracle: true)
                #expect(Self.firstDifference(ours, theirs) == nil, "\(sample.debugDescription) declaration \(declaration) pretty \(pretty)")
            }
        }
    }

    @Test("NewsML-G2 items and merged entries are libxml2's own bytes")
    func newsMLMatchesLibXML2() throws {
        var articles = try WriterFixtures.devCorpus()
        articles += [try WriterFixtures.exampleWithQuotes(), WriterFixtures.hostileArticle(),
                     WriterFixtures.hostileArticle(language: nil)]
        let fast = NewsMLWriter()
        var oracle = NewsMLWriter()
        oracle.leavesByLibXML2 = true
        for (index, article) in articles.enumerated() {
            #expect(Self.firstDifference(try fast.write(article), try oracle.write(article)) == nil, "\(article.id)")
            #expect(Self.firstDifference(try fast.mergedEntry(article, index: index), try oracle.mergedEntry(article, index: index)) == nil,
                    "\(article.id)")
        }
        #expect(try fast.mergedHeader() == oracle.mergedHeader())
        #expect(try fast.mergedFooter() == oracle.mergedFooter())
    }
}
