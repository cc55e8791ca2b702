import Foundation

/// Validates JSON documents against the Article JSON Schema with python3's `jsonschema`.
enum ArticleSchema {
    static let schemaPath = TestPaths.root.appendingPathComponent("formats/json/article.schema.json").path

    /// Problems found in `documents` (empty when all validate); `nil` when jsonschema is unavailable.
    static func problems(in documents: [URL]) throws -> [String]? {
        let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            print("NO-JSONSCHEMA"); sys.exit(0)
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
                print(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")
        """
        guard let result = try ProcessRunner.python(["-c", script, schemaPath] + documents.map(\.path)) else { return nil }
        if result.stdoutText.contains("NO-JSONSCHEMA") { return nil }
        guard result.status == 0 else { return ["validator failed: \(result.stderr)"] }
        return result.stdoutText.split(separator: "\n").map(String.init)
    }
}
