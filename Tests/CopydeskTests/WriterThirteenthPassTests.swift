@testable import Copydesk
import CLibXML2
import Testing

/// The thirteenth pass's fast path: a drain measures and reads libxml2's output buffer through
/// `xmlBufUse` / `xmlBufContent` on the buffer itself (`XMLStreamWriter.outputSize`), not through
/// the output buffer's wrappers; both must see the same bytes at every step. A kept session's
/// writer also skips `flush` around structural tags (in its direct mode there is never a run to hand
/// on there), so nested, empty and content-holding structural elements are compared with a fresh
/// writer and the oracle.
@Suite("Draining libxml2's output buffer without its wrapper calls")
struct WriterThirteenthPassTests {
    @Test("outputSize and xmlBufContent agree with xmlOutputBufferGetSize and GetContent as the buffer grows")
    func outputSizeMatchesWrapper() throws {
        let output = try #require(xmlAllocOutputBuffer(nil))
        defer { xmlOutputBufferClose(output) }
        #expect(XMLStreamWriter.outputSize(output) == Int(xmlOutputBufferGetSize(output)))
        var expected: [UInt8] = []
        // Pieces of several sizes, enough to make libxml2 grow (and move) its buffer more than once.
        for (k, piece) in ["<a", ">", "</a>", String(repeating: "x", count: 5000), "é", String(repeating: "y", count: 70_000)].enumerated() {
            let bytes = Array(piece.utf8)
            let rc = bytes.withUnsafeBufferPointer { buffer in
                UnsafeRawPointer(buffer.baseAddress!).withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlOutputBufferWrite(output, Int32(buffer.count), $0)
                }
            }
            #expect(rc == Int32(bytes.count), "piece \(k)")
            expected += bytes
            let size = XMLStreamWriter.outputSize(output)
            #expect(size == Int(xmlOutputBufferGetSize(output)), "piece \(k)")
            #expect(size == expected.count, "piece \(k)")
            let direct = try #require(xmlBufContent(output.pointee.buffer))
            let wrapped = try #require(xmlOutputBufferGetContent(output))
            #expect(direct == wrapped, "piece \(k)")
            #expect(Array(UnsafeBufferPointer(start: direct, count: size)) == expected, "piece \(k)")
        }
    }

    @Test("a kept session's documents drained directly are the bytes of a fresh writer and of the oracle")
    func drainedDocumentsMatch() throws {
        try XMLRenderPaths.expectSameBytes(capacities: { [0, 64, $0, 1 << 16] }) { w in
            try w.open("root", namespace: "urn:a")
            try w.attribute("id", "r1")
            try w.open("inner")
            try w.open("nested")
            try w.leaf("t", "text & more")
            try w.close()
            try w.close()
            try w.open("empty")
            try w.close()
            try w.leaf("u", String(repeating: "long ", count: 2000))
        }
    }
}
