@testable import Copydesk
import CLibXML2
import Testing

/// The kept session's fast path writes each document straight into the array it returns, moving
/// what libxml2 writes (every structural tag) from libxml2's buffer into it after each call: the
/// bytes must be those of a fresh writer and of the oracle (every element through libxml2).
@Suite("A kept session's document written straight into its array")
struct XMLDirectRunTests {
    /// Structural elements with and without attributes, namespaces and content, empty ones, leaves
    /// and text-level elements between them.
    private static func body(_ w: inout XMLStreamWriter) throws {
        try w.open("root", namespace: "urn:a")
        try w.attribute("id", "r<1>")
        try w.attribute("n", 12)
        try w.open("empty")  // `<empty/>`, written by libxml2
        try w.close()
        try w.open("emptyWithAttributes")
        try w.attribute("k", literal: "v")
        try w.attribute("caf", "caf\u{E9} & \"x\"")
        try w.close()
        try w.open("ext", namespace: "urn:b", prefix: "cd")
        try w.close()
        try w.open("meta")
        try w.leaf("a", "plain")
        try w.leaf("b", "needs <escaping> & more\r")
        try w.leaf("c", nil)
        try w.open("deeper", namespace: "urn:c", prefix: "x")
        try w.attribute("p", prefix: "q", "7")
        try w.begin("p")
        try w.text("text ")
        try w.begin("q", block: false)
        try w.attribute("id", prefix: "q", 3)
        try w.text("quoted")
        try w.close()
        try w.close()
        try w.close()
        try w.close()
        try w.open("last")
        try w.leaf("t", String(repeating: "long text ", count: 300))
    }

    @Test("the same bytes as a fresh writer and the oracle, for estimates too small, exact and generous")
    func directMatchesFreshAndOracle() throws {
        try XMLRenderPaths.expectSameBytes(capacities: { [0, 1, 100, $0 - 1, $0, $0 + 1, 1 << 16] }) { try Self.body(&$0) }
    }

    @Test("a document held by the caller keeps its bytes while later documents are written")
    func documentsAreIndependent() throws {
        let session = try XMLWriterSession()
        let first = try XMLStreamWriter.render(session: session, capacity: 64) { try Self.body(&$0) }
        let second = try XMLStreamWriter.render(session: session, capacity: 64) { w in
            try w.open("other")
            try w.leaf("x", "y")
        }
        #expect(first == (try XMLStreamWriter.render(declaration: true) { try Self.body(&$0) }))
        #expect(String(decoding: second, as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<other>\n  <x>y</x>\n</other>\n")
    }
}
