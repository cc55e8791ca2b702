@testable import Copydesk
import Testing

/// Quote and speaker rules found by the seventh round of publisher probes (twentieth pass): two names joined by
/// "and", a quoted title the sentence is about, "of <Organisation>" after a person's name, a passive cue, and the
/// UK honorifics "Coun" and "Cllr".
@Suite("Quote rules from the seventh round of publisher probes")
struct Round7QuoteTests {
    @Test("'creators Jane Holloway and Mara Lindqvist', then 'Holloway said': two people, the first one speaks")
    func twoNamesJoinedByAnd() {
        let q = QuoteFixtures.quotes([
            "The studio has ordered a drama series from creators Jane Holloway and Mara Lindqvist, the trade press reported.",
            "“We wanted to tell a story about the people nobody sees,” Holloway said in a statement.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "We wanted to tell a story about the people nobody sees,", name: "Jane Holloway", role: nil, kind: .person, cue: "said"),
        ])
    }

    @Test("'“Blue Harbour” climbs to No. 4 …, the company said': a quoted title opening its sentence is no quote")
    func quotedTitleOpeningASentence() {
        let q = QuoteFixtures.quotes([
            "“Blue Harbour” climbs to No. 4 on the chart after gaining 12% in streams, according to the tracking firm.",
            "“Paper Moon Over Leeds” falls to No. 15 on the chart this week, the company said.",
            "“We are thrilled with the numbers,” the label said.",
        ])
        #expect(q.map(\.text) == ["We are thrilled with the numbers,"])
    }

    @Test("'says sleep researcher Tom Ferris of Lakeside University in Ohio': the person, not the university")
    func personOfOrganisation() {
        let q = QuoteFixtures.quotes([
            "“The results surprised everyone,” says sleep researcher Tom Ferris of Lakeside University in Ohio, who was not involved.",
        ])
        #expect(q.count == 1)
        #expect(q.first?.speaker?.name == "Tom Ferris")
        #expect(q.first?.speaker?.kind == .person)
        #expect(q.first?.cue == "says")
    }

    @Test("'but said the date would be announced “in the coming weeks.”': a passive weak verb is no cue")
    func passiveWeakVerb() {
        let q = QuoteFixtures.quotes([
            "Governor Paula Brandt spoke to reporters on Friday.",
            "The governor did not name her new chief of staff, but said the appointment would be announced “in the coming weeks.”",
        ])
        #expect(q.count == 1)
        #expect(q.first?.text == "in the coming weeks.")
        #expect(q.first?.cue == "said")
    }

    @Test("'Coun Mary Whitley' and 'Cllr Tom Price': honorifics, not part of the name")
    func councillorHonorifics() {
        let q = QuoteFixtures.quotes([
            "Coun Mary Whitley, leader of the city council, said: “This is a hugely significant moment for the city.”",
            "Cllr Tom Price said: “We have waited a long time for this decision.”",
        ])
        #expect(q.map { $0.speaker?.name } == ["Mary Whitley", "Tom Price"])
        #expect(q.map(\.cue) == ["said", "said"])
    }

    @Test("'Governor Paula Brandt said … that Ohio will … and warned that …': the main clause's subject speaks")
    func andJoinsTheMainVerb() {
        let q = QuoteFixtures.quotes([
            "Governor Paula Brandt said Friday that Ohio will not accept the new rules and warned that her office would fight them “in every court in the land.”",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "in every court in the land.", name: "Paula Brandt", role: "Governor", kind: .person, cue: "warned"),
        ])
    }

    @Test("'A Labour MP in a marginal seat put it more bluntly: ‘…’': a description with no name is no speaker")
    func describedSourceBeforeAColon() {
        let q = QuoteFixtures.quotes([
            "Party organisers say the mood on the doorstep has changed.",
            "A Labour MP in a marginal seat put it more bluntly: ‘If we lose here, we lose everywhere.’",
        ])
        #expect(q.count == 1)
        #expect(q.first?.text == "If we lose here, we lose everywhere.")
        #expect(q.first?.speaker == nil)
    }

    @Test("'The statement reads in part: “…”': a statement read out is a cue")
    func statementReads() {
        let q = QuoteFixtures.quotes([
            "The Ministry of Finance issued a statement on Monday.",
            "The statement reads in part: “No institution funded from the federation account is exempted from the policy.”",
        ])
        #expect(q.count == 1)
        #expect(q.first?.cue == "reads")
        #expect(q.first?.speaker?.name == "Ministry of Finance")
    }

    @Test("'Head coach Tom Reyes told reporters … that Lane has been “a great leader”:', then the quote: the cue's subject")
    func colonIntroducerParagraph() {
        let q = QuoteFixtures.quotes([
            "Marcus Lane has averaged 16 points a game this season.",
            "Head coach Tom Reyes told reporters on Tuesday that Lane has been “a great leader” for the team's young core:",
            "“Marcus has been terrific with our young guys. You can't ask for more than that from a veteran.”",
        ], headline: "Report: Marcus Lane Frustrated with Rebuild")
        #expect(q.count == 1)
        #expect(q.first?.speaker?.name == "Tom Reyes")
        #expect(q.first?.cue == nil)
    }
}
