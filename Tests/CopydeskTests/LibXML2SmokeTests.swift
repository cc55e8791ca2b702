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
}
