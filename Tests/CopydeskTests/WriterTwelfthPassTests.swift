@testable import Copydesk
import CLibXML2
import Testing

/// The twelfth pass's xml writer fast paths against the plain rules they replace.
@Suite("Xml writer fast paths of the twelfth pass match their plain rules")
struct WriterTwelfthPassTests {
    /// Structural elements opened right after their parent's start tag (with and without the
    /// parent's attributes and namespace declarations, several deep, empty and with content), and,
    /// for contrast, after content.
    private static func nestedBody(_ w: inout XMLStreamWriter) throws {
        try w.open("root", namespace: "urn:a")
        try w.open("plain")  // no attributes: the parent's `<root xmlns=…` then the child's tag
        try w.open("withAttributes")
        try w.attribute("k", literal: "v")
        try w.attribute("esc", "a<b & \"c\"")
        try w.open("chain1")
        try w.open("chain2")
        try w.open("chain3", namespace: "urn:c", prefix: "x")
        try w.attribute("p", "7")
        try w.open("emptyChild")
        try w.close()
        try w.leaf("t", "text")
        try w.close()  // chain3
        try w.close()  // chain2
        try w.close()  // chain1
        try w.close()  // withAttributes
        try w.leaf("after", "content first")
        try w.open("afterContent")
        try w.open("inner")
        try w.begin("p")
        try w.text("x")
        try w.close()
        try w.close()  // inner
        try w.close()  // afterContent
        try w.close()  // plain
        try w.open("ext", namespace: "urn:b", prefix: "cd")
        try w.open("quotes")
        try w.leaf("q", "said")
    }

    @Test("a structural child right after its parent's start tag: the bytes of a fresh writer and of the oracle")
    func nestedStartMatchesOracle() throws {
        let fresh = try XMLStreamWriter.render(declaration: true) { try Self.nestedBody(&$0) }
        let oracle = try XMLStreamWriter.render(declaration: true, leavesByLibXML2: true) { try Self.nestedBody(&$0) }
        #expect(fresh == oracle)
        let session = try XMLWriterSession()
        for capacity in [0, 64, fresh.count, 1 << 16] {
            let direct = try XMLStreamWriter.render(session: session, capacity: capacity) { try Self.nestedBody(&$0) }
            #expect(direct == oracle, "capacity \(capacity)")
            #expect(xmlOutputBufferGetSize(session.output) == 0)
        }
        #expect(session.usable)
        let text = String(decoding: oracle, as: UTF8.self)
        #expect(text.contains("<root xmlns=\"urn:a\">\n  <plain>\n    <withAttributes k=\"v\" esc=\"a&lt;b &amp; &quot;c&quot;\">\n"))
        #expect(text.contains("<x:chain3 p=\"7\" xmlns:x=\"urn:c\">\n"))
    }
}
