@testable import Copydesk
import Testing

/// The page the caption suites build around a picture line: a header and a first paragraph before it, two paragraphs
/// after it, parsed as one article.
enum CaptionTestPage {
    /// Header lines and the first paragraph above the picture.
    static let before = ["Board votes to approve the housing plan", "By Jane Doe", "Nov. 19, 2019",
                         "The board voted on Tuesday to approve the plan after a long debate among members of the public."]
    /// The paragraphs under the picture.
    static let after = ["The second paragraph of the story continues here with more detail about the vote and its effects.",
                        "A third paragraph closes the story with more plain news text for the reader."]

    /// Two body paragraphs, each after a blank line, that the header suites put under every invented header.
    static let bodyUnderHeader = [
        "",
        "The council voted on Tuesday to close the old bridge for a year of repairs, officials said after the meeting.",
        "",
        "Work on the bearings will start in May and is expected to cost about four million dollars, the city said.",
    ]

    /// The article of a page holding `middle` between `before` (the header and first paragraph) and `after`.
    static func page(_ middle: [String]) -> Article { parse(before + middle + after) }

    /// The article parsed from `lines` joined by newlines.
    static func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// Expects the classifier and its frozen reference to read `line` as `role`.
    static func expectRole(_ line: String, _ role: LineRole, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(LineClassifier.classify(textLine(line)) == role, "\(line)", sourceLocation: sourceLocation)
        #expect(RefLineClassifier.classify(textLine(line)) == role, "\(line)", sourceLocation: sourceLocation)
    }

    /// Expects the classifier and its frozen reference to read `line` as `caption` with `credit`.
    static func expectCaptioned(_ line: String, _ caption: String, _ credit: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Self.expectRole(line, .caption(.captioned(text: caption, credit: credit)), sourceLocation: sourceLocation)
    }

    /// Expects the classifier and its frozen reference to read each of `lines` as no caption or credit.
    static func expectNoCaption(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines {
            let fast = LineClassifier.classify(textLine(line)), plain = RefLineClassifier.classify(textLine(line))
            #expect(fast.kind != .caption && fast.kind != .credit, "\(line): \(fast)", sourceLocation: sourceLocation)
            #expect(fast == plain, "\(line)", sourceLocation: sourceLocation)
        }
    }
}
