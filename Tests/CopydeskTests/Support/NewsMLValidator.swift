import CLibXML2
import Foundation

/// Validates XML against the NewsML-G2 2.35 Power XSD in-process with libxml2.
///
/// The XSD is parsed once (`xmlSchemaParse`); each document is parsed with `XML_PARSE_NONET` and
/// validated with its own `xmlSchemaValidateDoc` context. libxml2's messages are collected into
/// the returned problems instead of going to stderr. `nil` results mean `../shared` is absent.
enum NewsMLValidator {
    /// The schema file, when `../shared` is present.
    static let schemaURL: URL? = TestPaths.shared?.appendingPathComponent("standards/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd")

    /// The compiled schema, shared by all tests (libxml2 schemas are read-only once parsed).
    private final class Compiled: @unchecked Sendable {
        let schema: xmlSchemaPtr?
        let problems: [String]
        init(path: String) {
            xmlInitParser()
            let collector = ErrorCollector()
            let previous = collector.install()
            defer { ErrorCollector.restore(previous) }
            guard let parser = xmlSchemaNewParserCtxt(path) else { schema = nil; problems = ["cannot open \(path)"]; return }
            defer { xmlSchemaFreeParserCtxt(parser) }
            schema = xmlSchemaParse(parser)
            problems = collector.messages
        }
    }

    private static let compiled: Compiled? = schemaURL.map { Compiled(path: $0.path) }

    /// Problems found in `document` (empty when it validates); `nil` when the schema is unavailable.
    static func problems(in document: [UInt8]) -> [String]? {
        guard let compiled else { return nil }
        guard let schema = compiled.schema else { return ["schema did not compile: \(compiled.problems)"] }
        return withParsedDocument(document) { doc, messages in
            guard let doc else { return messages().isEmpty ? ["not well-formed"] : messages() }
            guard let context = xmlSchemaNewValidCtxt(schema) else { return ["xmlSchemaNewValidCtxt failed"] }
            defer { xmlSchemaFreeValidCtxt(context) }
            let rc = xmlSchemaValidateDoc(context, doc)
            if rc == 0 { return [] }
            return messages().isEmpty ? ["xmlSchemaValidateDoc returned \(rc)"] : messages()
        }
    }

    /// The namespace URI of the first element named `name` (e.g. "html"), or nil when absent.
    static func namespaceOfFirst(_ name: String, in document: [UInt8]) -> String?? {
        withParsedDocument(document) { doc, _ -> String?? in
            guard let doc, let root = xmlDocGetRootElement(doc) else { return nil }
            guard let node = find(name, from: root) else { return nil }
            guard let ns = node.pointee.ns, let href = ns.pointee.href else { return .some(nil) }
            return .some(String(cString: href))
        }
    }

    private static func find(_ name: String, from node: xmlNodePtr) -> xmlNodePtr? {
        var current: xmlNodePtr? = node
        while let n = current {
            if n.pointee.type == XML_ELEMENT_NODE, String(cString: n.pointee.name) == name { return n }
            if let child = n.pointee.children, let hit = find(name, from: child) { return hit }
            current = n.pointee.next
        }
        return nil
    }

    /// Parses with `XML_PARSE_NONET`, collecting libxml2's messages, and frees the document after `body`.
    private static func withParsedDocument<T>(_ bytes: [UInt8], _ body: (xmlDocPtr?, @escaping () -> [String]) -> T) -> T {
        xmlInitParser()
        let collector = ErrorCollector()
        let previous = collector.install()
        defer { ErrorCollector.restore(previous) }
        let options = Int32(XML_PARSE_NONET.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), "output.xml", "UTF-8", options)
            }
        }
        defer { if let doc { xmlFreeDoc(doc) } }
        return body(doc, { collector.messages })
    }
}

/// Collects libxml2's structured errors on the current thread instead of printing them.
final class ErrorCollector: @unchecked Sendable {
    private(set) var messages: [String] = []

    /// Routes this thread's libxml2 errors here; returns what to restore afterwards.
    func install() -> (UnsafeMutableRawPointer?, xmlStructuredErrorFunc?) {
        let previous = (__xmlStructuredErrorContext()?.pointee, __xmlStructuredError()?.pointee ?? nil)
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque()) { context, error in
            guard let context, let error else { return }
            let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
            collector.messages.append("line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return previous
    }

    /// Puts back the handler that `install` replaced.
    static func restore(_ previous: (UnsafeMutableRawPointer?, xmlStructuredErrorFunc?)) {
        xmlSetStructuredErrorFunc(previous.0, previous.1)
    }
}

extension NewsMLValidator {
    /// The text content of every element named `name`, in document order (nil when not well-formed).
    static func contents(of name: String, in document: [UInt8]) -> [String]? {
        withParsedDocument(document) { doc, _ -> [String]? in
            guard let doc, let root = xmlDocGetRootElement(doc) else { return nil }
            var found: [String] = []
            collect(name, from: root, into: &found)
            return found
        }
    }

    private static func collect(_ name: String, from node: xmlNodePtr, into found: inout [String]) {
        var current: xmlNodePtr? = node
        while let n = current {
            if n.pointee.type == XML_ELEMENT_NODE, String(cString: n.pointee.name) == name, let content = xmlNodeGetContent(n) {
                found.append(String(cString: content))
                copydesk_xmlFree(content)
            }
            if let child = n.pointee.children { collect(name, from: child, into: &found) }
            current = n.pointee.next
        }
    }
}
