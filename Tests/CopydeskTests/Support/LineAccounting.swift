@testable import Copydesk
import Foundation

/// Checks that every non-blank input line is accounted for: in a model field or in `discarded`.
enum LineAccounting {
    /// The non-blank lines of `text` (trimmed) that no field of `article` and no discarded entry holds.
    static func unaccountedLines(text: String, article: Article) -> [String] {
        var kept: [String] = []
        kept += [article.section, article.headline, article.dateline].compactMap { $0 }
        kept += article.standfirst
        kept += article.byline.flatMap { [$0.name, $0.role].compactMap { $0 } }
        kept += [article.published?.text, article.updated?.text].compactMap { $0 }
        kept += article.body.map(\.text)
        kept += article.media.flatMap { [$0.caption, $0.credit, $0.duration].compactMap { $0 } }
        kept += article.related.map(\.title)
        kept += [article.printEdition?.publication, article.printEdition?.headline].compactMap { $0 }
        let discardedNumbers = Set(article.discarded.map(\.line))
        var missing: [String] = []
        for line in LineSplitter.lines(of: text) where !discardedNumbers.contains(line.number) {
            let trimmed = String(line.text)
            if !kept.contains(where: { !$0.isEmpty && (trimmed.contains($0) || $0.contains(trimmed)) }) { missing.append(trimmed) }
        }
        return missing
    }
}
