@testable import Copydesk
import CLibXML2
import Testing

/// The three ways an xml document can be rendered, compared on one body: a fresh writer, the oracle
/// (every element written by libxml2) and a kept session at each of `capacities` (its fast path, and
/// the oracle through the session). Returns the oracle's bytes for further checks.
enum XMLRenderPaths {
    /// Expects every path to give the oracle's bytes and the session to empty libxml2's buffer after
    /// each document and stay usable.
    @discardableResult
    static func expectSameBytes(capacities: (_ freshCount: Int) -> [Int],
                                sourceLocation: SourceLocation = #_sourceLocation,
                                _ body: (inout XMLStreamWriter) throws -> Void) throws -> [UInt8] {
        let oracle = try XMLStreamWriter.render(declaration: true, leavesByLibXML2: true, body)
        let fresh = try XMLStreamWriter.render(declaration: true, body)
        #expect(fresh == oracle, "fresh writer", sourceLocation: sourceLocation)
        let session = try XMLWriterSession()
        for capacity in capacities(fresh.count) {
            let direct = try XMLStreamWriter.render(session: session, capacity: capacity, body)
            #expect(direct == oracle, "capacity \(capacity)", sourceLocation: sourceLocation)
            #expect(xmlOutputBufferGetSize(session.output) == 0, "libxml2's buffer emptied for the next document",
                    sourceLocation: sourceLocation)
            let throughSession = try XMLStreamWriter.render(session: session, capacity: capacity, leavesByLibXML2: true, body)
            #expect(throughSession == oracle, "oracle through the session, capacity \(capacity)", sourceLocation: sourceLocation)
        }
        #expect(session.usable, sourceLocation: sourceLocation)
        return oracle
    }
}
