@testable import Copydesk
import Testing

/// Byline, time-stamp and caption shapes from publishers outside the dev corpus.
@Suite("Rules for other publishers' layouts")
struct GeneralisationRuleTests {
    @Test("'ByTom Fenwick', 'Posted by X on <date>', 'X and Y, Outlet'")
    func bylineShapes() {
        #expect(BylineRule.match(textLine("ByTom Fenwick"))?.names.map(\.name) == ["Tom Fenwick"])
        #expect(BylineRule.match(textLine("BYU wins again")) == nil)
        let posted = BylineRule.match(textLine("Posted by Aisha Karimova on March 18, 2020"))
        #expect(posted?.names.map(\.name) == ["Aisha Karimova"])
        #expect(posted?.date?.published.text == "March 18, 2020")
        let pair = BylineRule.match(textLine("BY JEROME HALVERSEN AND NINA CASTELLANOS, CAPITOL BEAT"))
        #expect(pair?.names.map(\.name) == ["JEROME HALVERSEN", "NINA CASTELLANOS"])
        #expect(pair?.names.first?.role == "CAPITOL BEAT")
    }

    @Test("a name then a job title without a comma; an agency, a bar and a date")
    func unlabelledShapes() {
        let match = BylineRule.matchNameThenRole(textLine("Harriet Vane Social affairs correspondent"))
        #expect(match?.names == [BylineEntry(name: "Harriet Vane", role: "Social affairs correspondent")])
        #expect(BylineRule.matchNameThenRole(textLine("The new reporter")) == nil)
        let agency = BylineRule.matchAgencyLine(textLine("PTI | Updated: Nov 20, 2019, 08:00 IST"))
        #expect(agency?.names.map(\.name) == ["PTI"])
        #expect(agency?.date?.published.text.hasPrefix("Nov 20, 2019") == true)
    }

    @Test("a name then a sentence-case title: the capitalised beat word starts the title")
    func sentenceCaseTitles() {
        let cases = [("Damian Carrington Environment editor", "Damian Carrington", "Environment editor"),
                     ("Peter Walker Political correspondent", "Peter Walker", "Political correspondent"),
                     ("Harriet Vane Social affairs correspondent", "Harriet Vane", "Social affairs correspondent"),
                     ("John Smith reporter", "John Smith", "reporter")]
        for (line, name, role) in cases {
            #expect(BylineRule.matchNameThenRole(textLine(line))?.names == [BylineEntry(name: name, role: role)], "\(line)")
        }
    }

