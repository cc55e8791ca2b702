@testable import Copydesk
import CLibXML2
import Foundation

/// In-process checks of one writer output, chosen by format name. Returns the problems found.
/// The slower external validators (JSON Schema, python csv, ninjs schema) run in batches in
/// `ExternalValidators`.
enum OutputChecks {
    static func problems(format: String, output: [UInt8], article: Article) -> [String] {
        var found: [String] = []
        if String(validating: output, as: UTF8.self) == nil { found.append("\(format): not valid UTF-8") }
        if output.contains(0) { found.append("\(format): contains a NUL byte") }
        switch format {
        case "json": found += json(output, article: article)
        case "ninjs": found += jsonObject(output, format: format)
        case "xml": found += NewsMLValidator.problems(in: output).map { $0.map { "xml: \($0)" } } ?? xml(output)
        case "text", "csv-quotes": break
        default: break  // a new format: UTF-8 and NUL checks only until it gets its own validator
        }
        return found
    }

    /// Parses with JSONSerialization and checks that strings survive the round trip exactly.
    static func json(_ output: [UInt8], article: Article) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(output)) as? [String: Any] else {
            return ["json: JSONSerialization cannot read the output"]
        }
        var found: [String] = []
        if (object["headline"] as? String) != article.headline { found.append("json: headline does not round-trip") }
        let bodyTexts = (object["body"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
        if bodyTexts != article.body.map(\.text) { found.append("json: body texts do not round-trip") }
        let quotes = (object["quotes"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
        if quotes != article.quotes.map(\.text) { found.append("json: quote texts do not round-trip") }
        let discarded = (object["discarded"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
        if discarded != article.discarded.map(\.text) { found.append("json: discarded texts do not round-trip") }
        return found
    }

    static func jsonObject(_ output: [UInt8], format: String) -> [String] {
        (try? JSONSerialization.jsonObject(with: Data(output))) is [String: Any] ? [] : ["\(format): not a JSON object"]
    }

    /// Well-formedness with libxml2 (no network, errors collected instead of printed); the
    /// fallback when the NewsML-G2 schema in ../shared is absent.
    static func xml(_ output: [UInt8]) -> [String] {
        xmlInitParser()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let doc = output.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), "torture.xml", "UTF-8", options)
            }
        }
        guard let doc else {
            let message = xmlGetLastError().map { String(cString: $0.pointee.message).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "unknown"
            return ["xml: not well-formed (\(message))"]
        }
        xmlFreeDoc(doc)
        return []
    }

    /// Model invariants every parse must keep, whatever the input.
    static func modelProblems(_ article: Article) -> [String] {
        var found: [String] = []
        for (index, quote) in article.quotes.enumerated() {
            guard article.body.indices.contains(quote.paragraph) else { found.append("quote \(index): paragraph out of range"); continue }
            let length = article.body[quote.paragraph].text.unicodeScalars.count
            if !(0 <= quote.start && quote.start <= quote.end && quote.end <= length) { found.append("quote \(index): offsets out of range") }
        }
        let texts = [article.headline, article.section, article.dateline].compactMap { $0 } + article.standfirst
            + article.body.map(\.text) + article.quotes.map(\.text) + article.discarded.map(\.text)
        if texts.contains(where: { $0.unicodeScalars.contains { Self.isForbidden($0) } }) {
            found.append("model text carries NUL, a C0 control or U+FFFE/U+FFFF")
        }
        return found
    }

    /// Characters XML 1.0 cannot carry (besides surrogates, which Swift strings cannot hold).
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE || value == 0xFFFF
    }
}
