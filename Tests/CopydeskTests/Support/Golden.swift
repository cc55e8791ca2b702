import Foundation
import Testing

/// Golden-file comparison. With `RECORD_GOLDEN=1` the file is (re)written and the test fails on
/// purpose, so a recording run can never pass unnoticed.
enum Golden {
    static func assertMatches(_ actual: [UInt8], golden url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual).write(to: url)
            Issue.record("recorded golden file \(url.path); rerun without RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(url.path); run with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if [UInt8](expected) != actual {
            let expectedText = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let actualText = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(expectedText, actualText).enumerated().first { $0.element.0 != $0.element.1 }
            let where_ = firstDifference.map { "line \($0.offset + 1):\n- \($0.element.0)\n+ \($0.element.1)" }
                ?? "lengths differ (\(expectedText.count) vs \(actualText.count) lines)"
            Issue.record("output differs from \(url.lastPathComponent) at \(where_)", sourceLocation: sourceLocation)
        }
    }
}
