@testable import Copydesk
import Testing

/// Quote and speaker rules found by the sixth round of publisher probes (twentieth pass): a long lowercase role before
/// the name, a one-word name that speaks, unnamed sources and the pronoun after them, a title alone, organisation names
/// joined by "for the" and named again by their noun, role nouns before a name, and "accused … of".
@Suite("Quote rules from the sixth round of publisher probes")
struct Round6QuoteTests {
    @Test("'said Nvidia vice president of applied deep learning research Bryan Catanzaro': the name after a long role")
    func longLowercaseRole() {
        let q = QuoteFixtures.quotes([
            "“It is a pipeline of models, not one model,” said Nvidia vice president of applied deep learning research Bryan Catanzaro during a briefing.",
            "“We will ship it next year,” said Acme chief executive Jane Roe.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "It is a pipeline of models, not one model,", name: "Bryan Catanzaro",
                role: "Nvidia vice president of applied deep learning research", kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "We will ship it next year,", name: "Jane Roe", role: "Acme chief executive", kind: .person, cue: "said"),
        ])
    }

    @Test("'In a statement, Lizzo said …. “…,” she wrote': a one-word name that speaks is the person a pronoun means")
    func oneWordNameSpeaks() {
        let q = QuoteFixtures.quotes([
            "Her album will compete against Vampire Weekend's Father of the Bride, Ariana Grande's Thank U, Next and H.E.R.'s I Used to Know Her.",
            "In a statement, Lizzo said she was “overwhelmed” by the news. “I have never felt this seen in my life,” she wrote on Instagram.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "I have never felt this seen in my life,", name: "Lizzo", role: nil, kind: .person, cue: "wrote"),
        ])
    }

    @Test("Unnamed sources: 'a mid-level officer in the Bureau …', 'one grazier near Breeza', and 'He added' after one")
    func unnamedSources() {
        let q = QuoteFixtures.quotes([
            "Anne Lowry, the president of the American Foreign Service Association, has raised money for a legal-defense fund.",
            "“We did not need protecting from Congress at all,” a mid-level officer in the Bureau of European and Eurasian Affairs said.",
            "“I have never seen it this dry in forty years,” one grazier near Breeza told us.",
            "A political appointee who works on the seventh floor, where the office is, told me that the testimony had been “a coordinated effort by people who lost.” He added, “These are not whistle-blowers at all.”",
            "“Night temperatures are also falling fast,” an official of the India Meteorological Department said.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "We did not need protecting from Congress at all,", name: nil, role: nil, kind: nil, cue: "said"),
            QuoteFixtures.Row(text: "I have never seen it this dry in forty years,", name: nil, role: nil, kind: nil, cue: "told"),
            QuoteFixtures.Row(text: "a coordinated effort by people who lost.", name: nil, role: nil, kind: nil, cue: "told"),
            QuoteFixtures.Row(text: "These are not whistle-blowers at all.", name: nil, role: nil, kind: nil, cue: "added"),
            QuoteFixtures.Row(text: "Night temperatures are also falling fast,", name: "India Meteorological Department", role: nil,
                kind: .organization, cue: "said"),
        ])
    }

    @Test("'The First Minister told …', then 'she said': the title alone is the person introduced before it")
    func titleAloneIsThePerson() {
        let q = QuoteFixtures.quotes([
            "NICOLA Sturgeon has said she will formally ask for the powers to hold a second referendum.",
            "The First Minister told The National the request would be sent within weeks of polling day.",
            "“There can be no legitimate argument for standing in the way,” she said.",
        ])
        #expect(q.count == 1)
        #expect(q.first?.speaker?.name.lowercased() == "nicola sturgeon")
        #expect(q.first?.cue == "said")
    }

    @Test("Organisations: 'the Federal Office for the Environment said' whole; 'the association said' is the association named before")
    func organisationNames() {
        let q = QuoteFixtures.quotes([
            "“We will review the data carefully before deciding,” the Federal Office for the Environment said.",
            "The Russian Association of Trading Companies and Manufacturers of Electrical Household and Computer Equipment (RATEK) had urged lawmakers to reject the bill.",
            "“The law will lead to higher prices and fewer choices,” the association said in a statement.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "We will review the data carefully before deciding,", name: "Federal Office for the Environment", role: nil,
                kind: .organization, cue: "said"),
            QuoteFixtures.Row(text: "The law will lead to higher prices and fewer choices,",
                name: "Russian Association of Trading Companies and Manufacturers of Electrical Household and Computer Equipment",
                role: nil, kind: .organization, cue: "said"),
        ])
    }

    @Test("'Linebacker Khalil Mack said': a capitalised role noun before the name is the role; an honorific is no role")
    func roleNounBeforeName() {
        let q = QuoteFixtures.quotes([
            "“We are not quitting on each other,” Linebacker Khalil Mack said.",
            "“Sitting is associated with heart disease risk,” says lead author Dr. Keith Diaz, an assistant professor.",
            "Prof Hannah Cloke, a hydrologist at the University of Reading, said the floods were “a warning for every town on a river.”",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "We are not quitting on each other,", name: "Khalil Mack", role: "Linebacker", kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "Sitting is associated with heart disease risk,", name: "Keith Diaz", role: "assistant professor", kind: .person, cue: "says"),
            QuoteFixtures.Row(text: "a warning for every town on a river.", name: "Hannah Cloke", role: "hydrologist at the University of Reading",
                kind: .person, cue: "said"),
        ])
    }

    @Test("'accused the Treasury of “…”' cites the subject; 'was accused of “…”' cites no one; 'ambassador to Britain' is no name")
    func accusedOf() {
        let q = QuoteFixtures.quotes([
            "Kiharu MP Ndindi Nyoro, who opposed the repeal, accused the Treasury of “fighting on the side of the banks.”",
            "The minister was accused of “lying to the House about the figures” by the opposition.",
            "China’s ambassador to Britain accused the UK of meddling and warned that Beijing “will not sit on our hands” if it escalates.",
        ])
        #expect(QuoteFixtures.rows(q).first == QuoteFixtures.Row(text: "fighting on the side of the banks.", name: "Ndindi Nyoro", role: "Kiharu MP", kind: .person, cue: "accused"))
        #expect(!q.contains { $0.text.hasPrefix("lying to the House") && $0.speaker != nil })
        #expect(!q.contains { $0.speaker?.name == "Britain" })
    }
}
