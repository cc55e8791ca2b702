@testable import Copydesk
import Testing

/// Quote and speaker rules found by the eleventh round of publisher probes: "Mr + surname" after an appositive
/// full name, pronoun gender, a lower-case job word before a name, an unfamiliar name after a role word.
@Suite("Quote rules from the eleventh round of publisher probes")
struct Round11QuoteTests {
    @Test("'Another neighbour, Ewan Tolliver, said …' then '…,' Mr Tolliver said: the full name speaks")
    func titledSurnameAfterAppositive() {
        let q = QuoteFixtures.quotes([
            "The bridge has been shut since Monday.",
            "Another neighbour, Ewan Tolliver, said the detour added half an hour to every trip.",
            "'Nobody told us how long it would last,' Mr Tolliver said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Ewan Tolliver"])
    }

    @Test("'Hon. Kwame Adu-Boateng, said …' then 'Hon. Adu-Boateng told': 'Hon.' is a title")
    func honourableIsATitle() {
        let q = QuoteFixtures.quotes([
            "The district's Chief Executive, Hon. Kwame Adu-Boateng, said the fees would stay.",
            "“My door is open to everyone,” Hon. Adu-Boateng told journalists.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Kwame Adu-Boateng"])
    }

    @Test("'he said' skips a person the text calls 'she'")
    func pronounGender() {
        let q = QuoteFixtures.quotes([
            "Ines Varga, who chairs the growers' union, said prices had fallen. “We cannot go on like this,” she said.",
            "Analyst Tomas Beranek said the slump would last a year.",
            "“Nobody is buying,” he said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Ines Varga", "Tomas Beranek"])
    }

    @Test("'manager Rosa Delgado said …' then '“…,” she said': the name after a lower-case job word is the subject")
    func lowercaseJobWordBeforeName() {
        let q = QuoteFixtures.quotes([
            "The co-operative's director, Piet Aalbers, said the money would help. “It buys us a season,” Aalbers said.",
            "At the Westbrook depot, just across the county line, manager Rosa Delgado said crews were working nights.",
            "“We have to be ready either way,” she said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Piet Aalbers", "Rosa Delgado"])
    }
    @Test("'Another parent, Dean Marsh, said …' then 'Mr Marsh said': 'Dean' before one name word is a first name")
    func deanIsAGivenName() {
        let q = QuoteFixtures.quotes([
            "Another parent, Dean Marsh, said the gate had been broken for weeks.",
            "'Nobody came to fix it,' Mr Marsh said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Dean Marsh"])
    }

    @Test("'Economist Hong Sothea said …' then '“…,” he said': a titled name with a place word is a person")
    func titledNameWithPlaceWordIsAPerson() {
        let q = QuoteFixtures.quotes([
            "Ly Chanthou, who heads the exporters' group, said orders were down. “It is very hard,” she said.",
            "Economist Hong Sothea said the slowdown was global rather than local.",
            "“Markets have to be diversified,” he said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Ly Chanthou", "Hong Sothea"])
    }

    @Test("'A Harbour Trust spokeswoman said …', then 'She said: “…”': the organisation, not an earlier Mr")
    func pronounAfterSpokeswoman() {
        let q = QuoteFixtures.quotes([
            "Transport minister Owen Keating said the ferry would return in May.",
            "“We have a plan,” Mr Keating said.",
            "A Harbour Trust spokeswoman said the trust had “one of the oldest fleets in the country” and regretted the delay.",
            "She said: “We understand how frustrating this is for passengers.”",
        ])
        #expect(q.map { $0.speaker?.name } == ["Owen Keating", "Harbour Trust", "Harbour Trust"])
    }


    @Test("'He says …' after a woman the text called 'her': the latest man the text called 'he' speaks")
    func pronounGenderSkipsAWoman() {
        let q = QuoteFixtures.quotes([
            "At the bakery, Tobias Wren, 68, kneads the dough by hand. His grandfather opened the shop in 1931.",
            "“Bread was never the point,” Wren told me.",
            "The bakery sits on the corner of Mill Lane, next to the old post office.",
            "Customers come from three villages away on Saturdays.",
            "“It is the last real bakery for miles,” said Edith Marr, who runs the village history society.",
            "“We would lose something if it went,” Marr said.",
            "“I keep telling him to sell,” Carla Wren said.",
            "Her father has not decided. He says the regulars would never forgive him.",
            "“You can't sell a man his own oven,” he said.",
            "“If we close, I want it written down,” she said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Tobias Wren", "Edith Marr", "Edith Marr", "Carla Wren", "Tobias Wren", "Carla Wren"])
    }

    @Test("'…, says Pekka Laine. He cautions …': the pronoun gives no gender to the subject before the inverted name")
    func invertedSubjectKeepsGenders() {
        let q = QuoteFixtures.quotes([
            "“We expected a lag,” says Marta Ruiz, a forest ecologist who led the work.",
            "“Trees don't walk,” Ruiz says.",
            "The findings are welcome, says Pekka Laine, a plant ecologist. He cautions that seedlings are not trees.",
            "The results could matter for parks, says Ana Soto, a biologist. She puts it bluntly: “We protect an address.”",
            "Ruiz and her colleagues will return. She says that the team is working with hunters.",
            "“The trees are telling us what they need,” she says.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Marta Ruiz", "Marta Ruiz", "Ana Soto", "Marta Ruiz"])
    }
}
