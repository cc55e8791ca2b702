import CLibXML2

/// Making an `XMLStreamWriter` for one document, running the caller's body and collecting the bytes:
/// with a fresh libxml2 writer, or with the kept one of an `XMLWriterSession`.
extension XMLStreamWriter {
    /// Runs `body` with a fresh writer and returns the UTF-8 bytes written; every element still
    /// open at the end is closed.
    ///
    /// - Parameters:
    ///   - declaration: write `<?xml version="1.0" encoding="UTF-8"?>` first (a full document).
    ///   - pretty: indent block elements by two spaces per level.
    ///   - baseDepth: indentation level the root element is assumed to sit at (for fragments).
    ///   - capacity: the expected size of the output, to size the output buffer once.
    ///   - leavesByLibXML2: write text-level elements through libxml2 calls too (the tests' oracle).
    static func render(declaration: Bool, pretty: Bool = true, baseDepth: Int = 0, capacity: Int = 4096,
                       leavesByLibXML2: Bool = false, _ body: (inout XMLStreamWriter) throws -> Void) throws -> [UInt8] {
        initialise()
        let sink = XMLOutputSink(capacity: capacity)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        guard let output = xmlOutputBufferCreateIO(XMLOutputSink.write, nil, context, nil) else {
            throw failure("xmlOutputBufferCreateIO", -1)
        }
        guard let raw = xmlNewTextWriter(output) else {
            xmlOutputBufferClose(output)
            throw failure("xmlNewTextWriter", -1)
        }
        var writer = XMLStreamWriter(handle: raw, output: output, pretty: pretty, baseDepth: baseDepth, charRefs: !declaration,
                                     leavesByLibXML2: leavesByLibXML2)
        do {
            try writer.document(declaration: declaration, body)
        } catch {
            xmlFreeTextWriter(raw)
            throw error
        }
        xmlFreeTextWriter(raw)
        return withExtendedLifetime(sink) { sink.bytes }
    }

    /// `render(declaration: true, …)` through the kept writer of `session` instead of a new one:
    /// the same bytes, without creating and freeing libxml2's writer and buffers per document.
    /// `context` reaches `body` as an argument (a capture would be copied).
    @inline(__always)
    static func render<Context>(session: XMLWriterSession, capacity: Int, leavesByLibXML2: Bool = false, context: Context,
                                _ body: (borrowing Context, inout XMLStreamWriter) throws -> Void) throws -> [UInt8] {
        // The session's kept writer: a run can hold most of the body (its text-level elements sit
        // between two structural ones), so the session sizes it from the document's estimate.
        try session.run(capacity: capacity, leavesByLibXML2: leavesByLibXML2, context: context) { context, writer in
            try writer.document(declaration: true) { try body(context, &$0) }
        }
    }

    /// `render(session:capacity:leavesByLibXML2:context:_:)` with nothing to pass to `body`.
    static func render(session: XMLWriterSession, capacity: Int, leavesByLibXML2: Bool = false,
                       _ body: (inout XMLStreamWriter) throws -> Void) throws -> [UInt8] {
        try render(session: session, capacity: capacity, leavesByLibXML2: leavesByLibXML2, context: ()) { _, w in try body(&w) }
    }

    /// The declaration (when asked), `body`, every element still open closed, and everything
    /// flushed to the output buffer's callback.
    @inline(__always) mutating func document(declaration: Bool, _ body: (inout XMLStreamWriter) throws -> Void) throws {
        quoteValues.reset()
        if declaration {
            try Self.check(xmlTextWriterStartDocument(handle, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
            dropIdentityEncoder()
            if direct { drain() }
        }
        try body(&self)
        while !frames.isEmpty { try close() }
        try flush()
        if declaration { try Self.check(xmlTextWriterEndDocument(handle), "xmlTextWriterEndDocument") }
        try Self.check(xmlTextWriterFlush(handle), "xmlTextWriterFlush")
        if direct {
            drain()
            if let output, drained > 0 { xmlBufShrink(output.pointee.buffer, drained) }
            drained = 0
        }
    }

    /// Declaring UTF-8 makes libxml2 pass every output byte through its UTF-8 to UTF-8 "encoder",
    /// a copy into a second buffer (`conv`) before the bytes reach the sink. Our bytes are UTF-8
    /// already, so the fast path takes that encoder off the output buffer once the declaration is
    /// written (libxml2 then flushes its own buffer straight to the sink; `xmlTextWriterStartDocument`
    /// sets it again for the next document, and nothing but the output buffer reads it). The bytes
    /// are the same; the tests' oracle (`leavesByLibXML2`) keeps the encoder, except on a buffer
    /// without a callback (`XMLWriterSession`), which must hold every byte itself.
    mutating func dropIdentityEncoder() {
        guard let output, !leavesByLibXML2 || output.pointee.writecallback == nil, let encoder = output.pointee.encoder,
              let name = encoder.pointee.name else { return }
        let utf8: StaticString = "UTF-8"  // its terminating zero is compared too
        for k in 0...utf8.utf8CodeUnitCount where UInt8(bitPattern: name[k]) != (k < utf8.utf8CodeUnitCount ? utf8.utf8Start[k] : 0) {
            return
        }
        output.pointee.encoder = nil
    }
}

/// Where libxml2's output buffer delivers the finished bytes (`xmlOutputBufferCreateIO`'s context).
final class XMLOutputSink {
    /// Everything libxml2 has written so far.
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The write callback: appends `length` bytes and reports them all written.
    static let write: xmlOutputWriteCallback = { context, buffer, length in
        guard let context, let buffer, length > 0 else { return 0 }
        let sink = Unmanaged<XMLOutputSink>.fromOpaque(context).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeRawBufferPointer(start: buffer, count: Int(length)))
        return length
    }
}
