import CLibXML2

/// Attributes: on a start tag serialized here, or on a structural element's start tag still open
/// (they reach libxml2 together when it ends), each value cleaned and escaped as libxml2 would;
/// the oracle (`leavesByLibXML2`) has libxml2 write every attribute.
extension XMLStreamWriter {
    /// Writes an attribute on the element just opened; the value is cleaned and escaped. On a start
    /// tag serialized here, a value with nothing to escape (nearly every one) is copied inline.
    @inline(__always) mutating func attribute(_ name: StaticString, _ value: String, normalized: Bool = false) throws {
        try Self.withBytes(of: value) { try attribute(name, bytes: $0, normalized: normalized) }
    }

    /// `attribute(_:_:normalized:)` on the value's UTF-8 `bytes` (valid UTF-8).
    @inline(__always) mutating func attribute(_ name: StaticString, bytes: UnsafeBufferPointer<UInt8>, normalized: Bool = false) throws {
        if onSerializedStartTag || collectsStructuralAttributes(), XMLEscape.isPlainAttribute(bytes, charRefs: charRefs) {
            return run.appendAttribute(name, plain: bytes)
        }
        try generalAttribute(name, bytes, normalized: normalized)
    }

    /// `attribute(_:bytes:normalized:)` off the inlined path: a structural start tag, a value to
    /// escape, the oracle, or an error.
    @inline(never) private mutating func generalAttribute(_ name: StaticString, _ bytes: UnsafeBufferPointer<UInt8>,
                                                          normalized: Bool) throws {
        guard try attributeGoesToRun(name) else {
            let cleaned = XMLText.clean(String(decoding: bytes, as: UTF8.self), normalized: normalized)
            let rc = cleaned.withCString { chars in
                chars.withMemoryRebound(to: xmlChar.self, capacity: 1) { xmlTextWriterWriteAttribute(handle, name.utf8Start, $0) }
            }
            try Self.check(rc, "xmlTextWriterWriteAttribute")
            return
        }
        if XMLEscape.isPlainAttribute(bytes, charRefs: charRefs) {  // nearly every value: one copy
            return run.appendAttribute(name, plain: bytes)
        }
        startAttribute(name)
        XMLEscape.appendAttribute(bytes, normalized: normalized, charRefs: charRefs, to: &run)
        run.append(UInt8(ascii: "\""))
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
        if startTagUndrained { drain() }  // the `<name` libxml2 wrote goes before the attribute
        if run.isEmpty { firstAttributeNameLength = name.utf8CodeUnitCount }
        return true
    }

    /// Writes an attribute whose value is a literal needing no escaping (an enum's spelling, a
    /// fixed code): copied as it is into the run, else written as `attribute(_:_:)`. On a start tag
    /// serialized here (nearly every call) it is inlined, so the name and value copy as constants.
    @inline(__always) mutating func attribute(_ name: StaticString, literal value: StaticString) throws {
        guard onSerializedStartTag || collectsStructuralAttributes() else { return try generalAttribute(name, literal: value) }
        run.appendAttribute(name, plain: UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    /// `attribute(_:literal:)` off the inlined path: a structural start tag, the oracle, or an error.
    @inline(never) private mutating func generalAttribute(_ name: StaticString, literal value: StaticString) throws {
        guard try attributeGoesToRun(name) else {
            try attribute(name, value.description)
            return
        }
        run.appendAttribute(name, plain: UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    /// True when the innermost element is serialized here and its start tag is still open (the
    /// oracle serializes nothing, so it never is).
    @inline(__always) private var onSerializedStartTag: Bool {
        guard let top = frames.top else { return false }
        return top.pointee.serialized && top.pointee.startTagOpen
    }

    /// A structural start tag is open and collects attributes in the run after its `<name` (moved
    /// there from libxml2's buffer first when it is not yet) or after the first attribute: what
    /// `attributeGoesToRun` allows, without its checks.
    @inline(__always) private mutating func collectsStructuralAttributes() -> Bool {
        guard pendingStart else { return false }
        if startTagUndrained { drainStartTag() }
        return !run.isEmpty
    }

    /// `drain` out of line, for the first attribute of a structural start tag.
    @inline(never) private mutating func drainStartTag() { drain() }

    /// Writes literal `prefix` (needing no escaping) and then `value`, cleaned and escaped, as one
    /// attribute value, without making the joined string.
    mutating func attribute(_ name: StaticString, prefix: StaticString, _ value: String) throws {
        guard try attributeGoesToRun(name) else {
            try attribute(name, prefix.description + value)
            return
        }
        startAttribute(name)
        run.append(prefix)
        let charRefs = charRefs
        Self.withBytes(of: value) { XMLEscape.appendAttributeValue($0, charRefs: charRefs, to: &run) }
        run.append(UInt8(ascii: "\""))
    }

    /// Writes an attribute only when `value` is not nil.
    mutating func attribute(_ name: StaticString, _ value: String?, normalized: Bool = false) throws {
        if let value { try attribute(name, value, normalized: normalized) }
    }

    /// Writes a number as an attribute, optionally after a literal prefix (`id="q12"`); inlined on
    /// a start tag serialized here, as `attribute(_:literal:)` is.
    @inline(__always) mutating func attribute(_ name: StaticString, prefix: StaticString = "", _ value: Int) throws {
        guard onSerializedStartTag || collectsStructuralAttributes() else { return try generalAttribute(name, prefix: prefix, value) }
        run.appendAttribute(name, prefix: prefix, decimal: value)
    }

    /// `attribute(_:prefix:_:)` off the inlined path.
    @inline(never) private mutating func generalAttribute(_ name: StaticString, prefix: StaticString, _ value: Int) throws {
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
}
