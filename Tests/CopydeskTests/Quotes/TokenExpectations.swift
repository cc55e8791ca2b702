import Testing
@testable import Copydesk

/// Shared expectations of the tokenizer's fast-path tests.
enum TokenExpectations {
    /// `fast` is the word token the plain rule made (`rule`): same bounds, stem, key and flags.
    static func expectSameWord(_ fast: Token, _ rule: Token, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(fast.start == rule.start && fast.end == rule.end && fast.stemEnd == rule.stemEnd && fast.key == rule.key
            && fast.capitalized == rule.capitalized && fast.possessive == rule.possessive && fast.kind == .word,
                "\(text.debugDescription)", sourceLocation: sourceLocation)
    }
}
