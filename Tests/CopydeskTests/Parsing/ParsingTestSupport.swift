@testable import Copydesk

/// A test line (`TestLine`: the line and its string) from a literal, its facts from the plain flag scan.
func textLine(_ text: String, number: Int = 1) -> TestLine {
    TestLine(SourceLine(number: number, text: text[...]))
}

/// The context-refined roles of a small multi-line fixture.
func roles(of text: String) -> [LineRole] {
    let lines = TestLine.lines(of: text)
    var roles = lines.map(LineClassifier.classify)
    ContextRules.apply(&roles, lines: lines)
    return roles
}
