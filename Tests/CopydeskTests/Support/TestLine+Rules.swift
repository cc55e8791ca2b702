@testable import Copydesk

/// TEST ONLY. The line rules on a test line (`TestLine`): each opens the line's page and calls the rule the parser calls
/// with its page (the product has no form without one).
extension LineClassifier {
    /// `classify(inPlace:_:tables:)` on the line's page.
    static func classify(_ line: TestLine) -> LineRole {
        var line = line
        return line.onPage { classify(inPlace: &$0, $1, tables: tables) }
    }

    /// `classify(inPlace:_:tables:)` on the line's page, the line in place.
    static func classify(inPlace line: inout TestLine, tables: Tables) -> LineRole {
        line.onPage { classify(inPlace: &$0, $1, tables: tables) }
    }

    /// `isBreadcrumb(_:_:)` on the line's page.
    static func isBreadcrumb(_ line: TestLine) -> Bool { line.read(isBreadcrumb) }
    /// `isTimeStamp(_:_:)` on the line's page.
    static func isTimeStamp(_ line: TestLine) -> Bool { line.read(isTimeStamp) }
    /// `plainIsTimeStamp(_:_:)` on the line's page.
    static func plainIsTimeStamp(_ line: TestLine) -> Bool { line.read(plainIsTimeStamp) }
    /// `isEmbedSignature(_:_:)` on the line's page.
    static func isEmbedSignature(_ line: TestLine) -> Bool { line.read(isEmbedSignature) }

    /// `roles(of:_:)` for lines of one string (`TestLine.lines(of:)`).
    static func roles(of lines: [TestLine]) -> [LineRole] { lines.withPage { roles(of: $0, $1) } }
    /// `plainRoles(of:_:)` for lines of one string.
    static func plainRoles(of lines: [TestLine]) -> [LineRole] { lines.withPage { plainRoles(of: $0, $1) } }
}

extension ArticleParser {
    /// `classify(_:_:)` for lines of one string (`TestLine.lines(of:)`).
    static func classify(_ lines: [TestLine]) -> [LineRole] { lines.withPage { classify($0, $1) } }
}

extension KnownPhrases {
    /// `reason(for:_:tables:)` on the line's page.
    static func reason(for line: TestLine) -> DiscardReason? {
        var line = line
        return reason(for: &line, tables: tables)
    }

    /// `reason(for:_:tables:)` on the line's page, the line in place.
    static func reason(for line: inout TestLine, tables: Tables) -> DiscardReason? { line.onPage { reason(for: &$0, $1, tables: tables) } }

    /// `tail(_:_:)` on the line's page.
    static func tail(_ line: inout TestLine) -> DiscardReason? { line.onPage(tail) }
}

extension CaptionRule {
    /// `match(_:_:)` on the line's page.
    static func match(_ line: TestLine) -> Match? { line.read(match) }
    /// `isCollapsedCopy(_:_:)` on the line's page.
    static func isCollapsedCopy(_ line: TestLine) -> Bool { line.read(isCollapsedCopy) }

    /// `mayHoldCaption(_:_:)` on the line's page (the line passed by value).
    static func mayHoldCaption(_ line: TestLine) -> Bool {
        var line = line
        return line.onPage(mayHoldCaption)
    }

    /// `mayHoldCaption(_:_:)` on the line's page.
    static func mayHoldCaption(_ line: inout TestLine) -> Bool { line.onPage(mayHoldCaption) }
    /// `mayHoldCaptionPastOpenings(_:_:)` on the line's page.
    static func mayHoldCaptionPastOpenings(_ line: inout TestLine) -> Bool { line.onPage(mayHoldCaptionPastOpenings) }
    /// `matchGated(_:_:)` on the line's page.
    static func matchGated(_ line: inout TestLine) -> Match? { line.onPage(matchGated) }
    /// `endsWithNamedSource(_:_:)` on the line's page.
    static func endsWithNamedSource(_ line: inout TestLine) -> Bool { line.onPage(endsWithNamedSource) }
}

extension BylineRule {
    /// `rule` on a copy of `line`, in place, and the line's page.
    private static func onPage<R>(_ line: TestLine, _ rule: (inout TextLine, LinePage) -> R) -> R {
        var line = line
        return line.onPage(rule)
    }

