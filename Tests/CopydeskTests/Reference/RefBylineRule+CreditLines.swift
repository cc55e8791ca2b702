// The credit-line and agency-line byline rules as of main 27fe582, kept verbatim (types renamed), moved out of
// RefBylineRule.swift to keep files small.
@testable import Copydesk
import Foundation
extension RefBylineRule {
    /// First bytes of the openings `creditLine` accepts.
    private static let creditLineStarts = ByteSet(firstBytesOf: ["reporting by", "writing by", "compiled by"])

    /// The people named in "Reporting by X; additional reporting by Y and Z; Editing by W" (editors left out).
    static func creditLine(_ line: TestLine) -> [BylineEntry]? {
        guard creditLineStarts.contains(line.firstLowerByte) else { return nil }
        guard line.text.hasFoldedPrefix("reporting by") || line.text.hasFoldedPrefix("writing by") || line.text.hasFoldedPrefix("compiled by") else { return nil }
        var names: [BylineEntry] = []
        for clause in line.text.pieces(separatedBy: UInt8(ascii: ";")) {
            let lower = clause.lowercased()
            guard let range = lower.fastRange(of: " by ") ?? (lower.fastHasPrefix("reporting by") ? lower.fastRange(of: "by ") : nil),
                  !lower.fastContains("editing"), !lower.fastContains("edited") else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound)
            names += RefBylineRule.people(in: clause.dropFirst(offset))
        }
        return names.isEmpty ? nil : names
    }

    /// "PTI | Updated: Nov 20, 2019, 08:00 IST": a wire agency, then the date on the same line.
    static func matchAgencyLine(_ line: TestLine) -> Match? {
        // both separators need a "|" or "-" byte: one pass rules most lines out before the two searches
        guard line.words <= 14, line.text.withUTF8Bytes({ $0.contains { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") } }),
              let bar = line.text.fastRange(of: " | ") ?? line.text.fastRange(of: " - ") else { return nil }
        let head = line.text[..<bar.lowerBound].trimmedSpace
        guard BylineRule.isAgency(head) else { return nil }
        let rest = line.text[bar.upperBound...].trimmedSpace
        var match = Match(names: [BylineEntry(name: String(head))])
        if let found = RefDateText.find(in: rest) { match.date = RefDateRule.Match(published: DateStamp(text: String(found.text), iso: found.iso)) }
        return match
    }
}
