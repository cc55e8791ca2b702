import CLibXML2
@testable import Copydesk
import Foundation
import Testing

@Suite("libxml2 through CLibXML2")
struct LibXML2SmokeTests {
    @Test("xmlTextWriter writes an element into memory")
    func writesAnElement() throws {
        xmlInitParser()
        let buffer = try #require(xmlBufferCreate())
        defer { xmlBufferFree(buffer) }
        let writer = try #require(xmlNewTextWriterMemory(buffer, 0))
        #expect(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil) >= 0)
        #expect(xmlTextWriterStartElement(writer, "headline") >= 0)
        #expect(xmlTextWriterWriteString(writer, "Xi & “science”") >= 0)
        #expect(xmlTextWriterEndElement(writer) >= 0)
        #expect(xmlTextWriterEndDocument(writer) >= 0)
        xmlFreeTextWriter(writer)
        let xml = String(cString: xmlBufferContent(buffer))
        #expect(xml.contains("<headline>Xi &amp; “science”</headline>"))
    }

    @Test("xmlFree is reachable through the shim")
    func freeThroughShim() throws {
        let copy = try #require(xmlStrdup("copydesk"))
        #expect(String(cString: copy) == "copydesk")
        copydesk_xmlFree(copy)
    }

    @Test("XMLEscape writes character data exactly as libxml2's xmlEncodeSpecialChars does")
    func escapeMatchesLibXML2() {
        xmlInitParser()
        var samples = ["plain text long enough for the word-at-a-time path", "", "<", "a & b", "]]> <!-- x --> <script>\"q\"</script>",
                       "line\r\nbreak", "“curly” & ‘single’ — dash", "Ω≈ç√ 😀 & <tags> 中文 \u{202E}rtl", "tab\there > there"]
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab <>&\"\r\n\t'é中😀;#".unicodeScalars)
        for length in 0..<64 {
            var text = ""
            for _ in 0..<length { text.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]) }
            samples.append(text)
        }
        for sample in samples {
            let ours = XMLEscape.withEscaped(sample) { String(decoding: $0, as: UTF8.self) }
            guard let encoded = xmlEncodeSpecialChars(nil, sample) else { Issue.record("libxml2 returned nil"); continue }
            let theirs = String(cString: encoded)
            copydesk_xmlFree(encoded)
            #expect(ours == theirs, "\(sample.debugDescription)")
            // The writer's fast path: plain text must be exactly what cleaning and escaping leave.
            let plain = Array(sample.utf8).withUnsafeBufferPointer { XMLEscape.isPlain($0) }
            if plain { #expect(XMLText.clean(sample) == sample && ours == sample, "\(sample.debugDescription)") }
            if !plain { #expect(sample.utf8.contains { $0 < 0x20 || $0 == 0xEF || "<>&\"".utf8.contains($0) }) }
        }
    }
}
