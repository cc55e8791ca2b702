// The classifier as of main 27fe582, kept verbatim (types renamed) as the oracle for the faster rules.
@testable import Copydesk
import Foundation
/// Recognises "This article appeared in the X print edition as: Y".
enum RefPrintEditionRule {
    /// The note's publication and headline, or `nil` when the line is not such a note.
    static func match(_ line: Substring) -> PrintEdition? {
        // the byte prefix first: when it holds, the first Character is "T" or "t" (an ASCII "h" follows it)
        guard asciiCaseInsensitivePrefix(line, "this article appeared in") else { return nil }
        guard line.utf8.count > 30, line.first == "T" || line.first == "t" else { return nil }
        let lowered = line.lowercased()
        guard lowered.fastHasPrefix("this article appeared in"), let editionRange = lowered.fastRange(of: "print edition") else { return nil }
        let offset = lowered.distance(from: lowered.startIndex, to: editionRange.lowerBound)
        let publicationStart = line.index(line.startIndex, offsetBy: "this article appeared in".count)
        let publicationEnd = line.index(line.startIndex, offsetBy: offset)
        var publication = line[publicationStart..<publicationEnd].trimmedSpace
        if publication.lowercased().fastHasPrefix("the ") { publication = publication.dropFirst(4) }
        // (twenty-second pass) a section's note: "… the United States section of the print edition under the headline "…""
        if publication.lowercased().hasSuffix(" of the") { publication = publication.dropLast(7).trimmedSpace }
        var headline: Substring?
        if let under = line.range(of: " under the headline ") {
            var rest = line[under.upperBound...].trimmedSpace
            while let last = rest.last, ".'\u{2019}\"\u{201D}".contains(last) { rest = rest.dropLast() }
            while let first = rest.first, "'\u{2018}\"\u{201C}".contains(first) { rest = rest.dropFirst() }
            headline = rest.isEmpty ? nil : rest
        } else if let asRange = line.fastRange(of: " as:") ?? line.fastRange(of: " as ") {
            let rest = line[asRange.upperBound...].trimmedSpace
            headline = rest.isEmpty ? nil : rest
        }
        return PrintEdition(publication: publication.isEmpty ? nil : String(publication), headline: headline.map(String.init))
    }

    /// True when `line` starts with the ASCII `prefix` (lowercase letters), ignoring ASCII case: a cheap gate
    /// before `lowercased()` (no non-ASCII character lowercases to the letters of the note's opening).
    private static func asciiCaseInsensitivePrefix(_ line: Substring, _ prefix: String) -> Bool {
        line.withUTF8Bytes { bytes in
            ByteSearch.withBytes(of: prefix) { expected in
                guard bytes.count >= expected.count else { return false }
                for index in 0..<expected.count {
                    let byte = bytes[index]
                    guard (byte &- 65 < 26 ? byte | 0x20 : byte) == expected[index] else { return false }
                }
                return true
            }
        }
    }
}
