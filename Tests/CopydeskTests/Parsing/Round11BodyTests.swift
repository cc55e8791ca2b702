@testable import Copydesk
import Testing

/// Body rules found by the eleventh round of probing: subheadings under link blocks and in quote marks, numbered and
/// tool furniture, author boxes and closing notes.
@Suite("Body, round 11")
struct Round11BodyTests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article { CaptionTestPage.parse(lines) }

    /// A header the body lines below can stand under.
    private let header = ["Harbour trust shelves plan for second ferry berth at Portmarnock", "By Odile Farrant", "May 14, 2025", ""]
    /// Two paragraphs, set off by a blank line.
    private let paragraphs = [
        "The harbour trust has shelved plans for a second ferry berth after the only tender came in at twice the budget set last year.", "",
        "The trust's chair said the board had no choice but to pause the project while it looked at other ways of paying for it.",
    ]
    /// A paragraph under a subheading.
    private let after = "The trust will now ask the county council to share the cost of a smaller berth that local firms could build."
    /// A closing paragraph.
    private let closing = "The board will meet again in September, when it expects to publish a revised timetable for the works."
    /// The paragraphs' text, without the blank lines.
    private var texts: [String] { paragraphs.filter { !$0.isEmpty } }

    /// The reason the line `text` was discarded with, or `nil` when it was kept.
    private func reason(_ article: Article, _ text: String) -> DiscardReason? {
        article.discarded.first { $0.text == text }?.reason
    }

    @Test("a short line under a link block closed by a blank line is a subheading, the titles related links")
    func headingAfterLinkBlock() {
        let titles = ["Ferry operator cuts winter sailings to the islands", "Lifeboat crew honoured for rescue off the north pier"]
        let heading = "Smaller works could start next year"
        for header in ["Read more", "RECOMMENDED"] {
            let article = parse(self.header + paragraphs + ["", header] + titles + ["", heading, after, "", closing])
            #expect(article.body.contains(BodyBlock(kind: .subheading, text: heading)), "\(header)")
            #expect(!article.related.contains { $0.title == heading }, "\(header)")
            #expect(!article.body.contains { titles.contains($0.text) }, "\(header)")
        }
        // with no blank line the block runs on: a third title stays a link
        let run = parse(header + paragraphs + ["", "Read more"] + titles + [heading, "", after, "", closing])
        #expect(run.related.contains { $0.title == heading })
    }

    @Test("a wholly quoted line over a paragraph is a subheading, under a link block or an advertisement")
    func quotedHeading() {
        let heading = "'I can't walk to the end of the garden'"
        let article = parse(header + paragraphs + ["", "ADVERTISEMENT", "", heading, "", after])
        #expect(article.body.contains(BodyBlock(kind: .subheading, text: heading)))
        let block = parse(header + paragraphs + ["Also Read", "Ferry operator cuts winter sailings to the islands", "‘Do not wait for the ferry’", after])
        #expect(block.body.contains(BodyBlock(kind: .subheading, text: "‘Do not wait for the ferry’")))
        #expect(block.related.contains { $0.title == "Ferry operator cuts winter sailings to the islands" })
        #expect(!TextLine.isWhollyQuoted(UnsafeBufferPointer(start: nil, count: 0)))
        "'Nobody answers' - Why ferries are late".utf8CString.withUnsafeBufferPointer { chars in
            chars.withMemoryRebound(to: UInt8.self) { #expect(!TextLine.isWhollyQuoted(UnsafeBufferPointer(rebasing: $0.dropLast()))) }
        }
    }

    @Test("numbered ad slots, reading times, article tools, language switches and prompts are furniture")
    func phraseLines() {
        let lines: [(String, DiscardReason)] = [
            ("Advertisement 2", .advertisement), ("Advertisement 14", .advertisement), ("Time to 4 min.", .promo),
            ("Share/Print", .share), ("Font size", .share), ("Short link:", .share), ("Lire en français", .navigation),
            ("Article reserved for subscribers", .promo), ("Click the alert icon to follow topics:", .navigation),
            ("Watch the latest edition of Harbour Hour below:", .promo), ("Listen on Morning Report", .promo),
            ("Translation of an article originally published in French on example.fr; the publisher is liable for the French version only.",
             .attribution),
        ]
        for (line, expected) in lines {
            let article = parse(header + paragraphs + ["", line, "", closing])
            #expect(article.body.map(\.text) == texts + [closing], "\(line)")
            #expect(reason(article, line) == expected, "\(line)")
        }
        let kept = parse(header + paragraphs + ["", "Advertisement 2 years on", "", closing])
        #expect(kept.body.contains { $0.text == "Advertisement 2 years on" })
    }

    @Test("an author box under the body: the name, its role line and a first-name biography are discarded")
    func authorBox() {
        let box = ["Odile Farrant", "Reporter", "Odile covers the harbour and the coast for the Fingal Courier."]
        let article = parse(header + paragraphs + [""] + box)
        #expect(article.body.map(\.text) == texts)
        #expect(reason(article, "Reporter") == .attribution)
        #expect(reason(article, box[2]) == .attribution)
        // with no name over it, a subheading of one word stays
        let kept = parse(header + paragraphs + ["", "Reporter", after])
        #expect(kept.body.contains { $0.text == "Reporter" })
    }

    @Test("an unnamed writer's biography, a citation and a comment-policy blurb closing the body are discarded")
    func closingNotes() {
        let bio = "Maeve Corrigan covers the north coast for the Fingal Courier. She is based in Skerries."
        let citation = "Maeve Corrigan “The Long Wait for a Ferry,” Fingal Courier, May 14, 2025, accessed May 15, 2025, https://example.com/ferry/."
        let policy = "The Courier is committed to lively discussions. Help us keep the conversation useful and welcoming for everyone here."
        let article = parse(["Harbour trust shelves plan for second ferry berth", "May 14, 2025", ""] + paragraphs
                            + ["", citation, "", policy, "", bio, "", "Tags"])
        #expect(article.body.map(\.text) == texts)
        #expect(reason(article, bio) == .attribution)
        #expect(reason(article, citation) == .copyright)
        #expect(reason(article, policy) == .footer)
        // a sentence about someone else in the body's middle stays
        let news = "Maeve Corrigan is a harbour pilot who has worked the berth for twenty years, and she backs the plan."
        let kept = parse(header + paragraphs + ["", news, "", closing])
        #expect(kept.body.contains { $0.text == news })
    }
}
