import CLibXML2

extension XMLStreamWriter {
    /// Writes character data; `normalized` also turns tabs and line breaks into spaces (for
    /// NewsML-G2 `g2normalizedString` values).
    @inline(__always) mutating func text(_ value: String, normalized: Bool = false) throws {
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
    @inline(__always) mutating func leaf(_ name: StaticString, _ text: String?, normalized: Bool = false) throws {
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
        let clean = bytes.isEmpty ? 0 : XMLEscape.cleanTextPrefix(bytes.baseAddress!, bytes.count)
        if indent < ByteCopy.lineStart.utf8CodeUnitCount - 1, clean == bytes.count {
            top.pointee.hasBlockChildren = true  // what `startBlock` does, then the whole line in one step
            return run.appendLeaf(indent: indent, name, clean: bytes)
        }
        try startBlock(name)
        run.append(UInt8(ascii: "<"), name)
        guard let base = bytes.baseAddress, bytes.count > 0 else { return run.append("/>") }
        run.append(UInt8(ascii: ">"))
        let text = UnsafeBufferPointer(start: base, count: bytes.count)
        if clean == bytes.count { run.append(base, count: clean) } else {
            XMLEscape.appendText(text, cleanPrefix: clean, normalized: normalized, to: &run)
        }
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
        if direct { drain() }
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
