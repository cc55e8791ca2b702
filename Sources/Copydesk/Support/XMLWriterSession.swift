import CLibXML2

/// One libxml2 `xmlTextWriter` with its output buffer, kept for many standalone documents written
/// one after another on one thread (`WriterWorkspace` holds it for a batch worker).
///
/// libxml2 allows this: `xmlTextWriterStartDocument` only requires that no element is open, and
/// `xmlTextWriterEndDocument` closes every element, so each document's bytes are complete when it
/// ends. The output buffer has no write callback (`xmlAllocOutputBuffer`), so what libxml2 writes
/// stays in its own buffer. On the fast path (`run`) the stream writer's run is lent the memory of
/// the array returned and is the document itself: after each libxml2 call the bytes libxml2 wrote
/// (the declaration, every structural tag) are moved from its buffer to the run's end
/// (`XMLStreamWriter.drain`), and the buffer is emptied (`xmlBufShrink`) when the document ends —
/// no copy of the whole document is made. The oracle (`leavesByLibXML2`) has libxml2 hold the
/// whole document instead, read once at the end (`take`). (A buffer with a callback would flush
/// every ~4,000 bytes, and libxml2 would measure its buffer after every write to decide.) The
/// document's UTF-8 to UTF-8 encoder is dropped after the declaration (`dropIdentityEncoder`), so
/// every byte stays in that one buffer.
///
/// A document that fails leaves the writer in an unknown state, and one larger than
/// `keptBufferBytes` leaves a large buffer behind: the session is then marked spent and its owner
/// makes a new one. The handles are created in `init` and freed in `deinit`, never shared between
/// threads (the type is not `Sendable`).
final class XMLWriterSession {
    let handle: OpaquePointer
    let output: xmlOutputBufferPtr
    /// False once a document failed half-way (or left a huge buffer): the writer must not be used again.
    private(set) var usable = true
    /// The stream writer over `handle`, kept too: its byte run and element stack keep their memory
    /// from one document to the next (each document starts with both empty).
    /// (Unchecked exclusivity: only `run` reaches it, on the session's one thread, so the dynamic
    /// access checks of a class's stored property find nothing.)
    @exclusivity(unchecked) private var writer: XMLStreamWriter
    /// The array the oracle's last document was returned in: once its caller has let go of it, the
    /// next one is copied into the same memory.
    private var kept: [UInt8] = []
    /// The array the fast path's last document was returned in (see `DocumentBuffer`).
    @exclusivity(unchecked) private var document: [UInt8] = []

    /// Creates the output buffer (no callback: it keeps what it is given) and the writer over it.
    init() throws {
        XMLStreamWriter.initialise()
        guard let output = xmlAllocOutputBuffer(nil) else {
            throw XMLStreamWriter.failure("xmlAllocOutputBuffer", -1)
        }
        guard let raw = xmlNewTextWriter(output) else {
            xmlOutputBufferClose(output)
            throw XMLStreamWriter.failure("xmlNewTextWriter", -1)
        }
        handle = raw
        self.output = output
        writer = XMLStreamWriter(handle: raw, output: output, pretty: true, baseDepth: 0, charRefs: false, leavesByLibXML2: false)
    }

    deinit { xmlFreeTextWriter(handle) }

    /// The most run and libxml2 buffer memory kept for the next document (a rare huge article's
    /// run is given back; after a huge document the session is spent, freeing libxml2's buffer).
    static let keptRunBytes = 1 << 20
    static let keptBufferBytes = 1 << 20

    /// Runs `body` with the kept stream writer (its run sized for `capacity` bytes, so it does
    /// not grow) and returns the document; on failure the session is spent. `context` (the article)
    /// reaches `body` as an argument: captured by the closure, it would be copied.
    @inline(__always)
    func run<Context>(capacity: Int, leavesByLibXML2: Bool = false, context: Context,
                      _ body: (borrowing Context, inout XMLStreamWriter) throws -> Void) throws -> [UInt8] {
        precondition(usable, "XMLWriterSession used after a failed document")
        writer.leavesByLibXML2 = leavesByLibXML2
        do {
            guard leavesByLibXML2 else {
                // The fast path: the run is lent the returned array's memory (`capacity` bytes, a
                // generous estimate) and is the document itself — what libxml2 writes is moved into
                // it after each libxml2 call (`XMLStreamWriter.drain`) — so the bytes are not copied
                // again; only a document that outgrows the estimate is copied once more. The array
                // is kept for the next document (`DocumentBuffer`).
                var spilled: [UInt8]?, written = 0
                writer.direct = true
                DocumentBuffer.extend(&document, to: max(capacity, 64))
                try document.withUnsafeMutableBufferPointer { buffer in
                    writer.run.lend(buffer)
                    try body(context, &writer)
                    if writer.run.ownsStorage { spilled = writer.run.withBytes { Array($0) } } else { written = writer.run.count }
                }
                if let spilled { return try finishDirect(spilled) }
                return try finishDirect(DocumentBuffer.take(&document, count: written))
            }
            writer.run.reserve(capacity)
            try body(context, &writer)
            return try take()
        } catch {
            writer.direct = false
            writer.run.endLoan()
            usable = false
            throw error
        }
    }

    /// Ends a fast-path document: the run gives back the array's memory (or frees what it moved
    /// to); a huge document spends the session, as in `take`.
    private func finishDirect(_ bytes: consuming [UInt8]) throws -> [UInt8] {
        writer.direct = false
        writer.run.endLoan()
        if let conv = output.pointee.conv, xmlBufUse(conv) > 0 {  // an encoder still held bytes: never expected
            throw XMLStreamWriter.failure("xmlOutputBuffer encoder kept bytes", -1)
        }
        if bytes.count > Self.keptBufferBytes { usable = false }
        return bytes
    }

    /// The document in libxml2's buffer, copied once into the kept array (new memory only when the
    /// caller still holds the last one, or it is too small); libxml2's buffer is then emptied (its
    /// memory kept).
    private func take() throws -> [UInt8] {
        if let conv = output.pointee.conv, xmlBufUse(conv) > 0 {  // an encoder still held bytes: never expected
            throw XMLStreamWriter.failure("xmlOutputBuffer encoder kept bytes", -1)
        }
        let size = Int(xmlOutputBufferGetSize(output))
        guard size > 0, let content = xmlOutputBufferGetContent(output) else { return [] }
        // Not unique (the caller kept the last document): a new array, as `removeAll` makes then.
        kept.removeAll(keepingCapacity: true)
        kept.append(contentsOf: UnsafeBufferPointer(start: content, count: size))
        xmlBufShrink(output.pointee.buffer, size)
        writer.run.release(above: Self.keptRunBytes)
        if size > Self.keptBufferBytes { usable = false }
        let bytes = kept
        if kept.capacity > Self.keptBufferBytes { kept = [] }  // a huge document's array is not kept
        return bytes
    }
}
