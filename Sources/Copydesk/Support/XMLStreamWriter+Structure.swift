import CLibXML2

/// Structural elements (ones holding other block elements): libxml2 writes their start and end
/// tags; their attributes and namespace declaration reach it as one run when the start tag ends.
extension XMLStreamWriter {
    /// Starts structural element `name`, written by libxml2; with `namespace` it is declared on the
    /// element (default namespace when `prefix` is nil). It starts on a new indented line.
    mutating func open(_ name: StaticString, namespace: String? = nil, prefix: StaticString? = nil) throws {
        if pendingStart { try sealStartTag() }
        try startBlock(name)
        try flush()
        let rc: Int32
        if leavesByLibXML2, let namespace {
            rc = namespace.withCString { uri in
                uri.withMemoryRebound(to: xmlChar.self, capacity: 1) {
                    xmlTextWriterStartElementNS(handle, prefix?.utf8Start, name.utf8Start, $0)
                }
            }
        } else if let prefix {
            // `prefix:name`, as xmlTextWriterStartElementNS spells it; the declaration is ours.
            let p = prefix.utf8CodeUnitCount, n = name.utf8CodeUnitCount
            rc = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: p + n + 2) { buffer in
                let base = buffer.baseAddress!
                ByteCopy.copy(prefix.utf8Start, to: base, count: p)
                base[p] = UInt8(ascii: ":")
                ByteCopy.copy(name.utf8Start, to: base + p + 1, count: n)
                base[p + n + 1] = 0
                return xmlTextWriterStartElement(handle, base)
            }
        } else {
            rc = xmlTextWriterStartElement(handle, name.utf8Start)
        }
        try Self.check(rc, "xmlTextWriterStartElement")
        frames.push(Frame(name: name, serialized: false, startTagOpen: true, hasBlockChildren: false))
        if !leavesByLibXML2 {
            pendingStart = true
            pendingNamespace = namespace
            pendingPrefix = prefix
        }
    }

    /// Ends a structural element's start tag: its attributes and namespace declaration, collected
    /// in the run, are handed to libxml2 as one attribute whose value is the rest of the run.
    mutating func sealStartTag() throws {
        pendingStart = false
        if let namespace = pendingNamespace {
            pendingNamespace = nil
            let prefix = pendingPrefix
            if run.isEmpty { firstAttributeNameLength = 5 + (prefix.map { $0.utf8CodeUnitCount + 1 } ?? 0) }
            run.append(" xmlns")
            if let prefix { run.append(UInt8(ascii: ":"), prefix) }
            run.append("=\"")
            let charRefs = charRefs
            Self.withBytes(of: namespace) { XMLEscape.appendAttribute($0, normalized: false, charRefs: charRefs, to: &run) }
            run.append(UInt8(ascii: "\""))
        }
        guard !run.isEmpty else { return }
        // The run is ` name="value…"`: libxml2 writes ` name="`, the middle goes raw, libxml2 the `"`.
        let n = firstAttributeNameLength, base = run.base
        defer { run.removeAll() }
        base[1 + n] = 0  // the `=` after the first name, for a moment the name's terminator
        let rc = xmlTextWriterStartAttribute(handle, base + 1)
        base[1 + n] = UInt8(ascii: "=")
        try Self.check(rc, "xmlTextWriterStartAttribute")
        let middle = run.count - n - 4
        if middle > 0 { try Self.check(xmlTextWriterWriteRawLen(handle, base + n + 3, Int32(clamping: middle)), "xmlTextWriterWriteRawLen") }
        try Self.check(xmlTextWriterEndAttribute(handle), "xmlTextWriterEndAttribute")
    }
}