    /// `match(inPlace:_:)` on the line's page.
    static func match(_ line: TestLine) -> Match? { onPage(line, match(inPlace:_:)) }
    /// `matchUnlabelled(inPlace:_:)` on the line's page.
    static func matchUnlabelled(_ line: TestLine) -> Match? { onPage(line, matchUnlabelled(inPlace:_:)) }
    /// `matchAgencyLine(inPlace:_:)` on the line's page.
    static func matchAgencyLine(_ line: TestLine) -> Match? { onPage(line, matchAgencyLine(inPlace:_:)) }
    /// `matchNameThenRole(inPlace:_:)` on the line's page.
    static func matchNameThenRole(_ line: TestLine) -> Match? { onPage(line, matchNameThenRole(inPlace:_:)) }
    /// `creditLine(inPlace:_:)` on the line's page.
    static func creditLine(_ line: TestLine) -> [BylineEntry]? { onPage(line, creditLine(inPlace:_:)) }

    /// `match(inPlace:_:)` on the line's page, the line in place.
    static func match(inPlace line: inout TestLine) -> Match? { line.onPage(match(inPlace:_:)) }
    /// `matchUnlabelled(inPlace:_:)` on the line's page, the line in place.
    static func matchUnlabelled(inPlace line: inout TestLine) -> Match? { line.onPage(matchUnlabelled(inPlace:_:)) }
    /// `matchAgencyLine(inPlace:_:)` on the line's page, the line in place.
    static func matchAgencyLine(inPlace line: inout TestLine) -> Match? { line.onPage(matchAgencyLine(inPlace:_:)) }
    /// `matchNameThenRole(inPlace:_:)` on the line's page, the line in place.
    static func matchNameThenRole(inPlace line: inout TestLine) -> Match? { line.onPage(matchNameThenRole(inPlace:_:)) }
    /// `creditLine(inPlace:_:)` on the line's page, the line in place.
    static func creditLine(inPlace line: inout TestLine) -> [BylineEntry]? { line.onPage(creditLine(inPlace:_:)) }
}

extension DateRule {
    /// `match(_:_:words:)` on the line's page with `DateText.wordTable`.
    static func match(_ line: TestLine) -> Match? { match(line, words: DateText.wordTable) }
    /// `match(_:_:words:)` on the line's page.
    static func match(_ line: TestLine, words: PackedWordTable) -> Match? { line.read { match($0, $1, words: words) } }
}

extension VideoRule {
    /// `isPublishedNote(_:_:)` on the line's page.
    static func isPublishedNote(_ line: TestLine) -> Bool { line.read(isPublishedNote) }
    /// `isVideoLabel(_:_:)` on the line's page.
    static func isVideoLabel(_ line: TestLine) -> Bool { line.read(isVideoLabel) }
    /// `endsWithPublishedNote(_:_:)` on the line's page.
    static func endsWithPublishedNote(_ line: TestLine) -> Bool { line.read(endsWithPublishedNote) }
    /// `plainEndsWithPublishedNote(_:_:)` on the line's page.
    static func plainEndsWithPublishedNote(_ line: TestLine) -> Bool { line.read(plainEndsWithPublishedNote) }
}

extension LineClassifier.Openings {
    /// `rule` on the line's bytes in its page.
    private static func onBytes(_ line: inout TestLine, _ rule: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool { line.withLineBytes(rule) }

    /// `printEdition(_:)` on the line's bytes.
    static func printEdition(_ line: inout TestLine) -> Bool { onBytes(&line, printEdition) }
    /// `copyrightCaption(_:)` on the line's bytes.
    static func copyrightCaption(_ line: inout TestLine) -> Bool { onBytes(&line, copyrightCaption) }
    /// `breadcrumb(_:)` on the line's bytes.
    static func breadcrumb(_ line: inout TestLine) -> Bool { onBytes(&line, breadcrumb) }
    /// `creditLine(_:)` on the line's bytes.
    static func creditLine(_ line: inout TestLine) -> Bool { onBytes(&line, creditLine) }
    /// `byline(_:)` on the line's bytes.
    static func byline(_ line: inout TestLine) -> Bool { onBytes(&line, byline) }
    /// `by(_:)` on the line's bytes.
    static func by(_ line: inout TestLine) -> Bool { onBytes(&line, by) }
}