    @Test("'A version of this article appears in print on …' is a print-edition note with its edition and headline")
    func versionInPrint() {
        let note = PrintEditionRule.matchVersion("A version of this article appears in print on July 1, 2023, Section A, Page 18 of the New York edition with the headline: Council Approves Budget.")
        #expect(note == PrintEdition(publication: "New York edition", headline: "Council Approves Budget"))
        #expect(PrintEditionRule.matchVersion("A version of this article appears in print on July 1, 2023.")
                == PrintEdition(publication: nil, headline: nil))
        #expect(PrintEditionRule.matchVersion("A version of this story ran in the weekend magazine.") == nil)
    }

    @Test("a lone credit heads the caption under it when the line above is a paragraph or a job title")
    func creditAboveCaption() {
        let article = ArticleParser().parse(text: """
        Rail strikes: Train drivers vote to accept pay offer
        Maeve Sullivan
        Cost of living correspondent
        Train drivers have voted to accept a pay offer, bringing an end to a long-running dispute across the region.
        Members of the drivers' union backed the deal by a large majority, the union said on Tuesday.
        PA Media
        Union members on a picket line outside a station in Leeds last year
        The transport department welcomed the result and said services would return to normal within weeks.
        """, id: "below")
        #expect(article.byline == [BylineEntry(name: "Maeve Sullivan", role: "Cost of living correspondent")])
        #expect(article.media.map(\.caption) == ["Union members on a picket line outside a station in Leeds last year"])
        #expect(article.media.map(\.credit) == ["PA Media"])
        #expect(article.body.count == 3)
        // a caption line above the credit (no paragraph, no job title) keeps it
        let above = ArticleParser().parse(text: """
        Train drivers have voted to accept a pay offer, bringing an end to a long-running dispute across the region.
        Drivers on a picket line in Leeds
        Getty Images
        The transport department welcomed the result and said services would return to normal within weeks.
        """, id: "above")
        #expect(above.media.map(\.caption) == ["Drivers on a picket line in Leeds"])
    }

    @Test("a newsroom's 'By …' line is a byline; other 'By …' lines stay attributions; 'By Reuters' is no picture credit")
    func newsroomBylines() {
        for (line, name) in [("By Al Jazeera Staff", "Al Jazeera Staff"), ("By Bloomberg News", "Bloomberg News"),
                             ("By Times Staff Writer", "Times Staff Writer"), ("By The Associated Press", "The Associated Press")] {
            #expect(BylineRule.newsroom(Substring(line))?.names == [BylineEntry(name: name)], "\(line)")
        }
        for line in ["By Any Means Necessary", "By staff reporter", "By The Guardian", "By Staff"] {
            #expect(BylineRule.newsroom(Substring(line)) == nil, "\(line)")
        }
        let article = ArticleParser().parse(text: """
        Floods kill dozens in southern Brazil as rivers burst their banks
        By Reuters
        4 May 2024
        Floods in southern Brazil have killed at least 39 people and left dozens missing, authorities said on Saturday.
        The state civil defence agency said more than 24,000 people had been forced from their homes.
        """, id: "reuters")
        #expect(article.headline == "Floods kill dozens in southern Brazil as rivers burst their banks")
        #expect(article.byline == [BylineEntry(name: "Reuters")])
        #expect(article.media.isEmpty)
    }

    @Test("a related-story promo between paragraphs gives related links and does not end the body")
    func inlinePromo() {
        let article = ArticleParser().parse(text: """
        Storms threaten millions across the central US this week
        By Mary Gilbert
        The storm is expected to bring damaging winds, large hail and possibly tornadoes to parts of Texas and Oklahoma.
        Forecasters said the most dangerous conditions would arrive late on Tuesday evening across the plains.
        Related article
        Tornado warnings issued as storms sweep through the South
        The threat will shift to the Southeast on Wednesday, the forecasters said.
        """, id: "promo")
        #expect(article.body.count == 3)
        #expect(article.related == [RelatedLink(title: "Tornado warnings issued as storms sweep through the South", after: 1)])
        #expect(article.discarded.map(\.reason) == [.promo])
    }

    @Test("an archived article's age label is furniture")
    func ageLabel() {
        #expect(KnownPhrases.exactLines["this article is more than 1 year old"] == .label)
        #expect(KnownPhrases.exactLines["this article is more than 5 years old"] == .label)
        #expect(KnownPhrases.exactLines["this article is more than 3 months old"] == .label)
    }

    @Test("bare times of live pages are labels, not text")
    func timeStamps() {
        #expect(LineClassifier.isTimeStamp(textLine("11.42 GMT")))
        #expect(LineClassifier.isTimeStamp(textLine("Updated at 11.05 GMT")))
        #expect(LineClassifier.isTimeStamp(textLine("9:05 am ET")))
        #expect(!LineClassifier.isTimeStamp(textLine("2019 was a year")))
    }

    @Test("caption credits: a lone agency in brackets, 'Photo by', a photographer/outlet pair")
    func captionCredits() {
        let yonhap = CaptionRule.match(textLine("Party leader Kim Tae-nyeon speaks at the National Assembly on Tuesday. (Yonhap)"))
        #expect(yonhap == .captioned(text: "Party leader Kim Tae-nyeon speaks at the National Assembly on Tuesday.", credit: "Yonhap"))
        let photoBy = CaptionRule.match(textLine("Motorbikes crowd a street in Hanoi. Photo by VnE/Giang Huy"))
        #expect(photoBy == .captioned(text: "Motorbikes crowd a street in Hanoi.", credit: "VnE/Giang Huy"))
        let pair = CaptionRule.match(textLine("A honeybee approaches a flower in a test arena. Lena Ortiz/Public Airwaves"))
        #expect(pair == .captioned(text: "A honeybee approaches a flower in a test arena.", credit: "Lena Ortiz/Public Airwaves"))
    }
}
