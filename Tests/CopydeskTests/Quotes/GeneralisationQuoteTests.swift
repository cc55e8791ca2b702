@testable import Copydesk
import Testing

/// Speaker shapes met in other publishers' layouts: demonym + title before a name, local-government
/// titles, a titled person followed by "of" and an institution.
@Suite("Quote speakers beyond the dev corpus")
struct GeneralisationQuoteTests {
    private func speakers(_ quotes: [Quote]) -> [String?] { quotes.map { $0.speaker?.name } }

    @Test("'said Bavarian state premier Klaus Wendt': the name after the title, not the demonym")
    func demonymTitleName() {
        let q = QuoteFixtures.quotes(["“This is a fair deal for the regions,” said Bavarian state premier Klaus Wendt."])
        #expect(speakers(q) == ["Klaus Wendt"])
    }

    @Test("'Cllr', 'Showrunner' are titles; 'Principal X of Y School' is X")
    func titlesAndOf() {
        let q = QuoteFixtures.quotes([
            "Cllr Priya Raman, who chairs the housing board, said: “Every pound counts.”",
            "Showrunner Eli Braddock defended the ending.",
            "“We always knew,” Braddock said.",
            "Principal Lim Hui Min of Bukit Rise Secondary said parents had welcomed the move.",
            "“Most are very positive,” said Mrs Lim.",
        ])
        #expect(speakers(q) == ["Priya Raman", "Eli Braddock", "Lim Hui Min"])
    }

    @Test("'Name, a description, told CNN': the listener after 'told' is never the speaker")
    func toldListener() {
        let q = QuoteFixtures.quotes([
            "The bill passed on Tuesday after a long debate in the chamber.",
            "“States really deliver care,” Heather Howard, a former health commissioner, told reporters.",
            "“States truly deliver care,” Maria Lopez, a former health commissioner, told CNN.",
            "“Cities deliver care,” Dan Ortiz, an analyst, told The Associated Press.",
            "“We are ready,” said Ana Ruiz, the mayor.",
        ])
        #expect(speakers(q) == ["Heather Howard", "Maria Lopez", "Dan Ortiz", "Ana Ruiz"])
    }

    @Test("US party tags: '(R-Ohio)' and '(FAA)' are asides, and 'D-Fla.,' ends no sentence")
    func partyTags() {
        let q = QuoteFixtures.quotes([
            "The bill passed on Tuesday after a long debate in the chamber.",
            "“This is a bad bill for everyone,” Sen. Bob Smith (R-Ohio) said.",
            "Rep. Jo Diaz, D-Fla., said: “We did our job.”",
            "Rep. Pramila Jayapal (D-Wash.) said the draft was “a real step forward in every way” on Tuesday.",
            "“We will look at it again,” the Federal Aviation Administration (FAA) said.",
        ])
        #expect(speakers(q) == ["Bob Smith", "Jo Diaz", "Pramila Jayapal", "Federal Aviation Administration"])
    }

    @Test("UK title shapes: 'The Mayor of London, Sadiq Khan, called', 'Minister for Transport Shane Ross said'")
    func titleComplements() {
        let q = QuoteFixtures.quotes([
            "Commuters faced a third day of delays on Tuesday as the strike went on.",
            "The Mayor of London, Sadiq Khan, called the decision “a betrayal of every commuter in this city and beyond”.",
            "Minister for Transport Shane Ross said: “We will look at the figures again next week.”",
            "Another passenger, Richard Mace, said the line was “a disgrace to the whole region and its people”.",
        ])
        #expect(speakers(q) == ["Sadiq Khan", "Shane Ross", "Richard Mace"])
    }

    @Test("'A spokesman said' speaks for the organisation named just before; 'said as she waited' names nobody after the cue")
    func spokesmanAndClauseAfterCue() {
        let q = QuoteFixtures.quotes([
            "The Department for Education said it would review the guidance before the new school year.",
            "A spokesman said: “We are aware of the concerns raised by head teachers and will respond in due course.”",
            "Another passenger, Richard Mace, said the line was “a disgrace to the whole region and its people”.",
            "“It is already 50 minutes late and nobody has told us anything,” Aguilar, 19, said as she waited on the platform.",
        ])
        #expect(speakers(q) == ["Department for Education", "Richard Mace", "Aguilar"])
    }

    @Test("a name between a possessive and a noun ('the Queen's Birthday Honours list') is no one a pronoun points at")
    func possessiveModifier() {
        let q = QuoteFixtures.quotes([
            "Jane Okafor, a nurse from Leeds, was made an MBE for services to health care in the north.",
            "Speaking after the Queen's Birthday Honours list was published, she said: “It is a huge honour for the whole team.”",
            "Britain's Prince Charles said: “She deserves every bit of it.”",
        ])
        #expect(speakers(q) == ["Jane Okafor", "Prince Charles"])
    }

    @Test("capitalised surnames ending in -ly are names, not manner adverbs ('Kelly said', 'Mr Donnelly said')")
    func lySurnames() {
        let q = QuoteFixtures.quotes([
            "Health minister Stephen Donnelly said hospitals had lost control of waiting lists.",
            "“Every winter it gets worse,” Mr Donnelly said.",
            "Fiona Kelly, a nurse in Cork, agreed.",
            "“We are exhausted,” Kelly said. “Nobody is listening,” she added bluntly.",
        ])
        #expect(speakers(q) == ["Stephen Donnelly", "Fiona Kelly", "Fiona Kelly"])
    }

    @Test("a surname with a joined Arabic article stays in the name ('Amr al-Madani')")
    func arabicArticle() {
        let q = QuoteFixtures.quotes([
            "The kingdom plans to open the first phase of the resort in northwest Saudi Arabia next year.",
            "“We are on schedule,” Amr al-Madani, the commission's chief executive, told Al Arabiya English.",
            "“The first hotels will open in 2022,” Al-Madani said.",
        ])
        #expect(speakers(q) == ["Amr al-Madani", "Amr al-Madani"])
    }
}
