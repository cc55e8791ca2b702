@testable import Copydesk
import Testing

/// Quote and speaker rules found by the ninth round of publisher probes: names joined by "and" (two one-word names,
/// a couple sharing a family name), a name in apposition after "said the [title]," and before "… but said", a
/// party tag, a compound title joined by "and", and a name between commas before a verb as a later pronoun's subject.
@Suite("Quote rules from the ninth round of publisher probes")
struct Round9QuoteTests {
    @Test("'In parts of Missouri and Iowa': two one-word names joined by 'and' are no one a later word resolves to")
    func joinedOneWordNamesAreNoOne() {
        let q = QuoteFixtures.quotes([
            "In parts of Missouri and Iowa, the nearest birthing unit is now an hour away.",
            "Darnell Hughes, who directs the county's EMS, said his agency received money from the Missouri grant.",
            "“The grant helps. But a course does not put an obstetrician back in the county.”",
            "Drivers pay less than at Uber and Bolt. In an emailed statement, Bolt said: “Our commission rates are among the lowest.”",
        ])
        #expect(q.map { $0.speaker?.name } == ["Darnell Hughes", "Bolt"])
    }

    @Test("'Ruth and Elias Brandwein': a couple sharing a family name is two people")
    func coupleSharingAFamilyName() {
        let q = QuoteFixtures.quotes([
            "Ruth and Elias Brandwein, who opened the bakery in 1983, said the decision came down to two things.",
            "“It has been in that bucket longer than some of our customers have been alive,” Elias Brandwein said.",
            "Their recipes, Ruth said, will stay in the family. “Sleep,” she said.",
            "“We are proud of it,” Bill and Melinda Gates said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Elias Brandwein", "Ruth Brandwein", "Bill and Melinda Gates"])
    }

    @Test("'Procter and Gamble said': two one-word names joined by 'and' before the cue stay as written")
    func joinedNamesLeftAlone() {
        let q = QuoteFixtures.quotes([
            "“Sales rose,” Procter and Gamble said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Procter and Gamble"])
    }

    @Test("'said the city's mayor, Tomasz Wierzbicki, announcing …': the name in apposition speaks")
    func appositiveNameAfterTheCue() {
        let q = QuoteFixtures.quotes([
            "Cars will be banned from Ostrów Tumski and the Old Town from May.",
            "“We are giving the centre back to the people,” said the city's mayor, Tomasz Wierzbicki, announcing the decision.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Tomasz Wierzbicki"])
        #expect(q.first?.speaker?.role == "city's mayor")
        let unnamed = QuoteFixtures.quotes([
            "“It was late,” said the driver, who asked not to be named.",
            "“We are done,” said the company's owner, Acme Holdings, in a note.",
        ])
        #expect(unnamed.map { $0.speaker?.name } == [nil, nil])
    }

    @Test("'the president of X, Joaquim Palma, welcomed the decision but said that …“…”': the appositive name speaks")
    func appositiveNameBeforeJoinedVerbs() {
        let q = QuoteFixtures.quotes([
            "In statements to Lusa, the president of the Algarve Farmers' Association, Joaquim Palma, welcomed the decision but said that the sector had suffered “losses of many millions of euros” this year.",
            "The farmers, many of them young, welcomed the decision but said that it came “far too late for the growers of the region” this year.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Joaquim Palma", nil])
    }

    @Test("'The deputy permanent secretary in the Ministry of …, Dr Hamisi Mwakasege, said …', then '“…,” he said.'")
    func appositiveNameIsTheNextPronoun() {
        let q = QuoteFixtures.quotes([
            "“Education is no longer free,” said Dr Neema Lyimo, a researcher.",
            "She said the problem was worst in the cities.",
            "The deputy permanent secretary in the Ministry of Education, Science and Technology, Dr Hamisi Mwakasege, said the government had acted.",
            "“The circular is very clear,” he said.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Neema Lyimo", "Hamisi Mwakasege"])
    }

    @Test("'State Sen. Anthony Ruocco, R-Morris, who voted against it, said it was “…”': a party tag is no speaker")
    func partyTagIsNoSpeaker() {
        let q = QuoteFixtures.quotes([
            "State Sen. Anthony Ruocco, R-Morris, who voted against the measure, said it was “well-intentioned but unworkable in practice” on Monday.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Anthony Ruocco"])
    }

