@testable import Copydesk

/// The tests' forms of the line rules for lines made on their own (`TextLine(number:text:)`, `TextLine.lines(of:)`),
/// which keep the string they were split from: each opens the line's own page (`TextLine.withOwnPage`) and calls the
/// rule the parser calls with its page. A line of `TextLine.lines(in:)` has no string to open.
extension TextLine {
    /// The trimmed text (`ownText`).
    var text: Substring { ownText }
    /// The text with ASCII capitals lowered.
    var lower: String { TextLine.asciiLowercased(ownText) }
    /// `String(text)`, as the builder copies it.
    var string: String { withOwnPage { string(in: $0) } }
    /// Has letters and none of them lowercase.
    var isAllCaps: Bool { ownText.isAllCaps }
    /// `isTitleLike(in:)` on the line's own page.
    var isTitleLike: Bool { withOwnPage { isTitleLike(in: $0) } }
    /// `isShortSentence(in:)` on the line's own page.
    var isShortSentence: Bool { withOwnPage { isShortSentence(in: $0) } }
    /// `startsWithUppercaseOrQuote(in:)` on the line's own page.
    var startsWithUppercaseOrQuote: Bool { withOwnPage { startsWithUppercaseOrQuote(in: $0) } }
    /// The line's UTF-8 bytes (`withOwnBytes`).
    func withLineBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { withOwnBytes(body) }
}

extension LineClassifier {
    /// `classify(inPlace:_:tables:)` on the line's own page.
    static func classify(inPlace line: inout TextLine, tables: Tables) -> LineRole {
        let copy = line
        return copy.withOwnPage { classify(inPlace: &line, $0, tables: tables) }
    }
}

extension ArticleParser {
    /// `classify(_:_:)` for lines of `TextLine.lines(of:)`.
    static func classify(_ lines: UnsafeBufferPointer<TextLine>) -> [LineRole] { lines.withOwnPage { classify(lines, $0) } }
}

extension KnownPhrases {
    /// `reason(for:_:tables:)` on the line's own page.
    static func reason(for line: inout TextLine, tables: Tables) -> DiscardReason? {
        let copy = line
        return copy.withOwnPage { reason(for: &line, $0, tables: tables) }
    }

    /// `tail(_:_:)` on the line's own page.
    static func tail(_ line: inout TextLine) -> DiscardReason? {
        let copy = line
        return copy.withOwnPage { tail(&line, $0) }
    }
}

extension CaptionRule {
    /// `mayHoldCaption(_:_:)` on the line's own page.
    static func mayHoldCaption(_ line: inout TextLine) -> Bool {
        let copy = line
        return copy.withOwnPage { mayHoldCaption(&line, $0) }
    }

    /// `mayHoldCaptionPastOpenings(_:_:)` on the line's own page.
    static func mayHoldCaptionPastOpenings(_ line: inout TextLine) -> Bool {
        let copy = line
        return copy.withOwnPage { mayHoldCaptionPastOpenings(&line, $0) }
    }

    /// `matchGated(_:_:)` on the line's own page.
    static func matchGated(_ line: inout TextLine) -> Match? {
        let copy = line
        return copy.withOwnPage { matchGated(&line, $0) }
    }

    /// `endsWithNamedSource(_:_:)` on the line's own page.
    static func endsWithNamedSource(_ line: inout TextLine) -> Bool {
        let copy = line
        return copy.withOwnPage { endsWithNamedSource(&line, $0) }
    }
}

extension BylineRule {
    /// `rule` on `line` and the line's own page.
    private static func onOwnPage(_ line: inout TextLine, _ rule: (inout TextLine, LinePage) -> Match?) -> Match? {
        let copy = line
        return copy.withOwnPage { rule(&line, $0) }
    }

    /// `match(inPlace:_:)` on the line's own page.
    static func match(inPlace line: inout TextLine) -> Match? { onOwnPage(&line, match(inPlace:_:)) }

    /// `matchUnlabelled(inPlace:_:)` on the line's own page.
    static func matchUnlabelled(inPlace line: inout TextLine) -> Match? { onOwnPage(&line, matchUnlabelled(inPlace:_:)) }

    /// `matchAgencyLine(inPlace:_:)` on the line's own page.
    static func matchAgencyLine(inPlace line: inout TextLine) -> Match? { onOwnPage(&line, matchAgencyLine(inPlace:_:)) }

    /// `matchNameThenRole(inPlace:_:)` on the line's own page.
    static func matchNameThenRole(inPlace line: inout TextLine) -> Match? { onOwnPage(&line, matchNameThenRole(inPlace:_:)) }

    /// `creditLine(inPlace:_:)` on the line's own page.
    static func creditLine(inPlace line: inout TextLine) -> [BylineEntry]? {
        let copy = line
        return copy.withOwnPage { creditLine(inPlace: &line, $0) }
    }
}

