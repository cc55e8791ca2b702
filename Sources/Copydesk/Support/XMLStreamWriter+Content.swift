import CLibXML2

extension XMLStreamWriter {
    /// Writes an attribute on the element just opened; the value is cleaned and escaped.
    mutating func attribute(_ name: StaticString, _ value: String, normalized: Bool = false) throws {
        guard try attributeGoesToRun(name) else {
            let cleaned = XMLText.clean(value, normalized: normalized)
            let rc = cleaned.withCString { chars in
                chars.withMemoryRebound(to: xmlChar.self, capacity: 1) { xmlTextWriterWriteAttribute(handle, name.utf8Start, $0) }
            }
            try Self.check(rc, "xmlTextWriterWriteAttribute")
            return
        }
        let charRefs = charRefs
        Self.withBytes(of: value) { bytes in
            if XMLEscape.isPlainAttribute(bytes, charRefs: charRefs) {  // nearly every value: one copy
                run.appendAttribute(name, plain: bytes)
                return
            }
            startAttribute(name)
            XMLEscape.appendAttribute(bytes, normalized: normalized, charRefs: charRefs, to: &run)
            run.append(UInt8(ascii: "\""))
        }
    }

    /// True when attribute `name` goes into the run as ` name="…"`: on a start tag serialized here,
    /// or on a structural element's start tag still open (its attributes reach libxml2 together in
    /// `sealStartTag`); false for the oracle, where libxml2 writes the attribute.
    @inline(__always) private mutating func attributeGoesToRun(_ name: StaticString) throws -> Bool {
        guard let top = frames.top else { throw Self.failure("attribute \(name) outside an element", -1) }
        if top.pointee.serialized {
            guard top.pointee.startTagOpen else { throw Self.failure("attribute \(name) after content", -1) }
            return true
        }
        if leavesByLibXML2 {
            guard run.isEmpty else { throw Self.failure("attribute \(name) after content", -1) }
            return false
        }
        guard pendingStart else { throw Self.failure("attribute \(name) after content", -1) }
        if run.isEmpty { firstAttributeNameLength = name.utf8CodeUnitCount }
        return true
    }

    /// Writes an attribute whose value is a literal needing no escaping (an enum's spelling, a
    /// fixed code): copied as it is into the run, else written as `attribute(_:_:)`.
    mutating func attribute(_ name: StaticString, literal value: StaticString) throws {
        guard try attributeGoesToRun(name) else {
            try attribute(name, value.description)
            return
        }
        run.appendAttribute(name, plain: UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    /// Writes an attribute only when `value` is not nil.
    mutating func attribute(_ name: StaticString, _ value: String?, normalized: Bool = false) throws {
        if let value { try attribute(name, value, normalized: normalized) }
    }

    /// Writes a number as an attribute, optionally after a literal prefix (`id="q12"`).
    mutating func attribute(_ name: StaticString, prefix: StaticString = "", _ value: Int) throws {
        guard try attributeGoesToRun(name) else {
            try attribute(name, prefix.description + String(value))
            return
        }
        run.appendAttribute(name, prefix: prefix, decimal: value)
    }

    /// ` name="` in the run.
    @inline(__always) private mutating func startAttribute(_ name: StaticString) {
        run.reserve(name.utf8CodeUnitCount + 3)
        run.append(UInt8(ascii: " "))
        run.append(name)
        run.append(UInt8(ascii: "="))
        run.append(UInt8(ascii: "\""))
    }

    /// Writes character data; `normalized` also turns tabs and line breaks into spaces (for
    /// NewsML-G2 `g2normalizedString` values).
    mutating func text(_ value: String, normalized: Bool = false) throws {
        try Self.withBytes(of: value) { try text(bytes: $0, normalized: normalized) }
    }

    /// Writes a literal as character data.
    mutating func text(_ literal: StaticString) throws {
        try text(bytes: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Writes UTF-8 `bytes` (valid UTF-8) as character data.
    mutating func text(bytes: UnsafeBufferPointer<UInt8>, normalized: Bool = false) throws {
        guard !bytes.isEmpty else { return }
        if leavesByLibXML2 {
            try flush()
            let cleaned = XMLText.clean(String(decoding: bytes, as: UTF8.self), normalized: normalized)
            let rc = cleaned.withCString { chars in
                chars.withMemoryRebound(to: xmlChar.self, capacity: 1) { xmlTextWriterWriteString(handle, $0) }
            }
            try Self.check(rc, "xmlTextWriterWriteString")
            return
        }
        try enterContent()
        XMLEscape.appendText(bytes, normalized: normalized, to: &run)
    }

    /// `<name>text</name>` as one block line (`<name/>` when `text` is nil or empty).
    mutating func leaf(_ name: StaticString, _ text: String?, normalized: Bool = false) throws {
        guard let text else { return try leaf(name, bytes: UnsafeBufferPointer(start: nil, count: 0)) }
        try Self.withBytes(of: text) { try leaf(name, bytes: $0, normalized: normalized) }
    }

    /// `leaf` on UTF-8 bytes: the bytes `begin`, `text` and `close` write, in one step with no
    /// element pushed and popped (the oracle takes those three calls).
    mutating func leaf(_ name: StaticString, bytes: UnsafeBufferPointer<UInt8>, normalized: Bool = false) throws {
        if leavesByLibXML2 {
            try begin(name)
            try text(bytes: bytes, normalized: normalized)
            return try close()
        }
        if pendingStart { try sealStartTag() }
        guard let top = frames.top, !top.pointee.serialized else {
            // At the top level or inside a text-level element: the general path (or its error).
            try begin(name)
            try text(bytes: bytes, normalized: normalized)
            return try close()
        }
        let indent = pretty ? 2 * (baseDepth + frames.count) : -1
        if indent < ByteCopy.lineStart.utf8CodeUnitCount - 1, bytes.isEmpty || XMLEscape.isCleanText(bytes.baseAddress!, bytes.count) {
            top.pointee.hasBlockChildren = true  // what `startBlock` does, then the whole line in one step
            return run.appendLeaf(indent: indent, name, clean: bytes)
        }
        try startBlock(name)
        run.append(UInt8(ascii: "<"), name)
        guard let base = bytes.baseAddress, bytes.count > 0 else { return run.append("/>") }
        run.append(UInt8(ascii: ">"))
        XMLEscape.appendText(UnsafeBufferPointer(start: base, count: bytes.count), normalized: normalized, to: &run)
        run.appendEndTag(name)
    }

    /// Writes a comment (used only as a split marker by merged output).
    mutating func comment(_ value: String) throws {
        if pendingStart { try sealStartTag() }
        if let top = frames.top, top.pointee.serialized {
            throw Self.failure("comment inside text-level element \(top.pointee.name)", -1)
        }
        try flush()
        try Self.check(xmlTextWriterWriteComment(handle, value), "xmlTextWriterWriteComment")
        libxmlTagOpen = false
    }

    /// Calls `body` with `text`'s UTF-8 bytes, without copying native strings.
    @inline(__always)
    static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return try copy.withUTF8(body)
    }
}
