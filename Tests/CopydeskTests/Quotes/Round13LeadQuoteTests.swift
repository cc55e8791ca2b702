@testable import Copydesk
import Testing

/// Speaker rules found on the thirteenth round of publisher probes: a currency's code glued to an amount is no
/// organisation ("GH¢1.8 billion"), and the Welsh "ap" joins a personal name ("Gethin ap Rhys").
@Suite("Quote rules from the thirteenth round of publisher probes (lead)")
struct Round13LeadQuoteTests {
    @Test("'COCOBOD said it had released GH¢1.8 billion' then '“…,” the statement said': COCOBOD speaks, not 'GH'")
    func currencyCodeIsNoOrganisation() {
        let q = QuoteFixtures.quotes([
            "In a statement issued on Thursday, COCOBOD said it had released GH¢1.8 billion to buying companies.",
            "\"Management wishes to assure farmers that funds are available,\" the statement said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["COCOBOD"])
    }

    @Test("dollar codes glued to amounts ('US$40 million', 'HK$200 million') never name a speaker")
    func dollarCodeIsNoOrganisation() {
        let q = QuoteFixtures.quotes([
            "The Port Authority said the terminal would cost US$40 million, up from HK$200 million in the first plan.",
            "\"We expect the first ships in spring,\" the statement said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Port Authority"])
        #expect(NameRuns.isAcronym(Array("US".utf8)))
    }

    @Test("an acronym followed by a space and an amount is still an organisation")
    func acronymBeforeSpacedAmountStaysAnOrganisation() {
        let q = QuoteFixtures.quotes([
            "The IMF said growth would reach 3 per cent next year.",
            "\"The outlook has improved,\" the statement said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["IMF"])
    }

    @Test("'Cllr Gethin ap Rhys, said …' then 'He told the committee: “…': the Welsh 'ap' joins the name")
    func welshApJoinsAName() {
        let q = QuoteFixtures.quotes([
            "The association's spokesperson for education, Cllr Gethin ap Rhys, said councils supported the policy.",
            "He told the committee: “We have schools where the dining hall seats 150 and the school has 1,100 pupils.",
            "“We want to deliver this. But we need to be honest with families.”",
        ])
        #expect(q.map { $0.speaker?.name } == ["Gethin ap Rhys", "Gethin ap Rhys"])
    }
}
