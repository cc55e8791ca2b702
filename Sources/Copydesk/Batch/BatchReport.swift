import Foundation

/// The `--report` file: a JSON record of every input of a run, streamed to a temporary file as
/// results arrive (memory stays flat) and made visible atomically by `finish(_:)`.
///
/// Shape: `{"copydesk": VERSION, "formats": [...], "inputs": [ENTRY…], "summary": {...}}`, where
/// ENTRY is `{"input", "status" ("ok"|"failed"|"skipped"), "outputs": [...], "bytes", "ms",
/// "encoding", "error": {"code", "message"} or null, "warnings": [...]}` and the summary holds
/// `converted, failed, skipped, bytes, seconds, articlesPerSecond, interrupted, mergedOutputs,
/// error`. Inputs appear in sorted input order.
public final class BatchReport {
    private let output: AtomicOutput
    private var count = 0
    private var buffer: [UInt8] = []

    /// Starts a report for a run writing `formats`. Throws when the file cannot be created.
    public init(path: String, formats: [String]) throws {
        output = try AtomicOutput(path: path)
        buffer.reserveCapacity(1 << 16)
        text("{\n  \"copydesk\": "); string(Copydesk.version)
        text(",\n  \"formats\": ["); list(formats); text("],\n  \"inputs\": [")
    }

    /// Adds one input's record.
    public func add(_ result: BatchItemResult) throws {
        text(count == 0 ? "\n    {\"input\": " : ",\n    {\"input\": ")
        count += 1
        string(result.input)
        text(", \"status\": "); string(result.status.rawValue)
        text(", \"outputs\": ["); list(result.outputs)
        text("], \"bytes\": \(result.bytes), \"ms\": \(Self.decimal(result.milliseconds, places: 3)), \"encoding\": ")
        if let encoding = result.encoding { string(encoding) } else { text("null") }
        text(", \"error\": ")
        if let error = result.error {
            text("{\"code\": "); string(error.code.rawValue); text(", \"message\": "); string(error.description); text("}")
        } else {
            text("null")
        }
        text(", \"warnings\": [")
        if let encoding = result.encoding, encoding != "utf-8", encoding != "utf-8-bom" {
            string("decoded as \(encoding): the input is not UTF-8")
        }
        text("]}")
        if buffer.count >= 1 << 16 { try drain() }
    }

    /// Writes the summary and makes the report visible at its path.
    public func finish(_ summary: BatchSummary) throws {
        text(count == 0 ? "],\n  \"summary\": {" : "\n  ],\n  \"summary\": {")
        text("\"converted\": \(summary.converted), \"failed\": \(summary.failed), \"skipped\": \(summary.skipped)")
        text(", \"bytes\": \(summary.bytes), \"seconds\": \(Self.decimal(summary.seconds, places: 3))")
        text(", \"articlesPerSecond\": \(Self.decimal(summary.articlesPerSecond, places: 1))")
        text(", \"interrupted\": \(summary.interrupted), \"mergedOutputs\": ["); list(summary.mergedOutputs)
        text("], \"error\": ")
        if let error = summary.error {
            text("{\"code\": "); string(error.code.rawValue); text(", \"message\": "); string(error.description); text("}")
        } else {
            text("null")
        }
        text("}\n}\n")
        try drain()
        try output.commit()
    }

    /// Abandons the report: nothing appears at its path.
    public func discard() { output.discard() }

    private func drain() throws {
        try output.append(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func text(_ literal: String) { buffer.append(contentsOf: literal.utf8) }

    private func list(_ values: [String]) {
        for (position, value) in values.enumerated() {
            if position > 0 { text(", ") }
            string(value)
        }
    }

    /// Appends `value` as a JSON string (UTF-8, control characters escaped).
    private func string(_ value: String) {
        buffer.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): text("\\\"")
            case UInt8(ascii: "\\"): text("\\\\")
            case 0x0A: text("\\n")
            case 0x0D: text("\\r")
            case 0x09: text("\\t")
            case 0..<0x20: text("\\u00" + String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16))
            default: buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "0" }
        return String(format: "%.\(places)f", value)
    }
}
