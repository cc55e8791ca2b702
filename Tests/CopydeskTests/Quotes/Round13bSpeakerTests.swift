@testable import Copydesk
import Testing

/// Speaker rules found by the second wave of round-13 pages: a sentence opening with a definite job description
/// ("The judge was not persuaded", "The head coach confirmed that …") is about that job's holder, and an unnamed
/// source opening a sentence before a preposition ("An official of the Treasury said") is who "the official" is.
@Suite("Speaker rules from the second wave of round-13 pages")
struct Round13bSpeakerTests {
    @Test("'The judge was unmoved. “…,” she said': the judge named before, not the lawyer named last")
    func jobDescriptionSubjectTakesPronoun() {
        let q = QuoteFixtures.quotes([
            "At the hearing, District Judge Corinna Whitlow-Baines questioned the council about the notice.",
            "Council solicitor Peter Ashgrove-Lind said the notice had been posted on the gate.",
            "“It was there for anyone to read,” Ashgrove-Lind said.",
            "The judge was unmoved. “A gate is not a letterbox,” she said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Peter Ashgrove-Lind", "Corinna Whitlow-Baines"])
    }

    @Test("'The team manager confirmed that striker X is out. “…,” he added': the manager, not the striker")
    func jobDescriptionSubjectIsNotTheObject() {
        let q = QuoteFixtures.quotes([
            "Harlan Quist-Moreby says his side must be bolder at Fernley on Saturday.",
            "Speaking to reporters, Quist-Moreby said: “We sat too deep last week.”",
            "The league table makes grim reading for the visitors.",
            "The team manager confirmed that striker Bram Okonjo-Platt is out with a knee injury.",
            "“It’s a blow for us,” he added.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Harlan Quist-Moreby", "Harlan Quist-Moreby"])
    }

    @Test("'The bridge collapsed …' opens with no job word: the sentence is read as before")
    func plainDefiniteOpeningIsNotAJob() {
        let q = QuoteFixtures.quotes([
            "Engineer Dolores Fairweather-Quint inspected the site on Monday.",
            "The bridge collapsed after a week of rain.",
            "“Nobody could have seen this coming,” she said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Dolores Fairweather-Quint"])
    }

    @Test("'An official of the Treasury said …', then '“…,” the official said': an unnamed official, no speaker")
    func unnamedOfficialBeforePreposition() {
        let q = QuoteFixtures.quotes([
            "The plan was approved by Treasury Secretary Margot Ellery-Fane on Tuesday.",
            "An official of the Treasury said the cost would be met from existing budgets.",
            "“There is no room for anything bigger this year,” the official said.",
        ])
        #expect(q.count == 1)
        #expect(q.first?.speaker == nil)
    }
}