    @Test("'Chula Vista Mayor and board member Hector Salcedo said': a title joined by 'and' to a lower-case title")
    func compoundTitleJoinedByAnd() {
        let q = QuoteFixtures.quotes([
            "Chula Vista Mayor and board member Hector Salcedo said the gates deserved a serious look.",
            "“Every big system in the world has figured this out,” he said.",
        ])
        #expect(q.first?.speaker?.name == "Hector Salcedo")
        #expect(q.first?.speaker?.role == "Chula Vista Mayor and board member")
        // "and" before lower-case words that end with no title joins nothing
        let tokens = Tokenizer.tokens(Array("Mayor and old friends Tom Reyes came.".utf8), spans: [])
        #expect(NameRuns.runs(tokens, in: 0..<tokens.count).count == 2)
    }

    @Test("'Moreno laid out her position: “…”': a name before an irregular past tense is the subject, not a modifier")
    func irregularPastTenseSubject() {
        let q = QuoteFixtures.quotes([
            "Ald. Teresa Moreno, whose ward includes the site, said she would not support the change.",
            "Moreno laid out her position at the end of the meeting: “Forty-five jobs do not outweigh what this would do to the air.”",
            "The PR aides were blunt: “Nobody asked us anything at all, and nobody will.”",
        ])
        #expect(q.map { $0.speaker?.name } == ["Teresa Moreno", nil])
    }

    @Test("'She pointed to Timbs, the 2019 case, and argued that … “…”': a pronoun's past tense ends the subject")
    func pronounBeforePastTense() {
        let q = QuoteFixtures.quotes([
            "Judge Lucia Ferrante dissented.",
            "She pointed to Timbs, the 2019 case, and argued that the majority had created “a loophole wide enough to swallow the clause whole.”",
        ])
        #expect(q.map { $0.speaker?.name } == ["Lucia Ferrante"])
    }

    @Test("'Renata Ortiz of the Prison Policy Research Center at Emory University calls it “…”': the person speaks")
    func memberThroughAUnit() {
        let q = QuoteFixtures.quotes([
            "Renata Ortiz of the Prison Policy Research Center at Emory University calls the practice “a slow-motion emergency that nobody wants to fix.”",
            "The Prison Policy Research Center at Emory University calls the practice “a slow-motion emergency that nobody wants to fix.”",
        ])
        #expect(q.map { $0.speaker?.name } == ["Renata Ortiz", "Emory University"])
    }

    @Test("'Asked whether they could win, he smiled: “…”': the main clause's subject speaks")
    func askedThenMainClause() {
        let q = QuoteFixtures.quotes([
            "Keshon Gilbert scored 20 points. But Gilbert was less guarded.",
            "Asked whether the Cyclones could win the league outright, he smiled: “Why not us? We have beaten everybody.”",
            "Asked about the result: “It was a good night for everybody in the building.”",
        ])
        #expect(q.first?.speaker?.name == "Keshon Gilbert")
        #expect(q.count < 2 || q[1].speaker == nil)
    }

    @Test("'would continue to pursue “…”': a verb before 'to' and an infinitive is no cue; 'told' before it is")
    func continueToIsNoCue() {
        let q = QuoteFixtures.quotes([
            "Dr. Angela Whitfield runs Prairie Health.",
            "Whitfield told staff in an internal memo that Prairie would continue to pursue “collaborations that strengthen rural care” this year.",
            "“We will go on,” he continued.",
        ])
        #expect(q.map(\.cue) == ["told", "continued"])
        #expect(q.first?.speaker?.name == "Angela Whitfield")
    }

    @Test("'Assistant Director of Environmental Protection Raymond Leung Chi-wai said': the English name stays")
    func hongKongNames() {
        let q = QuoteFixtures.quotes([
            "“Many elderly people live alone,” Assistant Director of Environmental Protection Raymond Leung Chi-wai said.",
            "“We are ready,” said Secretary for Security Chris Tang Ping-keung.",
            "“We are ready,” said Minister for Transport Shane Ross.",
            "“We are ready,” said Minister for Transport Jean-Paul Ross.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Raymond Leung Chi-wai", "Chris Tang Ping-keung", "Shane Ross", "Jean-Paul Ross"])
    }

    @Test("party tags and hyphenated given names are read from bytes")
    func nameShapeBytes() {
        let tokens = Tokenizer.tokens(Array("Ruocco, R-Morris, D-Calif. Chi-wai Jean-Paul Al-Sisi R-".utf8), spans: [])
        let words = (0..<tokens.count).filter { tokens[$0].isWord }
        #expect(words.map { tokens.isPartyTag($0) } == [false, true, true, false, false, false, false])
        #expect(words.map { tokens.isHyphenatedGivenName($0) } == [false, false, false, true, false, false, false])
    }
}
