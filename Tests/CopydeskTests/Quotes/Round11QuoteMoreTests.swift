@testable import Copydesk
import Testing

/// More speaker rules from the eleventh round of probes: a place phrase opening a sentence, a quote paragraph with no
/// cue, a job title after "its", a described grower.
@Suite("More quote rules from the eleventh round of publisher probes")
struct Round11QuoteMoreTests {
    @Test("'Near Lyon, Anne-Sophie Morel pulled up …': a place phrase opening the sentence is no person")
    func placePhraseIsNoSubject() {
        let q = QuoteFixtures.quotes([
            "Near Saint-Genis-Laval, Anne-Sophie Morel pulled up six hectares of apricot trees last winter.",
            "“It broke my heart,” she said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Anne-Sophie Morel"])
    }

    @Test("'Tenzing Norbu, who runs a lodge from Lukla Village, said …. Then he added …' then a quote with no cue")
    func quoteWithoutCueTakesTheSubject() {
        let q = QuoteFixtures.quotes([
            "Tenzing Norbu, who has guided for twenty years and now runs a lodge from Lukla Village, said the rule could help. Then he added a caution.",
            "“Technology helps, I agree. But the chip will not carry anyone down.”",
        ])
        #expect(q.map { $0.speaker?.name } == ["Tenzing Norbu"])
    }

    @Test("'In a statement signed by its Public Relations Officer, Ama Mensah, the TMA said …': the job is no speaker")
    func ownedJobTitleIsNoSpeaker() {
        let q = QuoteFixtures.quotes([
            "Stall holders are angry with the Tamale Metropolitan Assembly (TMA) over the new fees.",
            "In a statement signed by its Public Relations Officer, Ama Mensah, the TMA said costs had tripled.",
            "\"The Assembly cannot keep paying for the market from the road budget,\" the statement said.",
        ])
        #expect(q.map { $0.speaker?.name } != ["Public Relations Officer"])
        #expect(q.map { $0.speaker?.name } == ["Tamale Metropolitan Assembly"])
    }

    @Test("'…,” said the 41-year-old grower': the person named just before")
    func describedGrowerIsThePersonBefore() {
        let q = QuoteFixtures.quotes([
            "At dawn, Luc Ferrand was already walking between the rows of his cherry trees with a thermometer.",
            "“At minus two the flowers are finished,” said the 41-year-old grower, who farms 20 hectares.",
            "“I was paying far less in 2019,” said one grower near Valence, who asked not to be named.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Luc Ferrand", nil])
    }
}
