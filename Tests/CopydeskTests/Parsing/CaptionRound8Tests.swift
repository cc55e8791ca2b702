@testable import Copydesk
import Testing

/// Caption and credit shapes found by the eighth round of probing other publishers' layouts (twenty-first pass, captions).
@Suite("Captions and credits, round 8")
struct CaptionRound8Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// Paragraphs around a picture in the test pages.
    private let before = ["Board votes to approve the housing plan", "By Jane Doe", "Nov. 19, 2019",
                          "The board voted on Tuesday to approve the plan after a long debate among members of the public."]
    private let after = ["The second paragraph of the story continues here with more detail about the vote and its effects.",
                         "A third paragraph closes the story with more plain news text for the reader."]

    /// Expects the classifier and its frozen reference to read `line` as `role`.
    private func expectRole(_ line: String, _ role: LineRole, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(LineClassifier.classify(textLine(line)) == role, "\(line)", sourceLocation: sourceLocation)
        #expect(RefLineClassifier.classify(textLine(line)) == role, "\(line)", sourceLocation: sourceLocation)
    }

    /// Expects the classifier and its frozen reference to read `line` as `caption` with `credit`.
    private func expectCaptioned(_ line: String, _ caption: String, _ credit: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectRole(line, .caption(.captioned(text: caption, credit: credit)), sourceLocation: sourceLocation)
    }

    /// Expects the classifier and its frozen reference to read each of `lines` as no caption or credit.
    private func expectNoCaption(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines {
            let fast = LineClassifier.classify(textLine(line)), plain = RefLineClassifier.classify(textLine(line))
            #expect(fast.kind != .caption && fast.kind != .credit, "\(line): \(fast)", sourceLocation: sourceLocation)
            #expect(fast == plain, "\(line)", sourceLocation: sourceLocation)
        }
    }

    @Test("an ASCII bracket or slash next to a non-ASCII character is found on the Characters: '(© Reuters)', '(Name Doé/AFP)'")
    func bracketNextToNonASCII() {
        let tram = "Work on the tram line near the Kirchberg viaduct."
        for line in ["\(tram) (© Reuters)", "\(tram) (Joaquim Doé/AFP)", "Smoke rises over the city on Tuesday. (é)"] {
            let text = line[...]
            #expect(text.lastIndex(ofASCII: UInt8(ascii: "(")) == text.lastIndex(of: "("), "\(line)")
            #expect(text.lastIndex(ofASCII: UInt8(ascii: "/")) == text.lastIndex(of: "/"), "\(line)")
        }
        expectCaptioned("\(tram) (© Reuters)", tram, "Reuters")
        expectCaptioned("\(tram) (Joaquim Doé/AFP)", tram, "Joaquim Doé/AFP")
    }
}
