@testable import Copydesk
import Testing

/// Quote and speaker rules found on the fifteenth round's unseen pages (1701–1720).
@Suite("Round 15: quotes and speakers from the unseen pages 1701–1720")
struct Round15QuoteTests {
    @Test("'according to Name, who said that was “…”': the name before the relative 'who' speaks")
    func relativeWhoAfterName() {
        let q = QuoteFixtures.quotes([
            "Sirens would sound at least an hour ahead, according to Brynja Olafsdottir, who said that was “plenty of time to drive out”.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Brynja Olafsdottir"])
        // a description before the comma names no one: the rule leaves it alone
        let unnamed = QuoteFixtures.quotes([
            "Sirens would sound at least an hour ahead, according to a local farmer, who said that was “plenty of time to drive out”.",
        ])
        #expect(unnamed.first?.speaker?.name != "Brynja Olafsdottir")
    }

    @Test("'One Elm Road resident, who …' is an unnamed source: her later 'she said' is not the person named before")
    func unnamedSourceWithPlaceBeforeNoun() {
        let q = QuoteFixtures.quotes([
            "Councillor Mara Quinlan said the shelter would open next week.",
            "One Elm Road resident, who asked not to be named, said she was \"mostly relieved\". \"It is better than a tent,\" she said.",
        ])
        #expect(q.last?.text.hasPrefix("It is better") == true)
        #expect(q.last?.speaker?.name != "Mara Quinlan")
    }
}
