@testable import Copydesk

/// TEST ONLY. The page passes on test lines (`TestLine.lines(of:)`, all of one string): each opens the lines' page and
/// calls the pass the parser calls with its page.
extension ContextRules {
    /// Every pass, in order (`apply(_:_:_:)`), over `roles`, one per line of `lines`.
    static func apply(_ roles: inout [LineRole], lines: [TestLine]) {
        lines.withPage { lines, page in roles.withUnsafeMutableBufferPointer { roles in RoleTable.with(roles) { apply($0, lines, page) } } }
    }
}

extension PageLayout {
    /// The layout (`init(_:_:_:)`) of `lines` with `roles`.
    init(lines: [TestLine], roles: [LineRole]) {
        var roles = roles
        self = lines.withPage { lines, page in
            roles.withUnsafeMutableBufferPointer { roles in RoleTable.with(roles) { PageLayout(lines, $0, page) } }
        }
    }
}

extension BodySpan {
    /// `find(_:_:_:)` on `lines` with `roles`.
    static func find(lines: [TestLine], roles: [LineRole]) -> ClosedRange<Int>? {
        var roles = roles
        return lines.withPage { lines, page in
            roles.withUnsafeMutableBufferPointer { roles in RoleTable.with(roles) { find(lines, $0, page) } }
        }
    }

    /// The paragraph weight of `line` with `role` (`weight(_:_:_:)` on the line's page).
    static func weight(_ line: TestLine, _ role: LineRole) -> Double {
        line.read { line, page in withUnsafePointer(to: line) { line in withUnsafePointer(to: role) { weight(line, $0, page) } } }
    }

    /// The paragraph weight of `line` with a role of `kind` (`weight(_:_:_:)` on the line's page).
    static func weight(_ line: TestLine, _ kind: LineRole.Kind) -> Double {
        line.read { line, page in withUnsafePointer(to: line) { weight($0, kind, page) } }
    }
}

extension ArticleBuilder {
    /// `line` as a line of the page being parsed: the builder reads a line's text (and keeps a discarded line's) as a
    /// range of `article.discardedLines.base`, which becomes the line's string; lines set aside before keep their texts.
    private mutating func reading(_ line: TestLine) -> TextLine {
        guard !article.discardedLines.base.utf8.elementsEqual(line.base.utf8) else { return line.line }  // bytes, not Characters
        var moved = DiscardedLines(base: line.base)
        for old in article.discardedLines.lines { moved.append(line: old.line, text: old.text[...], reason: old.reason) }
        article.discardedLines = moved
        return line.line
    }

    /// `isAuthorBio(_:)` for a test line.
    mutating func isAuthorBio(_ line: TestLine) -> Bool { isAuthorBio(reading(line)) }
    /// `setByline(_:from:)` for a test line.
    mutating func setByline(_ match: BylineRule.Match, from line: TestLine) { setByline(match, from: reading(line)) }
    /// `addCredits(_:from:)` for a test line.
    mutating func addCredits(_ names: [BylineEntry], from line: TestLine) { addCredits(names, from: reading(line)) }
}

extension DiscardedLines {
    /// Appends line `line` whose text is `text`, found at `start..<end` of `base` when those bytes are the same (a line
    /// of the parsed input), else copied into `own`.
    mutating func append(line: Int, text: Substring, start: Int, end: Int, reason: DiscardReason) {
        let same = start >= 0 && start <= end && end <= base.utf8.count && text.utf8.count == end - start
            && Self.withBytes(of: base) { base in
                text.utf8.withContiguousStorageIfAvailable { text in
                    for index in 0..<text.count where text[index] != base[start &+ index] { return false }
                    return true
                } ?? false
            }
        if same { append(line: line, start: start, end: end, reason: reason) } else { append(line: line, text: text, reason: reason) }
    }
}
