@testable import Copydesk
import Testing

@Suite("Quote attribution")
struct AttributionTests {
    private func speakers(_ quotes: [Quote]) -> [String?] { quotes.map { $0.speaker?.name } }

    @Test("speaker after the quote: name + verb, verb + name, organisation")
    func speakerAfter() {
        let q = QuoteFixtures.quotes([
            "Education minister Maria Lopez opened the school on Monday.",
            "“We are proud of this school,” Lopez said.",
            "“It took ten years,” said Lopez.",
            "The Federal Highway Agency (FHA) approved the plan.",
            "“The road will open in May,” the FHA said.",
        ])
        #expect(speakers(q) == ["Maria Lopez", "Maria Lopez", "Federal Highway Agency"])
        #expect(q.map(\.cue) == ["said", "said", "said"])
        #expect(q[0].speaker?.role == "Education minister")
        #expect(q[2].speaker?.kind == .organization)
    }

    @Test("speaker before the quote: colon, comma and 'that'")
    func speakerBefore() {
        let q = QuoteFixtures.quotes([
            "Coach Tim Berger said: “We played well.”",
            "Later, in an interview, Berger said, “The referee was fair.”",
            "But Berger insisted that “the team would not give up on the title”.",
        ])
        #expect(speakers(q) == ["Tim Berger", "Tim Berger", "Tim Berger"])
        #expect(q.map(\.kind) == [.direct, .direct, .partial])
        #expect(q[2].cue == "insisted")
    }

    @Test("according to X")
    func accordingTo() {
        let q = QuoteFixtures.quotes(["Investor Sam Reed runs a fund.", "“Prices will rise,” according to Reed."])
        #expect(speakers(q) == ["Sam Reed"])
        #expect(q.first?.cue == "according to")
        let before = QuoteFixtures.quotes(["Investor Sam Reed runs a fund.",
                                           "According to Reed, the market is “about to turn in a big way”."])
        #expect(speakers(before) == ["Sam Reed"])
        #expect(before.first?.kind == .partial)
    }

    @Test("interrupted quote: two quotes, same speaker and cue")
    func interrupted() {
        let q = QuoteFixtures.quotes(["“Amazing,” Anna Park said. “To do that against every team is special.”"])
        #expect(q.count == 2)
        #expect(speakers(q) == ["Anna Park", "Anna Park"])
        #expect(q.map(\.cue) == ["said", "said"])
    }

    @Test("multi-paragraph quote: continued, same speaker, no cue")
    func continued() {
        let q = QuoteFixtures.quotes([
            "Officer Dan Cole said: “These people broke the law. They have to face the consequences.",
            "“Other than coming out, there is no option for them.”",
        ])
        #expect(q.count == 2)
        #expect(q[1].continued)
        #expect(!q[0].continued)
        #expect(q[1].speaker?.name == "Dan Cole")
        #expect(q[1].cue == nil)
    }

    @Test("a quote-only paragraph inherits the previous paragraph's quote speaker")
    func quoteOnlyParagraph() {
        let q = QuoteFixtures.quotes([
            "“I just want to play my own music,” singer Tara Quinn said.",
            "“That's it. I tried to work this out privately.”",
            "The label did not answer.",
        ])
        #expect(speakers(q) == ["Tara Quinn", "Tara Quinn"])
        #expect(q[1].cue == nil)
        #expect(!q[1].continued)
    }

    @Test("he/she resolve to the most recent named person")
    func pronouns() {
        let q = QuoteFixtures.quotes([
            "Senator Ruth Adler visited the plant on Friday.",
            "She met the workers.",
            "“This plant is the future of the town,” she said.",
        ])
        #expect(speakers(q) == ["Ruth Adler"])
    }

    @Test("family name first: 'Wang' resolves to 'Wang Zhigang'; role kept apart")
    func familyNameFirst() {
        let q = QuoteFixtures.quotes([
            "Science minister Wang Zhigang spoke in Beijing.",
            "“We will open up,” Wang said.",
        ])
        #expect(q.first?.speaker == Speaker(name: "Wang Zhigang", role: "Science minister", kind: .person))
    }

    @Test("acronyms from initials and from an explicit parenthesis")
    func acronyms() {
        let q = QuoteFixtures.quotes([
            "The National Development and Reform Commission, the top planner, issued a plan.",
            "“Innovation is the core,” the NDRC said.",
        ])
        #expect(speakers(q) == ["National Development and Reform Commission"])
    }

