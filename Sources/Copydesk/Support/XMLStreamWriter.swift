import CLibXML2

/// A thin, throwing wrapper around libxml2's streaming `xmlTextWriter`, writing into memory.
///
/// All libxml2 handles are created and freed inside `render`: a writer never outlives that call
/// (the handles are not `Sendable`, and the type is `~Copyable`, so it cannot be stored or copied).
/// Every libxml2 return code goes through `check`. Text and attribute values pass through
/// `XMLText.clean` first, so characters XML 1.0 cannot carry never reach the output. Attribute
/// values are escaped by libxml2; character data by `XMLEscape`, which reproduces libxml2's
/// `xmlEncodeSpecialChars` byte for byte. Markup is never assembled from strings.
///
/// Pretty printing is done here, not by libxml2 (whose indenter inserts whitespace into mixed
/// content such as `<p>text <q>quote</q></p>`): `open(_:block: true)` starts an element on a new,
/// indented line, `open(_:block: false)` starts an inline element with no whitespace around it.
struct XMLStreamWriter: ~Copyable {
    private let handle: OpaquePointer
    private let pretty: Bool
    private let baseDepth: Int
    /// One entry per open element: true once a block child was written inside it.
    private var hasBlockChildren: [Bool] = []

    /// libxml2's one-time global initialisation.
    private static let initialised: Bool = { xmlInitParser(); return true }()

    private init(handle: OpaquePointer, pretty: Bool, baseDepth: Int) {
        self.handle = handle
        self.pretty = pretty
        self.baseDepth = baseDepth
    }

