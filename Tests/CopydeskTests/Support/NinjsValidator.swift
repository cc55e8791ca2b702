import Foundation

/// Validates ninjs documents with `../shared/standards/ninjs/validate_ninjs.py --schema 3.1 --formats`.
enum NinjsValidator {
    /// The validator script, when `../shared` is present.
    static let script: URL? = TestPaths.shared?.appendingPathComponent("standards/ninjs/validate_ninjs.py")

    /// Writes each document to a temporary file and validates them in one run: the validator's
    /// complaints (empty when all are valid), or `nil` when `../shared`, python3 or jsonschema is missing.
    static func problems(in documents: [(name: String, bytes: [UInt8])]) throws -> [String]? {
        guard let script else { return nil }
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            let url = directory.appendingPathComponent("\(index)-\(document.name).ninjs.json")
            try Data(document.bytes).write(to: url)
            paths.append(url.path)
        }
        guard let result = try ProcessRunner.python([script.path, "--schema", "3.1", "--formats"] + paths) else { return nil }
        if result.stderr.contains("No module named") { return nil }
        if result.status == 0 { return [] }
        let lines = result.stdoutText.split(separator: "\n").map(String.init).filter { !$0.hasSuffix(": valid") }
        return lines.isEmpty ? ["validator exited \(result.status): \(result.stderr)"] : lines
    }
}
