import Foundation

/// Validators that run outside the process, once over many outputs: the Article JSON Schema,
/// python's csv module for `csv-quotes` (ninjs: `NinjsValidator`). Each returns problems, or `nil`
/// when its tool is missing (the caller prints a note and skips).
enum ExternalValidators {
    /// `csv-quotes`: RFC 4180 through python's csv module, the header, 11 cells per row, every
    /// cell made inert (no leading =, +, -, @, TAB or CR).
    static func csvProblems(in files: [URL]) throws -> [String]? {
        let script = """
        import csv, io, sys
        HEADER = ["article_id","quote_index","speaker","speaker_role","speaker_kind","cue","kind","paragraph","start","end","quote"]
        for path in sys.argv[1:]:
            raw = open(path, "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                print(f"{path}: not UTF-8: {e}"); continue
            if "\\x00" in text:
                print(f"{path}: NUL in CSV"); continue
            try:
                rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
            except csv.Error as e:
                print(f"{path}: not RFC 4180: {e}"); continue
            if not rows or rows[0] != HEADER:
                print(f"{path}: bad header {rows[:1]}"); continue
            for n, row in enumerate(rows[1:], 2):
                if len(row) != 11:
                    print(f"{path}: row {n} has {len(row)} cells"); continue
                for cell in row:
                    if cell[:1] in ("=", "+", "-", "@", "\\t", "\\r"):
                        print(f"{path}: row {n}: live formula-like cell {cell[:30]!r}")
        """
        return try run(["-c", script] + files.map(\.path))
    }

    private static func run(_ arguments: [String]) throws -> [String]? {
        guard let result = try ProcessRunner.python(arguments) else { return nil }
        guard result.status == 0 else { return ["validator failed: \(result.stderr)"] }
        return result.stdoutText.split(separator: "\n").map(String.init)
    }
}