    @Test("'Name, role,' gives the role; the name inside the quote is never the speaker")
    func appositiveAndNamesInside() {
        let q = QuoteFixtures.quotes([
            "Shi Yinhong, an international relations professor with Renmin University, spoke to reporters.",
            "“What President Xi said was he hoped for more cooperation,” he said.",
        ])
        #expect(speakers(q) == ["Shi Yinhong"])
        #expect(q.first?.speaker?.role == "international relations professor with Renmin University")
    }

    @Test("unnamed sources have no speaker")
    func unnamed() {
        let q = QuoteFixtures.quotes([
            "Police entered the house at dawn.",
            "“Open the door!” an officer shouts.",
            "“South Dakota: if we were any higher, we’d be North Dakota,” one user quipped.",
        ])
        #expect(q.count == 2)
        #expect(speakers(q) == [nil, nil])
        #expect(q.map(\.cue) == ["shouts", "quipped"])
    }

    @Test("scare quotes, titles and slogans are not quotes; attributed fragments of four words are")
    func partials() {
        let q = QuoteFixtures.quotes([
            "The mayor called the plan a “strategic pillar” of the city.",
            "Joan Hart has been eliminated from “Dancing with the Stars.”",
            "The state launched a campaign with the slogan “Meth, we’re on it.”",
            "Mayor Eli Stone said the crisis is “growing at an alarming rate” in the county.",
            "China said it is committed to the “one country, two systems” formula.",
            "“Shake It Off” was the biggest hit of the year.",
            "Her album, “The Tortured Poets Department,” came out in April.",
            "Viewers loved “Dancing with the Stars.” The network said ratings rose sharply.",
        ])
        #expect(q.map(\.text) == ["growing at an alarming rate"])
        #expect(q.first?.kind == .partial)
        #expect(q.first?.speaker?.name == "Eli Stone")
    }

    @Test("UK style: single quotes as the outer marks, 'Mr' before a surname")
    func ukStyle() {
        let q = QuoteFixtures.quotes([
            "Prime Minister Boris Johnson has defended the scheme.",
            "‘We will get this done,’ Mr Johnson told reporters. ‘There is no alternative.’",
            "“Is this really the best we can do?” asked Dr Sarah Jones, a lecturer at Leeds University.",
        ])
        #expect(q.map(\.text) == ["We will get this done,", "There is no alternative.", "Is this really the best we can do?"])
        #expect(speakers(q) == ["Boris Johnson", "Boris Johnson", "Sarah Jones"])
        #expect(q[2].speaker?.role == "lecturer at Leeds University")
    }

    @Test("'Name, who …, said:' and an interview label 'Name: “…”'")
    func relativeClauseAndLabel() {
        let q = QuoteFixtures.quotes([
            "Mark Smith, who has led the company since 2010, said: “We are proud of the staff.”",
            "“It was chaos,” said a witness who asked not to be named.",
            "Smith: “We did it.”",
        ])
        #expect(speakers(q) == ["Mark Smith", nil, "Mark Smith"])
        #expect(q.map(\.cue) == ["said", "said", nil])
    }

    @Test("a bracketed first name inside a quote introduces the full name: '(Frank) Vogel'")
    func bracketedFirstName() {
        let q = QuoteFixtures.quotes([
            "“Coach (Frank) Vogel came in and said, 'Congratulations,' and I laughed,” James said.",
            "“He’s just playing terrific basketball,” Vogel said.",
        ])
        #expect(q.last?.speaker?.name == "Frank Vogel")
        #expect(q.first?.text.contains("'Congratulations,'") == true)
    }

    @Test("descriptions: 'the governor' finds 'Gov. …', a title after a comma is no quote, weak verbs need no object")
    func descriptionsAndTitles() {
        let q = QuoteFixtures.quotes([
            "Gov. Kristi Noem launched the campaign. Sen. Ted Cruz criticised it.",
            "“It’s time to act,” the governor said.",
            "In his 2019 memoir, “A Promised Land,” he described his first days in office.",
        ])
        #expect(q.map(\.text) == ["It’s time to act,"])
        #expect(speakers(q) == ["Kristi Noem"])
    }

    @Test("an appositive that opens with a job ('equity strategist at …') is the role")
    func appositiveJob() {
        let q = QuoteFixtures.quotes([
            "Matt Maley, equity strategist at Miller Tabak, says the stock is risky.",
            "“This stock had been getting clobbered,” Maley said.",
        ])
        #expect(q.first?.speaker == Speaker(name: "Matt Maley", role: "equity strategist at Miller Tabak", kind: .person))
    }
}
