@testable import Copydesk
import Testing

/// Captions found by the eleventh round of probing: bare credits over a button, credits after a bullet.
@Suite("Captions, round 11")
struct Round11CaptionTests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }

    /// A header and the body's opening paragraph.
    private let header = ["Council votes to replace storm drains under Brookside", "By Odile Farrant", "May 14, 2025", ""]
    /// A paragraph under the picture.
    private let paragraph = "The city council voted 8-1 on Wednesday to spend $9.6 million replacing aging storm drains beneath a stretch of shops."

    @Test("a bare credit between a caption sentence and a Buy Now or Share button is the picture's credit")
    func buttonCredits() {
        let caption = "Water covers Peoria Avenue near 36th Street after a storm last May."
        for (credit, button) in [("Mike Sorrell, Fingal Courier", "Buy Now"), ("Post File Photo", "Share"), ("AP Photo", "Share")] {
            let article = parse(header + [caption, credit, "", button, "", paragraph])
            #expect(article.media.first?.caption == caption, "\(credit)")
            #expect(article.media.first?.credit == credit, "\(credit)")
            #expect(article.body.map(\.text) == [paragraph], "\(credit)")
        }
        #expect(!ContextRules.isBareCredit(UnsafeBufferPointer(start: nil, count: 0)))
        for text in ["Tulsa, Oklahoma", "Next Photo", "Read more here"] {
            var copy = text
            copy.withUTF8 { #expect(!ContextRules.isBareCredit($0), "\(text)") }
        }
    }

    @Test("a credit after ' • ' that names a picture source closes its caption; a date line is no caption")
    func bulletCredits() {
        let line = "Ben Carrick finished with career-best figures of 7 for 48 • Getty Images"
        let article = parse(header + [line, "", paragraph])
        #expect(article.media.first?.caption == "Ben Carrick finished with career-best figures of 7 for 48")
        #expect(article.media.first?.credit == "Getty Images")
        var date = "Arjun Raghavan filed this report on 10-Mar-2025 • 4 hrs ago"
        date.withUTF8 { #expect(CaptionRule.bulletCredit($0) == nil) }
        var menu = "Home • Cricket News • Live Scores"
        menu.withUTF8 { #expect(CaptionRule.bulletCredit($0) == nil) }
    }
}
