@testable import Copydesk
import Testing

/// Header rules the lead added in the twenty-fifth pass.
@Suite("Header rules from the thirteenth round of publisher probes (lead)")
struct Round13LeadHeaderTests {
    @Test("'Home' / 'Research' / 'Science & Technology' over the title: a '&' label is a trail level, not the headline")
    func ampersandLabelIsATrailLevel() {
        let article = CaptionTestPage.parse([
            "Campus News", "Newsroom", "Research", "Health", "Search",
            "Home", "Research", "Science & Technology",
            "Tiny sensors on bumblebees reveal how heat waves shorten foraging trips",
            "By Haruto Feldman and Grace Oyelaran November 13, 2025",
            "When the thermometer climbs past 32 degrees Celsius, bumblebees cut their foraging trips short and bring home less food, researchers found.",
            "The study, published this week in the journal Functional Ecology, tracked 300 bumblebees from six colonies over two summers.",
        ])
        #expect(article.headline == "Tiny sensors on bumblebees reveal how heat waves shorten foraging trips")
        #expect(article.section == "Science & Technology")
    }

    @Test("a three-word line joining two words with ' & ' joins two topics; other lines do not")
    func joinsTwoTopicsShape() {
        let lines = TestLine.lines(of: "Arts & Culture\nOrbit X2 Review\nM&S profits fall")
        let read = lines.map { line in line.withPage { HeaderReader.joinsTwoTopics(line.line, $0) } }
        #expect(read == [true, false, false])
    }
}
