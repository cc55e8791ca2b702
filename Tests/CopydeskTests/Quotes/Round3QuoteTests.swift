@testable import Copydesk
import Testing

/// Quote and speaker rules found by probing other publishers (nineteenth pass): titles with a complement,
/// an organisation before a role, quotes after reported speech, two quotes in one sentence, a ministry's
/// listed name and a quoted name after "called".
@Suite("Quote rules from the third round of publisher probes")
struct Round3QuoteTests {
    @Test("'Former US Ambassador to Ukraine Marie Yovanovitch': the name after the title's place, the title as role")
    func titleToPlace() {
        let q = QuoteFixtures.quotes([
            "Former US Ambassador to Ukraine Marie Yovanovitch told lawmakers on Friday that she was shocked.",
            "“I was shocked and devastated,” she said.",
            "“It was a terrible moment for me,” Yovanovitch said.",
            "U.S. Ambassador to the European Union Gordon Sondland testified on Wednesday.",
            "“We followed the orders of the president,” he said.",
            "Acting Ambassador to Ukraine William Taylor testified later.",
            "“I stand by it completely,” Taylor said.",
        ])
        let yovanovitch = "Former US Ambassador to Ukraine"
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "I was shocked and devastated,", name: "Marie Yovanovitch", role: yovanovitch, kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "It was a terrible moment for me,", name: "Marie Yovanovitch", role: yovanovitch, kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "We followed the orders of the president,", name: "Gordon Sondland",
                role: "U.S. Ambassador to the European Union", kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "I stand by it completely,", name: "William Taylor", role: "Acting Ambassador to Ukraine", kind: .person, cue: "said"),
        ])
    }

    @Test("'said Secretary of State Mike Pompeo', 'said Mayor of London Sadiq Khan': the title's complement does not end the phrase")
    func titleOfPlaceAfterCue() {
        let q = QuoteFixtures.quotes([
            "“We will not be intimidated by anyone,” said Secretary of State Mike Pompeo.",
            "“London is open to everyone,” said Mayor of London Sadiq Khan.",
            "“It is a good day,” said Secretary of the Treasury Steven Mnuchin.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "We will not be intimidated by anyone,", name: "Mike Pompeo", role: "Secretary of State", kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "London is open to everyone,", name: "Sadiq Khan", role: "Mayor of London", kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "It is a good day,", name: "Steven Mnuchin", role: "Secretary of the Treasury", kind: .person, cue: "said"),
        ])
    }

    @Test("'White House press secretary Stephanie Grisham': the organisation before the role is no subject; she is")
    func organisationBeforeRole() {
        let q = QuoteFixtures.quotes([
            "White House press secretary Stephanie Grisham dismissed the report on Monday.",
            "“This is more of the same from the Democrats,” she said.",
            "White House spokesman Hogan Gidley also spoke.",
            "“It is a sham from start to finish,” he said.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "This is more of the same from the Democrats,", name: "Stephanie Grisham",
                role: "White House press secretary", kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "It is a sham from start to finish,", name: "Hogan Gidley", role: "White House spokesman", kind: .person, cue: "said"),
        ])
    }

    @Test("a quote opening a sentence after reported speech, or after a colon, is the speaker's of that sentence")
    func quoteAfterReportedSpeech() {
        let q = QuoteFixtures.quotes([
            "The river burst its banks on Friday night.",
            "Her neighbour, Gary Sugden, said he had been told it could be six months before he could move back into his home. “Everything downstairs has gone. You can’t replace those.”",
            "Lorraine Booth, a local builder, was blunt: “Nobody came to help us for three whole days.”",
            "The council met on Tuesday. “It was a long night.”",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "Everything downstairs has gone. You can’t replace those.", name: "Gary Sugden", role: nil, kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "Nobody came to help us for three whole days.", name: "Lorraine Booth", role: "local builder", kind: .person, cue: nil),
        ])
    }

    @Test("two quotes in one sentence: the relative clause's subject, the subject before ', saying', the sentence's speaker")
    func twoQuotesInASentence() {
        let q = QuoteFixtures.quotes([
            "President Donald Trump spoke to the Ukrainian leader in July.",
            "Marie Yovanovitch said she was stunned when she read the transcript of the call, in which Trump called her \"bad news\" and said she was \"going to go through some things.\"",
            "Grisham dismissed the transcript as \"more of the same,\" saying in a statement that the process was \"a sham from start to finish.\"",
            "Kristen Kish, a company spokeswoman, said the firm was proud of its record.",
            "She added that workers could \"raise concerns directly with their managers\" and that expectations were \"based on what a safe number of employees can achieve\".",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "going to go through some things.", name: "Donald Trump", role: "President", kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "a sham from start to finish.", name: "Grisham", role: nil, kind: .person, cue: "saying"),
            QuoteFixtures.Row(text: "raise concerns directly with their managers", name: "Kristen Kish", role: "company spokeswoman", kind: .person, cue: "added"),
            QuoteFixtures.Row(text: "based on what a safe number of employees can achieve", name: "Kristen Kish", role: "company spokeswoman",
                kind: .person, cue: "added"),
        ])
    }

    @Test("'The Ministry of Housing, Communities and Local Government': one organisation, printed with its comma")
    func ministryWithListedName() {
        let q = QuoteFixtures.quotes([
            "The Ministry of Housing, Communities and Local Government said it had activated the emergency scheme.",
            "A spokesperson said: “We will continue to work closely with the council.”",
            "A spokesperson for the Department for Environment, Food and Rural Affairs said money had been invested.",
            "“We will do all we can to support the people affected,” the spokesperson said.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "We will continue to work closely with the council.", name: "Ministry of Housing, Communities and Local Government",
                role: nil, kind: .organization, cue: "said"),
            QuoteFixtures.Row(text: "We will do all we can to support the people affected,", name: "Department for Environment, Food and Rural Affairs",
                role: nil, kind: .organization, cue: "said"),
        ])
    }

    @Test("a Title Case phrase after 'called' or 'dubbed' is a name; a quoted phrase after 'called the campaign a' still counts")
    func calledTitleCase() {
        let q = QuoteFixtures.quotes([
            "The service, called ‘Doctor for Every Citizen’, will first be offered at 12 centres.",
            "The show, dubbed “The Late Late Review Of The Year”, airs on Friday.",
            "Mayor Ana Ruiz called the new campaign a “bold step toward a cleaner city” in remarks on Monday.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "bold step toward a cleaner city", name: "Ana Ruiz", role: "Mayor", kind: .person, cue: "called"),
        ])
    }

    @Test("the rules stay narrow: a bank's list is no one name, 'ambassador to Britain accused' has no subject")
    func narrowComplements() {
        let q = QuoteFixtures.quotes([
            "The Bank of England, Barclays and HSBC said rates would stay on hold.",
            "A spokesperson said: “We will keep the position under review.”",
            "China’s ambassador to Britain accused the UK of meddling and warned that Beijing “will not sit on its hands at all”.",
        ])
        #expect(q.map { $0.speaker?.name } == ["Bank of England", nil])
        #expect(q.map(\.text) == ["We will keep the position under review.", "will not sit on its hands at all"])
    }
}
