// The video duration rule as of main bd306de, kept verbatim (type renamed) as the oracle for its byte version.
@testable import Copydesk
enum RefVideoRule {
    /// The duration printed on a video-widget line, or `nil`.
    static func duration(in line: Substring) -> String? {
        var text = line
        for prefix in ["VIDEO", "Video", "WATCH", "Watch"] where text.fastHasPrefix(prefix) {
            text = text.dropFirst(prefix.count).trimmedSpace
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return nil }
        for (index, part) in parts.enumerated() {
            guard !part.isEmpty, part.count <= 2 || index == 0 && part.count <= 3,
                  part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            if index > 0 && part.count != 2 { return nil }
        }
        return String(text)
    }
}
