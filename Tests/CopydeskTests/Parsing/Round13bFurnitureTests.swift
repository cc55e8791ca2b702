@testable import Copydesk
import Testing

/// Body furniture rules found on the thirteenth round's held-out pages (wave 2): closing plugs, support boxes and
/// comment sections.
@Suite("Round 13b: furniture in and under the body")
struct Round13bFurnitureTests {

    /// A page whose body is the shared paragraphs, then `tail` under them.
    private func tailed(_ tail: [String]) -> Article { CaptionTestPage.parse(CaptionTestPage.before + CaptionTestPage.after + tail) }

    @Test("closing plugs, disclaimers and a columnist's tagline are discarded")
    func closingLines() {
        let lines = ["Catch all the Latest News and Market Updates on Harbour Daily. Download the app today.",
                     "DISCLAIMER: The views and comments made by readers on this platform are not those of the owners.",
                     "Support local journalism. Subscribe to the Harbour Daily digital edition.",
                     "The writer is a senior correspondent of Harbour Daily in the capital."]
        let article = tailed(lines)
        for line in lines { #expect(!article.body.contains { $0.text == line }, "\(line)") }
        #expect(article.discarded.contains { $0.text == lines[1] && $0.reason == .footer })
        #expect(article.discarded.contains { $0.text == lines[3] && $0.reason == .attribution })
        #expect(article.body.count == 3)
    }

    @Test("a 'Support our …' box closed by a 'Become a Supporter' button is promo, the paragraph under it is body")
    func supportBox() {
        let article = CaptionTestPage.page(["Support our Valley today",
                            "For the price of a cup of coffee a month you can help us run an independent news service for the valley.",
                            "Become a Supporter"])
        #expect(article.discarded.contains { $0.text == "Become a Supporter" && $0.reason == .promo })
        #expect(article.discarded.contains { $0.text == "Support our Valley today" && $0.reason == .promo })
        #expect(article.body.count == 3)
        #expect(article.body.last?.text == CaptionTestPage.after.last)
    }

    @Test("a comment section's heading and form end the body: the comments under them are no paragraphs")
    func commentSection() {
        let article = tailed(["Comments - 2", "Add comment", "Comments will be edited at the discretion of the editors.",
                              "Good move. Should have been done long ago.", "What about the people living on the road?", "Add comment"])
        #expect(article.body.count == 3)
        #expect(!article.body.contains { $0.text.hasPrefix("Good move") })
        #expect(BodySpan.commentFormMarks.count == 5)
    }

    @Test("a video printed title, length, description: the title and description are no body text")
    func describedVideo() {
        let article = CaptionTestPage.page(["River Floods Explained", "01:42", "How heavy rain upstream can flood the valley within hours."])
        #expect(article.media.contains { $0.duration == "01:42" })
        #expect(!article.body.contains { $0.text == "River Floods Explained" || $0.text.hasPrefix("How heavy rain") })
        #expect(article.body.count == 3)
    }

    @Test("a sponsor box between paragraphs is advertisement")
    func sponsorBox() {
        let article = CaptionTestPage.page(["Official Partner", "Valley Building Society", "Proud to support the club since 1998"])
        #expect(article.discarded.contains { $0.text == "Valley Building Society" && $0.reason == .advertisement })
        #expect(article.discarded.contains { $0.text == "Proud to support the club since 1998" && $0.reason == .advertisement })
        #expect(article.body.count == 3)
        #expect(!Substring("Official Statement").withUTF8Bytes(ContextRules.isSponsorHeading))
        #expect(Substring("Kit Sponsor").withUTF8Bytes(ContextRules.isSponsorHeading))
    }

    @Test("a title-case heading opening with a question word between paragraphs is a subheading")
    func questionWordHeading() {
        let article = CaptionTestPage.page(["Where The Heaviest Rain Could Fall"])
        #expect(article.body.contains { $0.kind == .subheading && $0.text == "Where The Heaviest Rain Could Fall" })
        #expect(!article.related.contains { $0.title == "Where The Heaviest Rain Could Fall" })
    }

    @Test("one pitch right over a 'Donate' button is promo though paragraphs run on above it; the paragraph above stays")
    func pitchOverButton() {
        let pitch = "Valley Radio depends on listener support. Make your gift today."
        let article = CaptionTestPage.page(["He said the council would meet again in the spring to review the plan and its costs.", pitch, "Donate"])
        #expect(article.discarded.contains { $0.text == pitch && $0.reason == .promo })
        #expect(article.body.contains { $0.text.hasPrefix("He said the council") })
    }
}
