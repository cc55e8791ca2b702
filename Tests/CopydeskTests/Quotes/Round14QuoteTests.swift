@testable import Copydesk
import Testing

/// Quote and speaker rules found on the fourteenth round's unseen pages (1601–1620).
@Suite("Round 14: quotes and speakers from the unseen pages 1601–1620")
struct Round14QuoteTests {
    @Test("'According to the union's organiser, Name, …' gives the appositive name")
    func accordingToAppositiveName() {
        let q = QuoteFixtures.quotes([
            "According to the guild's regional secretary, Petra Lindqvist, any deal must be “signed in full before the summer”.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Petra Lindqvist"])
    }

    @Test("'X said in a statement that work would continue “…”': the sentence's named subject speaks")
    func earlierStrongCueWithNamedSubject() {
        let q = QuoteFixtures.quotes([
            "The Harbour Transport Agency said in a statement that planning work would continue “so that the line is ready when money is found”.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Harbour Transport Agency"])
    }

    @Test("'told MPs the plan was a “…” while …' is a partial quote, not a label")
    func conjunctionAfterQuoteIsNoLabel() {
        let q = QuoteFixtures.quotes([
            "Housing Minister Carla Mendes told MPs the scheme was a “careful, modest and affordable measure” while new homes are built.",
        ])
        #expect(q.map(\.text) == ["careful, modest and affordable measure"])
        #expect(q.first?.speaker?.name == "Carla Mendes")
    }

    @Test("'Name's team, Teamname, said …': the one-word appositive name speaks")
    func oneWordAppositiveAfterDescription() {
        let q = QuoteFixtures.quotes([
            "Ortega won the stage by two seconds.",
            "Ortega's team, Velomarche, said in a statement that the result was “the fruit of a long spring at altitude.”",
        ])
        #expect(q.map { $0.speaker?.name } == ["Velomarche"])
    }

    @Test("'Another vendor, who declined to be named, said …' then '“…,” he said.': the unnamed vendor, not the last name")
    func unnamedSourceInPreviousParagraph() {
        let q = QuoteFixtures.quotes([
            "Rudo Banda, who sells fruit near the station, said: “Our buyers come off the trains. Inside, nobody will find us.”",
            "Another vendor, who declined to be named, said the rent was too high for most traders.",
            "“They planned the market without asking us,” he said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Rudo Banda", nil])
    }
}
