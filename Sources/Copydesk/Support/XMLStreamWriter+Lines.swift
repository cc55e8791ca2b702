/// One-step lines: a whole text-level element on its own line (its start tag, attributes, content
/// and end tag) written by the caller straight into the run, with the bytes `begin`, `attribute`,
/// `text` and `close` would write one call at a time. The oracle (`leavesByLibXML2`) never takes
/// this path, so the tests compare the two.
extension XMLStreamWriter {
    /// Starts a one-step line when it applies: the innermost open element is structural (libxml2
    /// writes it) and the line's indentation fits `ByteCopy.lineStart`. It then ends a pending start
    /// tag, marks the parent as holding block children, writes the new line and its indentation
    /// and reserves `room` bytes after it; the caller writes the element into `run`. False (nothing
    /// written): the caller takes `begin` … `close`.
    @inline(__always) mutating func beginLine(room: Int) throws -> Bool {
        if leavesByLibXML2 { return false }
        if pendingStart { try sealStartTag() }
        guard let top = frames.top, !top.pointee.serialized else { return false }
        let indent = pretty ? 2 * (baseDepth + frames.count) : -1
        guard indent < ByteCopy.lineStart.utf8CodeUnitCount - 1 else { return false }
        top.pointee.hasBlockChildren = true
        run.reserve(indent + 1 + room)
        if indent >= 0 { run.appendReserved(ByteCopy.lineStart.utf8Start, count: indent + 1) }
        return true
    }

    /// A whole text-level element that never changes (such as `<itemClass qcode="ninat:text"/>`) as
    /// one literal line; `byCalls` writes the same element through `begin` … `close` where a
    /// one-step line does not apply (the oracle, deep nesting): the plain rule the tests hold it to.
    @inline(__always) mutating func literalLine(_ line: StaticString, byCalls: (inout XMLStreamWriter) throws -> Void) throws {
        guard try beginLine(room: line.utf8CodeUnitCount) else { return try byCalls(&self) }
        run.appendReserved(line)
    }

    /// A text-level element with one attribute and no content (`<language tag="en"/>`) as one line:
    /// `start` is `<name attr="`, the value is cleaned and escaped as `attribute(_:bytes:normalized:)`
    /// writes it; `byCalls` writes the element through `begin` … `close` where a line does not apply.
    @inline(__always) mutating func attributeLine(_ start: StaticString, _ value: UnsafeBufferPointer<UInt8>, normalized: Bool,
                                                  byCalls: (inout XMLStreamWriter) throws -> Void) throws {
        guard try beginLine(room: start.utf8CodeUnitCount) else { return try byCalls(&self) }
        run.appendReserved(start)
        if let base = value.baseAddress, XMLEscape.isPlainAttribute(value, charRefs: charRefs) {
            run.append(base, count: value.count)
        } else {
            XMLEscape.appendAttribute(value, normalized: normalized, charRefs: charRefs, to: &run)
        }
        run.append("\"/>")
    }

    /// Appends `value` as an attribute value (between its quotes, which the caller writes), cleaned
    /// and escaped as `attribute(_:_:)` writes it; a value with nothing to escape is one copy.
    @inline(__always) mutating func appendAttributeValue(_ value: String) {
        Self.withBytes(of: value) { appendAttributeValue(bytes: $0) }
    }

    /// `appendAttributeValue` on the value's UTF-8 `bytes`.
    @inline(__always) mutating func appendAttributeValue(bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if XMLEscape.isPlainAttribute(bytes, charRefs: charRefs) { return run.append(base, count: bytes.count) }
        XMLEscape.appendAttribute(bytes, normalized: false, charRefs: charRefs, to: &run)
    }

    /// Appends a quote's speaker as attributes of a one-step line: `name` and the name, `role` and
    /// the role when there is one, then `person` or `organization` (each literal ends the attribute
    /// before it and opens the next one's value). `nameWritten` / `roleWritten`: where the run
    /// already holds the name's / role's escaped bytes (an earlier attribute), copied instead of
    /// escaped again. The speaker's strings are read where it is stored (`StoredText`), never
    /// written. Returns where the name and role values were written (empty without a role).
    @discardableResult @inline(__always) mutating func appendSpeakerAttributes(
        _ speaker: inout Speaker, nameWritten: Range<Int>? = nil, roleWritten: Range<Int>? = nil, name: StaticString,
        role: StaticString, person: StaticString, organization: StaticString
    ) -> (name: Range<Int>, role: Range<Int>) {
        run.reserve(64 + (nameWritten?.count ?? 0))
        run.appendReserved(name)
        let nameStart = run.count
        if let nameWritten {  // the name's escaped bytes already in the run (an earlier attribute): copied
            let source = UnsafePointer(run.base + nameWritten.lowerBound)
            run.appendReserved(source, count: nameWritten.count)
        } else {
            StoredText.bytes(&speaker.name) { appendAttributeValue(bytes: $0) }
        }
        let nameEnd = run.count
        var roleStart = nameEnd, roleEnd = nameEnd
        if StoredText.isPresent(&speaker.role) {
            run.reserve(64)
            run.appendReserved(role)
            roleStart = run.count
            if let roleWritten { appendCopy(roleWritten) } else { StoredText.bytes(&speaker.role) { appendAttributeValue(bytes: $0) } }
            roleEnd = run.count
        }
        run.reserve(64)
        run.appendReserved(speaker.kind == .person ? person : organization)
        return (nameStart..<nameEnd, roleStart..<roleEnd)
    }

    /// Appends UTF-8 `bytes` as character data inside an element written in one step (`text(bytes:)`
    /// without its checks: the start tag's `>` is written by the caller).
    @inline(__always) mutating func appendContent(_ bytes: UnsafeBufferPointer<UInt8>) {
        XMLEscape.appendText(bytes, normalized: false, to: &run)
    }
}
