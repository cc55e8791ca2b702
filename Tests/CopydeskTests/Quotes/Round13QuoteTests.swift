@testable import Copydesk
import Testing

/// Quote and speaker rules found by the thirteenth round of unseen pages: a body's name between "member of the"
/// and the person's name.
@Suite("Quote rules from the thirteenth round of unseen pages")
struct Round13QuoteTests {
    @Test("'Liberal member of the Harbour Board Odile Fenwick-Raske, who …, told' then 'he said': the person, not the board")
    func personAfterBodyOfTitle() {
        let q = QuoteFixtures.quotes([
            "The ferry plan was criticised, said union organiser Tamsin Rook.",
            "Liberal member of the Harbour Board Odile Fenwick-Raske, who voted against it, told a radio station that nobody was asked.",
            "“Families on the islands were simply left out,” she said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Odile Fenwick-Raske"])
        #expect(q.first?.speaker?.kind == .person)
    }

    @Test("'the chairman of the Rivers Committee Anton Pell told': the committee is his role's body")
    func chairOfCommitteeThenName() {
        let q = QuoteFixtures.quotes([
            "The chairman of the Rivers Committee Anton Pell told reporters: “The banks will not hold another winter.”",
        ])
        #expect(q.map { $0.speaker?.name } == ["Anton Pell"])
    }

    @Test("'The director of the Harbour Board Budget Office told': an organisation word at the end keeps the body whole")
    func bodyEndingWithOrganisationWordStaysWhole() {
        let q = QuoteFixtures.quotes([
            "The director of the Harbour Board Budget Office told reporters: “The banks will not hold another winter.”",
        ])
        #expect(q.map { $0.speaker?.name } == ["Harbour Board Budget Office"])
        #expect(q.first?.speaker?.kind == .organization)
    }
}
