@testable import Copydesk
import Testing

/// Quote and speaker rules found by the fourth round of publisher probes (nineteenth pass, round 2): chained title
/// complements, organisations named with "of the", a person before "of/from the" organisation, "the company",
/// "an Intel spokesperson", a listener after "to", names printed as one word, "Said" as a name, things that are
/// no one.
@Suite("Quote rules from the fourth round of publisher probes")
struct Round4QuoteTests {
    @Test("'said Senior Minister of State for Manpower Zaqy Mohamad': a second complement after the first, the name after it")
    func chainedTitleComplements() {
        let q = QuoteFixtures.quotes([
            "“We have to be careful with the numbers,” said Senior Minister of State for Manpower Zaqy Mohamad at a media briefing.",
            "“We will do what it takes to protect the NHS,” said Secretary of State for Health Matt Hancock.",
            "“We will not be intimidated by anyone,” said Secretary of State Mike Pompeo.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "We have to be careful with the numbers,", name: "Zaqy Mohamad", role: "Senior Minister of State for Manpower",
                kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "We will do what it takes to protect the NHS,", name: "Matt Hancock", role: "Secretary of State for Health",
                kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "We will not be intimidated by anyone,", name: "Mike Pompeo", role: "Secretary of State", kind: .person, cue: "said"),
        ])
    }

    @Test("'Friends of the Earth Scotland said': an organisation's name runs on through 'of the'")
    func organisationOfThe() {
        let q = QuoteFixtures.quotes([
            "Friends of the Earth Scotland said: “This is a missed opportunity for the climate.”",
            "Friends of the Earth said: “The plan does not go far enough.”",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "This is a missed opportunity for the climate.", name: "Friends of the Earth Scotland", role: nil,
                kind: .organization, cue: "said"),
            QuoteFixtures.Row(text: "The plan does not go far enough.", name: "Friends of the Earth", role: nil, kind: .organization, cue: "said"),
        ])
    }

    @Test("'Gavin Thomson of the University of Glasgow said': the person, not where they work")
    func personOfOrganisation() {
        let q = QuoteFixtures.quotes([
            "Gavin Thomson of the University of Glasgow said: “This is a missed opportunity for the climate.”",
            "Mary Stone from Friends of the Earth Scotland said: “The plan does not go far enough.”",
            "The University of Glasgow said: “We welcome the report.”",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "This is a missed opportunity for the climate.", name: "Gavin Thomson", role: nil, kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "The plan does not go far enough.", name: "Mary Stone", role: nil, kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "We welcome the report.", name: "University of Glasgow", role: nil, kind: .organization, cue: "said"),
        ])
    }

    @Test("'the company said': the organisation named last, never a person whose role mentions the company")
    func companyIsAnOrganisation() {
        let q = QuoteFixtures.quotes([
            "Acme Corp fired 40 workers last week.",
            "“We were never told why,” said Jane Porter, a welder at the company's plant.",
            "In a statement, the company said it was “disappointed in the outcome” but would “bargain in good faith.”",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "We were never told why,", name: "Jane Porter", role: "welder at the company's plant", kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "disappointed in the outcome", name: "Acme Corp", role: nil, kind: .organization, cue: "said"),
            QuoteFixtures.Row(text: "bargain in good faith.", name: "Acme Corp", role: nil, kind: .organization, cue: "said"),
        ])
    }

    @Test("'an Intel spokesperson said': the organisation before 'spokesperson' (never a person's name holding it), also later")
    func organisationsSpokesperson() {
        let q = QuoteFixtures.quotes([
            "AMD released a new chip on Monday: 32 Cores Crush Intel's Lineup, the reviews say.",
            "“We're going to let the market decide,” an Intel spokesperson said in a statement.",
            "A Google spokesperson said the company would review the ruling.",
            "“We disagree with the decision and will appeal,” the spokesperson said.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "We're going to let the market decide,", name: "Intel", role: nil, kind: .organization, cue: "said"),
            QuoteFixtures.Row(text: "We disagree with the decision and will appeal,", name: "Google", role: nil, kind: .organization, cue: "said"),
        ])
    }

    @Test("'In a statement to BuzzFeed News, a spokesperson, Kelsey Amato, said': the listener is no speaker; names print whole")
    func listenerAndOneWordNames() {
        let q = QuoteFixtures.quotes([
            "In a statement to BuzzFeed News, a DashRunner spokesperson, Kelsey Amato, said the new formula “rewards drivers who take longer trips.”",
            "“We are proud of our drivers and will keep investing in them,” DoorDash said.",
            "“We are proud of our staff and will keep investing in them,” said a BlackRock spokesperson.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "rewards drivers who take longer trips.", name: "Kelsey Amato", role: nil, kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "We are proud of our drivers and will keep investing in them,", name: "DoorDash", role: nil, kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "We are proud of our staff and will keep investing in them,", name: "BlackRock", role: nil, kind: .organization,
                cue: "said"),
        ])
    }

    @Test("A name the scrape ran into its repeat keeps its seams as spaces; one printed word stays one")
    func repeatedNameKeepsSeams() {
        let tokens = Tokenizer.tokens(Array("Gov. Kristi NoemKristi Noem spoke and DoorDash agreed".utf8), spans: [])
        #expect(tokens.joined(1..<5, printed: true) == "Kristi Noem Kristi Noem")
        #expect(tokens.joined(7..<9, printed: true) == "DoorDash")
    }

    @Test("'said Said Iqbal', 'president Said Iqbal said … “…,” he said': a capitalised 'Said' inside a sentence is a name")
    func saidAsAName() {
        let q = QuoteFixtures.quotes([
            "Confederation of Indonesian Workers Unions (KSPI) president Said Iqbal said the law would hurt workers.",
            "“We will go on strike if the bill is passed,” he said.",
            "“We will not back down,” said Said Iqbal.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "We will go on strike if the bill is passed,", name: "Said Iqbal", role: "president", kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "We will not back down,", name: "Said Iqbal", role: "president", kind: .person, cue: "said"),
        ])
    }

    @Test("A product or a plan is no one: 'he' and 'the law officer' do not point at 'Google Play Store' or an action plan")
    func thingsAreNoOne() {
        let q = QuoteFixtures.quotes([
            "Sameer Samat, a vice president at Google, announced the change.",
            "Apps in the Google Play Store that request location will have to justify it, Samat said.",
            "“We want apps to be clear about what they collect,” he wrote.",
            "Petitioners asked the court to enforce the Punjab Clean Air Action Plan.",
            "“The plan is being implemented in full,” the law officer told the court.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "We want apps to be clear about what they collect,", name: "Sameer Samat", role: "vice president at Google",
                kind: .person, cue: "wrote"),
            QuoteFixtures.Row(text: "The plan is being implemented in full,", name: nil, role: nil, kind: nil, cue: "told"),
        ])
    }

    @Test("'the judge said', 'the President said': the latest person introduced with that title (or its equivalent)")
    func titleAlone() {
        let q = QuoteFixtures.quotes([
            "Justice Shahid Karim heard the petition on Monday.",
            "“The government must act before winter comes,” the judge said.",
            "President Maria Santos visited the site on Monday.",
            "“We will rebuild the market within a year,” the President said.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "The government must act before winter comes,", name: "Shahid Karim", role: "Justice", kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "We will rebuild the market within a year,", name: "Maria Santos", role: "President", kind: .person, cue: "said"),
        ])
    }

    @Test("A possessive name opening a sentence is no subject; 'the company' finds 'ClearPoint Systems'")
    func possessiveOwnerAndCompanyWords() {
        let q = QuoteFixtures.quotes([
            "Workers at Spokeline Cycles voted to join the union.",
            "Spokeline’s chief executive, Gordon Reyes, wrote in a letter to staff that wages had risen. “I believe we can solve our problems together,” he wrote.",
            "The attack hit ClearPoint Systems on Sunday.",
            "“We immediately took our systems offline,” the company said.",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "I believe we can solve our problems together,", name: "Gordon Reyes", role: nil, kind: .person, cue: "wrote"),
            QuoteFixtures.Row(text: "We immediately took our systems offline,", name: "ClearPoint Systems", role: nil, kind: .organization, cue: "said"),
        ])
    }

    @Test("The rules' limits: 'Tom Jones of the BBC' stays a person; 'White House spokesman X' is still X")
    func limits() {
        let q = QuoteFixtures.quotes([
            "Tom Jones of the BBC said: “The schedule will change next year.”",
            "White House spokesman Hogan Gidley said: “It is a sham from start to finish.”",
        ])
        #expect(QuoteFixtures.rows(q) == [
            QuoteFixtures.Row(text: "The schedule will change next year.", name: "Tom Jones", role: nil, kind: .person, cue: "said"),
            QuoteFixtures.Row(text: "It is a sham from start to finish.", name: "Hogan Gidley", role: "White House spokesman", kind: .person, cue: "said"),
        ])
    }
}
