@testable import Copydesk
import Testing

/// Quote and speaker rules found by the thirteenth round of unseen pages: a body's name between "member of the"
/// and the person's name, nationality nouns, unnamed openings, "according to", "citing", "Authority at Duqm",
/// "group Green Future".
@Suite("Quote rules from the twelfth round's held-out pages (1401–1420)")
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

    @Test("'“…,” Vellard said.' then 'The Frenchman added: “…”': the nationality noun is the person just named")
    func demonymAfterNamedSpeaker() {
        let q = QuoteFixtures.quotes([
            "Lyon coach Marius Vellard was pleased with his defence.",
            "“We kept our shape for ninety minutes,” Vellard said after the match.",
            "The Frenchman added: “The players have earned a rest this week.”",
        ])
        #expect(q.map { $0.speaker?.name } == ["Marius Vellard", "Marius Vellard"])
        #expect(q.last?.cue == "added")
    }

    @Test("'“…,” said the Swede.': after the verb too")
    func demonymAfterVerb() {
        let q = QuoteFixtures.quotes([
            "Midfielder Oskar Lindqvist scored the winner. “A big night for all of us,” said the Swede.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Oskar Lindqvist"])
    }

    @Test("'The German parliament said': a nationality word before a noun is no person")
    func demonymBeforeNounIsNoPerson() {
        let q = QuoteFixtures.quotes([
            "Economist Greta Holm spoke first.",
            "The German parliament said: “We will vote on Friday on the new budget.”",
        ])
        #expect(q.map { $0.speaker?.name } == [nil])
    }

    @Test("'According to Idris Mabel, head of …, prices rose.' then '“…,” he said': the source is the subject")
    func accordingToSourceIsTheSubject() {
        let q = QuoteFixtures.quotes([
            "“Rents will keep climbing,” said Wen Olafsen, a broker at Hallam Estates.",
            "According to Idris Mabel, head of research at a property consultancy, vacancy fell to a record low in June.",
            "“There is simply no space left to lease,” he said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Wen Olafsen", "Idris Mabel"])
    }

    @Test("'Another trader, who asked not to be named, told …. “…,” he said': the unnamed source, not the person before")
    func unnamedOpeningThenPronoun() {
        let q = QuoteFixtures.quotes([
            "“Margins are thin,” said Petra Lund, an analyst at Harwick Bank.",
            "Another trader, who asked not to be named, told a newspaper that he expected losses. “Nobody wants to hold these shares now,” he said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Petra Lund", nil])
        #expect(q.last?.cue == "said")
    }

    @Test("'One analyst, Tobias Krell, said …. “…,” he said': a name after the unnamed opening speaks")
    func unnamedOpeningNamedAfter() {
        let q = QuoteFixtures.quotes([
            "“Margins are thin,” said Petra Lund, an analyst at Harwick Bank.",
            "One analyst, Tobias Krell, said the sale was overdue. “It should have happened a year ago,” he said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Petra Lund", "Tobias Krell"])
    }

    @Test("'A study found …. “…,” he said': a study is no unnamed source")
    func studyIsNoUnnamedSource() {
        let q = QuoteFixtures.quotes([
            "Ivo Brandt spoke next. A study found that rents rose. “It is unsustainable,” he said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Ivo Brandt"])
    }

    @Test("'She blamed the budget, citing “…”': 'citing' before a quote is a cue, the sentence's subject speaks")
    func citingIsACue() {
        let q = QuoteFixtures.quotes([
            "Harbour councillor Nia Pembroke said the pool would close. She blamed the budget, citing \"years of rising costs and falling visitor numbers\".",
        ])
        #expect(QuoteFixtures.rows(q) == [
            .init(text: "years of rising costs and falling visitor numbers", name: "Nia Pembroke", role: "Harbour councillor", kind: .person, cue: "citing"),
        ])
        #expect(q.first?.kind == .partial)
    }

    @Test("'The regulator cut the outlook, citing “weak demand”': a two-word fragment stays unquoted")
    func citingShortFragmentIsNoQuote() {
        let q = QuoteFixtures.quotes(["The regulator cut the outlook, citing “weak demand” in the region."])
        #expect(q.isEmpty)
    }

    @Test("'One of those visitors, now a painter, said … “…”': an unnamed source, no speaker named 'One'")
    func oneOfThoseIsUnnamed() {
        let q = QuoteFixtures.quotes([
            "Curator Lidia Amsel opened the show on Friday.",
            "One of those visitors, now a painter in Porto, said the decision felt “long overdue but still a surprise”.",
        ])
        #expect(q.map { $0.text } == ["long overdue but still a surprise"])
        #expect(q.map { $0.speaker?.name } == [nil])
        #expect(q.first?.cue == "said")
    }

    @Test("'A spokesperson for the Free Zone Authority at Sohar said': 'at' and a place after an organisation word belong to its name")
    func placeAfterBodyBelongsToName() {
        let q = QuoteFixtures.quotes([
            "A spokesperson for the Free Zone Authority at Sohar said the port would open in May.",
            "“Every investor we meet asks about water first,” the spokesperson said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Free Zone Authority at Sohar"])
        #expect(q.first?.speaker?.kind == .organization)
    }

    @Test("'a lecturer at the University of Kent': 'at the' after a lower-case word joins nothing")
    func atAfterLowerCaseWordJoinsNothing() {
        let q = QuoteFixtures.quotes([
            "The strike was called off, said Ivo Marsh, a lecturer at the University of Kent.",
            "“It was never about pay alone,” he said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Ivo Marsh"])
    }

    @Test("'Conservation group Blue Estuary criticised …. “…,” the group said': the name after 'group' is the organisation")
    func nameAfterDescriptorIsTheOrganisation() {
        let q = QuoteFixtures.quotes([
            "Conservation group Blue Estuary criticised the plan. “Ten years is far too slow for the birds,” the group said in a statement.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Blue Estuary"])
        #expect(q.first?.speaker?.kind == .organization)
    }

    @Test("'the company Elon Musk bought': after an article, 'company' describes no name")
    func descriptorAfterArticleKeepsThePerson() {
        let q = QuoteFixtures.quotes([
            "Twitter, the company Elon Musk bought in 2022, was fined. “We will appeal,” Musk said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Elon Musk"])
        #expect(q.first?.speaker?.kind == .person)
    }
}
