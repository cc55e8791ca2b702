@testable import Copydesk
import Testing

/// Header shapes found by the ninth round of probing other publishers' layouts (twenty-second pass).
@Suite("Rules for more publishers' layouts, round 9")
struct LayoutProbeRound9Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// Two body paragraphs under every header these tests build.
    private let body = ["Tenants rallied outside the building on Tuesday to demand repairs that the landlord promised two years ago.",
                        "The city's housing agency said it had opened an inquiry into the complaints, officials said on Wednesday."]

    /// A site menu printed one item per line above the header.
    private let menu = ["Skip to main content", "News", "Sport", "Business", "Culture", "Opinion", "Subscribe", "Search"]

    private let headline = "Cyclones storm back from 14 down to stun No. 9 Baylor behind Gilbert's career night"
    private let dek = "Trailing by double digits at halftime, Iowa State rode its junior guard to a win that keeps it in the title race."

    @Test("a lone '|' between the writer's name and the date does not cut the header off")
    func loneBarBetweenNameAndDate() {
        let article = parse(menu + [headline, dek, "Nick Brannigan", "|", "Mar 5, 2024"] + body)
        #expect(article.headline == headline)
        #expect(article.standfirst == [dek])
        #expect(article.byline.map(\.name) == ["Nick Brannigan"])
        #expect(article.published?.text == "Mar 5, 2024")
        #expect(article.body.map(\.text) == body)
        // a lone mark is no header candidate, and a letter is no mark
        func line(_ text: String) -> TextLine {
            var text = text
            return text.withUTF8 { TextLine.lines(in: $0)[0] }
        }
        #expect(HeaderReader.isLoneMark(line("|")))
        #expect(HeaderReader.isLoneMark(line("/")))
        #expect(!HeaderReader.isLoneMark(line("I")))
        #expect(!HeaderReader.isLoneMark(line("7")))
        #expect(!HeaderReader.isLoneMark(line("||")))
    }

    @Test("a title-case headline ending with a stop under a short label: the label is the section")
    func stoppedTitleUnderLabel() {
        let title = "A City Fined a Retiree $31,000 for Tall Grass. A Federal Appeals Court Says That's Not Excessive."
        let lede = "The appeals court ruled that daily code-enforcement fines are not punishment under the Eighth Amendment."
        let article = parse(["Property Rights", title, lede, "Elena Marsh | 11.14.2024 2:45 PM"] + body)
        #expect(article.headline == title)
        #expect(article.section == "Property Rights")
        #expect(article.standfirst == [lede])
        // a sentence-case dek under a short headline stays a dek
        let plain = parse(["Grass fines upheld", "A federal appeals court said on Wednesday that the fines were fair.", "By Elena Marsh",
                           "Nov 14, 2024"] + body)
        #expect(plain.headline == "Grass fines upheld")
        #expect(plain.section == nil)
    }

    @Test("a headline opening with a preposition and holding a comma is no 'Name, Role' byline")
    func prepositionHeadlineIsNoByline() {
        let title = "In Midwestern Cities, Weekly Mowing May Be Starving Wild Bees"
        let lede = "A three-year survey of urban parks found fewer native bee species where grass was cut every week."
        let article = parse(["Environment", title, lede, "By Priya Venkataraman", "11.14.2024"] + body)
        #expect(article.headline == title)
        #expect(article.byline.map(\.name) == ["Priya Venkataraman"])
        #expect(article.standfirst == [lede])
        var bytes = Array("In Midwestern Cities".utf8)
        #expect(bytes.withUnsafeBufferPointer { BylineRule.opensWithPreposition($0) })
        bytes = Array("Ingrid Lunden".utf8)
        #expect(!bytes.withUnsafeBufferPointer { BylineRule.opensWithPreposition($0) })
        bytes = Array("Asha Rao".utf8)
        #expect(!bytes.withUnsafeBufferPointer { BylineRule.opensWithPreposition($0) })
    }

    @Test("an author's avatar label and job title between the dek and the date keep the header whole")
    func avatarAndJobTitle() {
        let title = "Hollow Tide delayed to 2025 after developer's publishing deal collapses"
        let article = parse(["News", title, "\"We were three weeks from announcing a release date.\"", "Image credit: Tiny Lantern",
                             "Ellie Marchetti avatar", "Ellie Marchetti", "News Reporter", "Published on 5 March 2024"] + body)
        #expect(article.headline == title)
        #expect(article.byline.map(\.name) == ["Ellie Marchetti"])
        #expect(article.discarded.contains(DiscardedLine(line: 5, text: "Ellie Marchetti avatar", reason: .mediaLabel)))
    }

    @Test("'What you need to know:' over summary lines: the lines are the standfirst")
    func whatYouNeedToKnowBox() {
        let points = ["A survey by a civil society group found that parents spend an average of Sh180,000 a year per child.",
                      "The Ministry of Education says head teachers who send pupils home will face disciplinary action."]
        let article = parse(["News", "Parents decry hidden fees as free education policy marks ten years", "Wednesday, March 06, 2024",
                             "By  Rosemary Kimaro", "", "What you need to know:"] + points + [""] + body)
        #expect(article.standfirst == points)
        #expect(article.body.map(\.text) == body)
        #expect(article.discarded.contains(DiscardedLine(line: 6, text: "What you need to know:", reason: .label)))
    }

    @Test("three short dek lines printed without bullets over the byline and date stay in the header")
    func threeLineDek() {
        let deks = ["A driver-owned cooperative has signed up 3,800 members since launching in March.",
                    "Drivers say they earn more per trip, but rides are scarce and the servers have crashed twice.",
                    "The cooperative is now seeking a loan from a development bank to pay for engineers."]
        let title = "Nairobi's ride-hailing drivers built their own app. Keeping it running is the hard part"
        let article = parse(["Labor", title] + deks + ["By Wanjiru Mbugua", "14 November 2024 • Nairobi, Kenya"] + body)
        #expect(article.headline == title)
        #expect(article.standfirst == deks)
        #expect(article.byline.map(\.name) == ["Wanjiru Mbugua"])
        #expect(article.published?.iso == "2024-11-14")
        #expect(article.body.map(\.text) == body)
    }

    @Test("'By Name · date' and 'By Name • date' are a byline with its date")
    func middleDotBylines() {
        for separator in ["·", "•"] {
            let article = parse(["Algarve eases water restrictions after wet autumn", "By Ana Costa \(separator) November 19, 2024"] + body)
            #expect(article.byline.map(\.name) == ["Ana Costa"])
            #expect(article.published?.iso == "2024-11-19")
        }
    }

    @Test("a date under a listed story's title after the article is not the article's date")
    func listedStoryDate() {
        let article = parse(["EDUCATION", "CMS is short 70 bus drivers. Some students are getting to school an hour late", "By Tessa Harlan",
                             "Updated March 4, 2024 6:02 PM"] + body + ["RELATED STORIES FROM CHARLOTTE OBSERVER", "EDUCATION",
                             "CMS superintendent's contract extended through 2027", "FEBRUARY 13, 2024 7:14 PM"])
        #expect(article.published?.text == "March 4, 2024 6:02 PM")
        // a first-publication date right under the article still counts
        let first = parse(["Council approves the new budget after a long debate", "Updated 20 November 2019"] + body
                          + ["First published on 19 November 2019"])
        #expect(first.published?.iso == "2019-11-19")
    }

    @Test("a kicker listing places over the title is the section, and no 'Name, Role' byline")
    func placeListKicker() {
        let title = "Little Village Neighbors Fight Plan For Truck Depot On Former Rail Yard: 'We Already Breathe Enough Diesel'"
        let article = parse(["Pilsen, Little Village, Back of the Yards", title, "Jake Wittich", "6:02 AM CST on Mar 4, 2024"] + body)
        #expect(article.headline == title)
        #expect(article.section == "Pilsen, Little Village, Back of the Yards")
        #expect(article.byline.map(\.name) == ["Jake Wittich"])
        // a name of one word is no person in an unlabelled "Name, Role" line; two words still are
        var line = "Pilsen, Little Village, Back of the Yards"
        #expect(line.withUTF8 { BylineRule.unlabelledASCII($0) } == nil)
        line = "Jane Doe, Staff Writer"
        #expect(line.withUTF8 { BylineRule.unlabelledASCII($0) }?.names.map(\.name) == ["Jane Doe"])
        #expect(BylineRule.plainUnlabelled("Pilsen, Little Village, Back of the Yards") == nil)
    }

    @Test("a closing bracketed e-mail address after a byline's names is no name")
    func bracketedAddressAfterNames() {
        let end = parse(["Seoul tests a subway app that knows where you stand", "Tuesday, March 5, 2024"] + body
                        + ["BY KIM JU-YEON, SEO JI-EUN [seo.jieun1@joongang.co.kr]"])
        #expect(end.byline.map(\.name) == ["KIM JU-YEON", "SEO JI-EUN"])
        #expect(end.body.map(\.text) == body)
        let top = parse(["Seoul tests a subway app that knows where you stand", "By Lee Jin-a (jinaa@heraldcorp.com)", "March 5, 2024"] + body)
        #expect(top.byline.map(\.name) == ["Lee Jin-a"])
        var text = "Jane Doe (Staff)"
        #expect(text.withUTF8 { BylineRule.endBeforeBracketedAddress($0) } == text.utf8.count)
        text = "Jane Doe [jane@x.com]"
        #expect(text.withUTF8 { BylineRule.endBeforeBracketedAddress($0) } == 9)
    }
}