extension DateRule {
    /// `match(_:_:words:)` on the line's own page.
    static func match(_ line: TextLine, words: PackedWordTable) -> Match? { line.withOwnPage { match(line, $0, words: words) } }
}

extension VideoRule {
    /// `isPublishedNote(_:_:)` on the line's own page.
    static func isPublishedNote(_ line: TextLine) -> Bool { line.withOwnPage { isPublishedNote(line, $0) } }
}

extension SymbolLine {
    /// `isPathSeparator(_:_:bar:)` on the line's own page.
    static func isPathSeparator(_ line: UnsafePointer<TextLine>, bar: Bool) -> Bool {
        line.pointee.withOwnPage { isPathSeparator(line, $0, bar: bar) }
    }
}

extension BodySpan {
    /// `find(_:_:_:)` for lines of `TextLine.lines(of:)`.
    static func find(_ lines: UnsafeBufferPointer<TextLine>, _ roles: RoleTable) -> ClosedRange<Int>? {
        lines.withOwnPage { find(lines, roles, $0) }
    }

    /// `weight(_:_:_:)` on the line's own page.
    static func weight(_ line: UnsafePointer<TextLine>, _ kind: LineRole.Kind) -> Double {
        line.pointee.withOwnPage { weight(line, kind, $0) }
    }

    /// `weight(_:_:_:)` on the line's own page.
    static func weight(_ line: UnsafePointer<TextLine>, _ role: UnsafePointer<LineRole>) -> Double {
        line.pointee.withOwnPage { weight(line, role, $0) }
    }
}

extension ContextRules {
    /// `markDuplicates(_:_:_:)` for lines of `TextLine.lines(of:)` (`text`, their UTF-8, is their page's).
    static func markDuplicates(_ roles: Roles, _ lines: Lines, in text: UnsafeBufferPointer<UInt8>? = nil) {
        lines.withOwnPage { markDuplicates(roles, lines, $0) }
    }

    /// `markCaptionsAboveCredits(_:_:_:)` for lines of `TextLine.lines(of:)`.
    static func markCaptionsAboveCredits(_ roles: Roles, _ lines: Lines) { lines.withOwnPage { markCaptionsAboveCredits(roles, lines, $0) } }

    /// `markVideoWidgets(_:_:_:)` for lines of `TextLine.lines(of:)`.
    static func markVideoWidgets(_ roles: Roles, _ lines: Lines) { lines.withOwnPage { markVideoWidgets(roles, lines, $0) } }

    /// `markLists(_:_:_:)` for lines of `TextLine.lines(of:)`.
    static func markLists(_ roles: Roles, _ lines: Lines) { lines.withOwnPage { markLists(roles, lines, $0) } }

    /// `markNavigationRuns(_:_:_:)` for lines of `TextLine.lines(of:)`.
    static func markNavigationRuns(_ roles: Roles, _ lines: Lines) { lines.withOwnPage { markNavigationRuns(roles, lines, $0) } }

    /// `markNewsletterTitles(_:_:_:)` for lines of `TextLine.lines(of:)`.
    static func markNewsletterTitles(_ roles: Roles, _ lines: Lines) { lines.withOwnPage { markNewsletterTitles(roles, lines, $0) } }

    /// `markNamesNextToDates(_:_:_:)` for lines of `TextLine.lines(of:)`.
    static func markNamesNextToDates(_ roles: Roles, _ lines: Lines) { lines.withOwnPage { markNamesNextToDates(roles, lines, $0) } }
}

extension RepeatedLines {
    /// `same(_:_:_:)` for lines made on their own (their bytes read from their own strings).
    static func same(_ a: UnsafePointer<TextLine>, _ b: UnsafePointer<TextLine>) -> Bool { sameFlags(a, b) && SeenLines.sameBytes(a, b) }
}

extension LineClassifier.Openings {
    /// `printEdition(_:)` on the line's own bytes.
    static func printEdition(_ line: inout TextLine) -> Bool { line.withOwnBytes(printEdition) }
    /// `copyrightCaption(_:)` on the line's own bytes.
    static func copyrightCaption(_ line: inout TextLine) -> Bool { line.withOwnBytes(copyrightCaption) }
    /// `breadcrumb(_:)` on the line's own bytes.
    static func breadcrumb(_ line: inout TextLine) -> Bool { line.withOwnBytes(breadcrumb) }
    /// `creditLine(_:)` on the line's own bytes.
    static func creditLine(_ line: inout TextLine) -> Bool { line.withOwnBytes(creditLine) }
    /// `byline(_:)` on the line's own bytes.
    static func byline(_ line: inout TextLine) -> Bool { line.withOwnBytes(byline) }
    /// `by(_:)` on the line's own bytes.
    static func by(_ line: inout TextLine) -> Bool { line.withOwnBytes(by) }
}
