@testable import Copydesk
import Testing

/// Header, caption and quote shapes found by a third round of probing other publishers' layouts (nineteenth pass).
@Suite("Rules for more publishers' layouts, round 3")
struct LayoutProbeRound3Tests {
    @Test("a kicker closed by a dash or quoted in capitals over the headline is neither headline nor section")
    func markedKickers() {
        let ars = ArticleParser().parse(text: """
        DRY SPELL —
        Lake Mead could run dry sooner than expected, new model finds
        Updated runoff projections shave a decade off the reservoir's worst-case timeline.
        Scott K. Johnson - Nov 19, 2019 4:45 pm UTC
        The reservoir behind Hoover Dam has been falling for two decades, and a new model suggests it may fall faster.
        Researchers used updated runoff figures to project the lake's level through the end of the century.
        """, id: "ars")
        #expect(ars.headline == "Lake Mead could run dry sooner than expected, new model finds")
        #expect(ars.section == nil)
        #expect(ars.discarded.contains { $0.text == "DRY SPELL —" })
        let tabloid = ArticleParser().parse(text: """
        'HE WAS OUR WORLD'
        Dad-of-three killed after lorry hits his broken-down van as family pay tribute
        Ellie Cambridge
        20th November 2019, 8:14 am
        A father of three was killed when a lorry hit his broken-down van on the motorway, police said.
        His family described him as a devoted dad who would do anything for anyone.
        """, id: "sun")
        #expect(tabloid.headline == "Dad-of-three killed after lorry hits his broken-down van as family pay tribute")
        #expect(tabloid.section == nil)
        // a quoted headline in sentence case stays the headline; a plain label stays the section
        let quoted = ArticleParser().parse(text: """
        Health
        'I thought I was going to die'
        By Jo Smith
        20 November 2019
        A woman who collapsed on a train has thanked the passengers who saved her life.
        She said she had no memory of the journey, only of waking up in hospital two days later.
        """, id: "bbc")
        #expect(quoted.headline == "'I thought I was going to die'")
        #expect(quoted.section == "Health")
    }

    @Test("'Pic:' labels a credit after the caption, as 'Picture:' does")
    func picLabel() {
        let match = CaptionRule.match(TestLine("Engineers worked around the clock to stabilise the embankment. Pic: Network Rail"))
        #expect(match == .captioned(text: "Engineers worked around the clock to stabilise the embankment.", credit: "Network Rail"))
        // "Topic:" is no label
        #expect(CaptionRule.match(TestLine("Topic: Rail services across the north of England")) == nil)
    }
}
