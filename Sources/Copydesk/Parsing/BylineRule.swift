import Foundation

/// Recognises "By X and Y" bylines and splits them into one entry per person.
enum BylineRule {
    /// The byline entries on `line`, or `nil` when it is not a byline.
    static func match(_ line: Substring) -> [BylineEntry]? {
        guard line.hasPrefix("By ") || line.hasPrefix("BY "), line.wordCount <= 12, !line.endsLikeSentence else { return nil }
        let names = line.dropFirst(3)
            .replacingOccurrences(of: " and ", with: ",")
            .split(separator: ",")
            .map { $0.trimmedSpace }
            .filter { !$0.isEmpty }
        guard !names.isEmpty else { return nil }
        return names.map { BylineEntry(name: String($0)) }
    }
}
