import CLibXML2

/// Structural elements (ones holding other block elements): libxml2 writes their start and end
/// tags; their attributes and namespace declaration reach it as one run when the start tag ends.
extension XMLStreamWriter {
    /// Starts structural element `name`, written by libxml2; with `namespace` it is declared on the
    /// element (default namespace when `prefix` is nil). It starts on a new indented line.
    mutating func open(_ name: StaticString, namespace: StaticString? = nil, prefix: StaticString? = nil) throws {
        var nested = false  // see `endStartTagByChild`
        if pendingStart {
            nested = direct && libxmlTagOpen
            if nested { try endStartTagByChild() } else { try sealStartTag() }
        }
        if !nested {
            try startBlock(name)
            if !direct { try flush() }  // direct: the pending start tag is sealed, nothing to hand on
        }
        let rc: Int32
        if leavesByLibXML2, let namespace {
            rc = xmlTextWriterStartElementNS(handle, prefix?.utf8Start, name.utf8Start, namespace.utf8Start)
        } else if let prefix {
            // `prefix:name`, as xmlTextWriterStartElementNS spells it; the declaration is ours.
            let p = prefix.utf8CodeUnitCount, n = name.utf8CodeUnitCount
            rc = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: p + n + 2) { buffer in
                let base = buffer.baseAddress!
                XMLByteRun.copyBytes(prefix.utf8Start, to: base, count: p)
                base[p] = UInt8(ascii: ":")
                XMLByteRun.copyBytes(name.utf8Start, to: base + p + 1, count: n)
                base[p + n + 1] = 0
                return xmlTextWriterStartElement(handle, base)
            }
        } else {
            rc = xmlTextWriterStartElement(handle, name.utf8Start)
        }
        try Self.check(rc, "xmlTextWriterStartElement")
        if nested { try drainAfterChildStart() } else { startTagUndrained = direct }  // moved with the first attribute or the `>`
        libxmlTagOpen = true
        frames.push(Frame(name: name, serialized: false, startTagOpen: true, hasBlockChildren: false))
        if !leavesByLibXML2 {
            pendingStart = true
            // Only a declaring element sets these: the pending start tag sealed above left no
            // namespace behind (`sealStartTag` clears it), so most opens assign nothing.
            if let namespace {
                pendingNamespace = namespace
                pendingPrefix = prefix
            }
        }
    }

    /// Ends a structural element's start tag: its attributes and namespace declaration, collected
    /// in the run, go to libxml2's output buffer after the tag's name (without the buffer: as one
    /// attribute whose value is the rest of the run). When the run is the document (`direct`) they
    /// stay there, after the `<name` drained from libxml2, and libxml2 then writes the `>` unless
    /// the element ends empty (`contentFollows` false: libxml2 writes its `/>`).
    mutating func sealStartTag(contentFollows: Bool = true) throws {
        pendingStart = false
        if startTagUndrained, pendingNamespace != nil { drain() }
        if let namespace = pendingNamespace {
            pendingNamespace = nil
            let prefix = pendingPrefix
            if run.isEmpty { firstAttributeNameLength = 5 + (prefix.map { $0.utf8CodeUnitCount + 1 } ?? 0) }
            run.append(" xmlns")
            if let prefix { run.append(UInt8(ascii: ":"), prefix) }
            run.append("=\"")
            let uri = UnsafeBufferPointer(start: namespace.utf8Start, count: namespace.utf8CodeUnitCount)
            XMLEscape.appendAttributeValue(uri, charRefs: charRefs, to: &run)
            run.append(UInt8(ascii: "\""))
        }
        if direct {
            guard contentFollows, libxmlTagOpen else { return }
            libxmlTagOpen = false  // no bytes: libxml2 only ends its start tag with `>`
            try Self.check(xmlTextWriterWriteRawLen(handle, run.base, 0), "xmlTextWriterWriteRawLen")
            return drain()
        }
        guard !run.isEmpty else { return }
        defer { run.removeAll() }
        if output != nil {
            // libxml2 has written `<name` and holds the tag open (it writes `>` or `/>` when the
            // element gets content or ends): the attributes go into its output buffer right after
            // the name, the bytes its attribute calls would write there (the oracle makes them).
            return try writeRaw(run.base, run.count)
        }
        // The run is ` name="value…"`: libxml2 writes ` name="`, the middle goes raw, libxml2 the `"`.
        let n = firstAttributeNameLength, base = run.base
        base[1 + n] = 0  // the `=` after the first name, for a moment the name's terminator
        let rc = xmlTextWriterStartAttribute(handle, base + 1)
        base[1 + n] = UInt8(ascii: "=")
        try Self.check(rc, "xmlTextWriterStartAttribute")
        let middle = run.count - n - 4
        if middle > 0 { try writeRaw(base + n + 3, middle) }  // inside the attribute: nothing for libxml2 to end first
        try Self.check(xmlTextWriterEndAttribute(handle), "xmlTextWriterEndAttribute")
    }

    /// Hands the serialized run to libxml2 (which first ends an open start tag with `>`).
    mutating func flush() throws {
        if pendingStart { try sealStartTag() }
        guard !run.isEmpty, !direct else { return }
        defer { run.removeAll() }
        if libxmlTagOpen || leavesByLibXML2 {
            libxmlTagOpen = false
            try Self.check(xmlTextWriterWriteRawLen(handle, run.base, Int32(clamping: run.count)), "xmlTextWriterWriteRawLen")
        } else {
            try writeRaw(run.base, run.count)
        }
    }

    /// Moves what libxml2 wrote into its output buffer since the last call (a tag, a `>`) to the end
    /// of the run, which is the document when the writer is `direct` (`document` empties the buffer
    /// at the end). The buffer is measured and read directly (`outputSize`, `xmlBufContent`).
    @inline(__always) mutating func drain() {
        startTagUndrained = false
        guard let output else { return }
        let buffer = output.pointee.buffer, size = Self.outputSize(output)
        guard size > drained, let content = xmlBufContent(buffer) else { return }
        run.append(content + drained, count: size - drained)
        drained = size
    }

    /// `xmlOutputBufferGetSize` without its wrapper call: the bytes in `output`'s buffer (0 when the
    /// buffer is missing or in error, as there). A drain runs after every structural tag, so the
    /// wrapper's extra call pair counted.
    @inline(__always) static func outputSize(_ output: xmlOutputBufferPtr) -> Int {
        guard output.pointee.error == 0, let buffer = output.pointee.buffer else { return 0 }
        return Int(xmlBufUse(buffer))
    }

    /// Raw bytes straight into libxml2's output buffer: content when libxml2 has no start tag to end
    /// first (what `xmlTextWriterWriteRawLen` then does), or a start tag's attributes. The oracle
    /// (`leavesByLibXML2`) always calls libxml2's writer, and the tests compare the bytes.
    @inline(__always) mutating func writeRaw(_ base: UnsafePointer<UInt8>, _ count: Int) throws {
        let length = Int32(clamping: count)
        guard let output, !leavesByLibXML2 else {
            try Self.check(xmlTextWriterWriteRawLen(handle, base, length), "xmlTextWriterWriteRawLen")
            return
        }
        let rc = UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: count) { xmlOutputBufferWrite(output, length, $0) }
        try Self.check(rc, "xmlOutputBufferWrite")
    }
}