    /// Runs `body` with a fresh writer and returns the UTF-8 bytes written.
    ///
    /// - Parameters:
    ///   - declaration: write `<?xml version="1.0" encoding="UTF-8"?>` first (a full document).
    ///   - pretty: indent block elements by two spaces per level.
    ///   - baseDepth: indentation level the root element is assumed to sit at (for fragments).
    ///   - finish: close every element still open; false leaves them open (a merged header).
    static func render(declaration: Bool, pretty: Bool = true, baseDepth: Int = 0, finish: Bool = true,
                       _ body: (inout XMLStreamWriter) throws -> Void) throws -> [UInt8] {
        _ = initialised
        guard let buffer = xmlBufferCreate() else { throw failure("xmlBufferCreate", -1) }
        defer { xmlBufferFree(buffer) }
        guard let raw = xmlNewTextWriterMemory(buffer, 0) else { throw failure("xmlNewTextWriterMemory", -1) }
        var writer = XMLStreamWriter(handle: raw, pretty: pretty, baseDepth: baseDepth)
        do {
            if declaration { try check(xmlTextWriterStartDocument(raw, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument") }
            try body(&writer)
            if finish {
                while !writer.hasBlockChildren.isEmpty { try writer.close() }
                if declaration { try check(xmlTextWriterEndDocument(raw), "xmlTextWriterEndDocument") }
            }
            try check(xmlTextWriterFlush(raw), "xmlTextWriterFlush")
        } catch {
            xmlFreeTextWriter(raw)
            throw error
        }
        xmlFreeTextWriter(raw)
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    /// Starts element `name`; with `namespace` it is declared on the element (default namespace
    /// when `prefix` is nil). A block element starts on a new indented line.
    mutating func open(_ name: String, namespace: String? = nil, prefix: String? = nil, block: Bool = true) throws {
        if block {
            if !hasBlockChildren.isEmpty { hasBlockChildren[hasBlockChildren.count - 1] = true }
            if !hasBlockChildren.isEmpty { try lineBreak(depth: hasBlockChildren.count) }
        }
        if namespace != nil || prefix != nil {
            try Self.check(xmlTextWriterStartElementNS(handle, prefix, name, namespace), "xmlTextWriterStartElementNS")
        } else {
            try Self.check(Self.withXMLChars(name) { xmlTextWriterStartElement(handle, $0) }, "xmlTextWriterStartElement")
        }
        hasBlockChildren.append(false)
    }

    /// Ends the innermost open element (`<x/>` when it is empty).
    mutating func close() throws {
        guard let hadBlocks = hasBlockChildren.popLast() else { throw Self.failure("close without open element", -1) }
        if hadBlocks { try lineBreak(depth: hasBlockChildren.count) }
        try Self.check(xmlTextWriterEndElement(handle), "xmlTextWriterEndElement")
    }

    /// Writes an attribute on the element just opened; the value is cleaned and escaped.
    func attribute(_ name: String, _ value: String, normalized: Bool = false) throws {
        let cleaned = XMLText.clean(value, normalized: normalized)
        try Self.check(Self.withXMLChars(name) { n in Self.withXMLChars(cleaned) { xmlTextWriterWriteAttribute(handle, n, $0) } },
                       "xmlTextWriterWriteAttribute")
    }

    /// Writes an attribute only when `value` is not nil.
    func attribute(_ name: String, _ value: String?, normalized: Bool = false) throws {
        if let value { try attribute(name, value, normalized: normalized) }
    }

    /// Writes character data; `normalized` also turns tabs and line breaks into spaces (for
    /// NewsML-G2 `g2normalizedString` values).
    func text(_ value: some StringProtocol, normalized: Bool = false) throws {
        guard !value.isEmpty else { return }
        // Most text needs neither cleaning nor escaping: its bytes go to libxml2 as they are.
        let plain = value.utf8.withContiguousStorageIfAvailable { bytes -> Int32? in
            XMLEscape.isPlain(bytes) ? xmlTextWriterWriteRawLen(handle, bytes.baseAddress, Int32(clamping: bytes.count)) : nil
        }
        if let written = plain ?? nil {
            try Self.check(written, "xmlTextWriterWriteRawLen")
            return
        }
        let cleaned = XMLText.clean(value, normalized: normalized)
        // Escaped here exactly as xmlTextWriterWriteString would (see XMLEscape), then handed to
        // libxml2 raw: this skips libxml2's allocation and strlen for every text node.
        let rc = XMLEscape.withEscaped(cleaned) { bytes in
            bytes.isEmpty ? 0 : xmlTextWriterWriteRawLen(handle, bytes.baseAddress, Int32(clamping: bytes.count))
        }
        try Self.check(rc, "xmlTextWriterWriteRawLen")
    }

    /// `<name attributes…>text</name>` as one block line.
    mutating func leaf(_ name: String, _ text: String?, normalized: Bool = false,
                       attributes: KeyValuePairs<String, String?> = [:]) throws {
        try open(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text, normalized: normalized) }
        try close()
    }

    /// Writes a comment (used only as a split marker by merged output).
    func comment(_ value: String) throws {
        try Self.check(xmlTextWriterWriteComment(handle, value), "xmlTextWriterWriteComment")
    }

    /// "\n" followed by 0, 2, 4, … spaces, built once.
    private static let indents: [String] = (0..<24).map { "\n" + String(repeating: " ", count: 2 * $0) }

    /// Writes a line break and indentation; only called inside an open element.
    private func lineBreak(depth: Int) throws {
        guard pretty else { return }
        let level = baseDepth + depth
        let whitespace = level < Self.indents.count ? Self.indents[level] : "\n" + String(repeating: " ", count: 2 * level)
        // Whitespace needs no escaping: written raw, it skips libxml2's per-call escape copy.
        try Self.check(Self.withXMLChars(whitespace) { xmlTextWriterWriteRaw(handle, $0) }, "xmlTextWriterWriteRaw")
    }

    /// Passes `text`'s NUL-terminated UTF-8 to `body` as `xmlChar`s without copying native strings
    /// (the implicit String-to-`UnsafePointer<UInt8>` conversion allocates a copy each time).
    private static func withXMLChars(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Int32) -> Int32 {
        text.withCString { chars in chars.withMemoryRebound(to: xmlChar.self, capacity: 1) { body($0) } }
    }

    /// Throws when a libxml2 call reports failure (a negative return code).
    @discardableResult
    static func check(_ rc: Int32, _ function: String) throws -> Int32 {
        guard rc >= 0 else { throw failure(function, rc) }
        return rc
    }

    private static func failure(_ function: String, _ rc: Int32) -> CopydeskError {
        CopydeskError(.writeFailed, reason: "libxml2 \(function) failed (rc \(rc))")
    }
}
