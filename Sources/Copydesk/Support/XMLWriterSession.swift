import CLibXML2

/// One libxml2 `xmlTextWriter` with its output buffer, kept for many standalone documents written
/// one after another on one thread (`WriterWorkspace` holds it for a batch worker).
///
/// libxml2 allows this: `xmlTextWriterStartDocument` only requires that no element is open, and
/// `xmlTextWriterEndDocument` closes every element and flushes the output buffer through our
/// callback, so each document's bytes are complete in the sink when it ends and the next one
/// starts from an empty buffer. A document that fails leaves the writer in an unknown state: the
/// session is then marked spent and its owner makes a new one. The handles are created in `init`
/// and freed in `deinit`, never shared between threads (the type is not `Sendable`).
final class XMLWriterSession {
    let handle: OpaquePointer
    let sink: XMLOutputSink
    /// False once a document failed half-way: the writer must not be used again.
    private(set) var usable = true
    /// The stream writer over `handle`, kept too: its byte run and element stack keep their memory
    /// from one document to the next (each document starts with both empty).
    private var writer: XMLStreamWriter

    /// Creates the output buffer (delivering into `sink`) and the writer over it.
    init() throws {
        XMLStreamWriter.initialise()
        sink = XMLOutputSink(capacity: 0)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        guard let output = xmlOutputBufferCreateIO(XMLOutputSink.write, nil, context, nil) else {
            throw XMLStreamWriter.failure("xmlOutputBufferCreateIO", -1)
        }
        guard let raw = xmlNewTextWriter(output) else {
            xmlOutputBufferClose(output)
            throw XMLStreamWriter.failure("xmlNewTextWriter", -1)
        }
        handle = raw
        writer = XMLStreamWriter(handle: raw, pretty: true, baseDepth: 0, charRefs: false, leavesByLibXML2: false)
    }

    deinit { xmlFreeTextWriter(handle) }

    /// The most run memory kept for the next document (a rare huge article's is given back).
    static let keptRunBytes = 1 << 20

    /// Runs `document` with the kept stream writer (its run sized for `capacity` bytes, so it does
    /// not grow) and returns the bytes delivered; on failure the session is spent.
    func run(capacity: Int, leavesByLibXML2: Bool = false, _ document: (inout XMLStreamWriter) throws -> Void) throws -> [UInt8] {
        precondition(usable, "XMLWriterSession used after a failed document")
        sink.bytes.reserveCapacity(capacity)
        writer.leavesByLibXML2 = leavesByLibXML2
        writer.run.reserve(capacity)
        do {
            try document(&writer)
        } catch {
            usable = false
            sink.bytes = []
            throw error
        }
        writer.run.release(above: Self.keptRunBytes)
        let bytes = sink.bytes
        sink.bytes = []
        return bytes
    }
}
