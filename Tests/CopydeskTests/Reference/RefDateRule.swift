// The classifier as of main 27fe582, kept verbatim (types renamed) as the oracle for the faster rules.
@testable import Copydesk
import Foundation
/// Recognises a printed date line ("Updated 5:27 am CST, Wednesday, November 20, 2019",
/// "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019") and splits a
/// published date from an update labelled as such.
enum RefDateRule {
    typealias Match = DateRule.Match

    private static let leadingLabels = ["first published", "last updated", "published on", "published", "updated on", "updated",
                                        "posted on", "posted", "last modified on", "last modified", "modified", "date",
                                        // (twentieth pass) a lead-in sentence as the label
                                        "this content was published on", "this article was published on",
                                        "this story was published on", "this article was first published on"]

    /// The dates on `line`, or `nil` when the line is not a short date line.
    static func match(_ line: TestLine) -> Match? {
        guard line.hasDigit, line.words <= 18, !line.hasQuoteMark else { return nil }
        var text = line.text
        var lower = Substring(line.lower)
        let label = mayStartWithLabel(lower) ? stripLabel(&text, &lower, aligned: true) : nil
        // A later "updated" label starts the second date ("… | Updated 5:36 PM", "2019Updated: …").
        var second: Substring?
        let updateFirst = label.map { $0.contains("updated") || $0.contains("modified") } ?? false
        // (twentieth pass) "Updated …; Posted …": a later "posted" starts the publication too
        let publishedCut = updateFirst ? lower.fastRange(of: "published") ?? lower.fastRange(of: "posted") : nil
        if let cut = publishedCut ?? lower.fastRange(of: "updated") {
            let offset = lower.distance(from: lower.startIndex, to: cut.lowerBound)
            let splitIndex = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
            second = text[splitIndex...]
            text = text[..<splitIndex]
        }
        // most lines with a digit are prose: more than three words that no date expression holds
        guard RefDateText.mayHoldShortDate(text, otherWordsAtMost: 3),
              let first = RefDateText.find(in: text), first.otherWords <= 3 else { return nil }
        var match = Match(published: DateStamp(text: String(first.text), iso: first.iso))
        match.labelledUpdate = updateFirst
        if var rest = second {
            var restLower = Substring(rest.lowercased())
            _ = stripLabel(&rest, &restLower, aligned: false)
            if let found = RefDateText.find(in: rest) {
                let stamp = DateStamp(text: String(found.text), iso: found.iso)
                if publishedCut != nil { match = Match(published: stamp, updated: match.published) } else { match.updated = stamp }
            }
        }
        return match
    }

    /// False when `stripLabel` would change nothing: the line starts with none of the bytes it drops
    /// and with no label's first letter (`lower` is the ASCII-lowercased line, so dropping nothing keeps `text`).
    private static func mayStartWithLabel(_ lower: Substring) -> Bool {
        guard let first = lower.utf8.first else { return false }
        return labelStarts.contains(first)
    }

    /// The separators `stripLabel` drops (no-break space by its lead byte) and the labels' first letters.
    private static let labelStarts: Set<UInt8> = Set("|/, fdlpumt".utf8).union([0xC2, 0xE2])

    /// `aligned`: `lower` is `text` with only ASCII capitals lowered (same byte offsets and Character boundaries),
    /// so the dropped lead carries over by its byte length instead of a Character count.
    @discardableResult
    private static func stripLabel(_ text: inout Substring, _ lower: inout Substring, aligned: Bool) -> String? {
        // (twentieth pass) a leading "·" or "•" too
        let dropped = Substring(lower.drop { $0 == "|" || $0 == "/" || $0 == "," || $0 == " " || $0 == "\u{A0}" || $0 == "·" || $0 == "•" })
        if aligned {
            text = text[text.utf8.index(text.utf8.startIndex, offsetBy: lower.utf8.distance(from: lower.startIndex, to: dropped.startIndex))...]
        } else {
            text = text.suffix(dropped.count)
        }
        lower = dropped
        for label in leadingLabels where lower.fastHasPrefix(label) {
            lower = lower.dropFirst(label.count)
            text = text.dropFirst(label.count)
            while let c = lower.first, c == ":" || c == " " || c == "\u{A0}" || c == "-" {
                lower = lower.dropFirst(); text = text.dropFirst()
            }
            return label
        }
        return nil
    }
}
