@testable import Copydesk
import Testing

/// Body furniture found by the ninth round of probing other publishers' layouts (twenty-second pass): signed-off last
/// paragraphs, biographies that must read as one, lone subheadings with a proper noun, audio, video and share widgets,
/// sign-up and donation pitches, affiliate and site notes, link cards, reader comments, "■" end marks and section
/// print notes.
@Suite("Body furniture, round 9")
struct BodyRound9Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// A header the body lines below can stand under.
    private let header = ["Schools cut classes short as the heat index climbs", "By Dana Whitfield", "October 7, 2024", ""]
    /// Three paragraphs, each set off by a blank line.
    private let paragraphs = [
        "Public schools in 17 regions may shift to half-day classes as the heat index climbed to dangerous levels this week.", "",
        "School heads were given the authority to cut in-person classes to a morning shift whenever the heat index is high.", "",
        "Teachers' groups welcomed the order but said it did not address the conditions that made classrooms unbearable.",
    ]
    /// The paragraphs' text, without the blank lines.
    private var texts: [String] { paragraphs.filter { !$0.isEmpty } }
    /// A closing paragraph.
    private let closing = "The education department said it would publish a review of the school calendar early next year."

    /// The reason the line `text` was discarded with, or `nil` when it was kept.
    private func reason(_ article: Article, _ text: String) -> DiscardReason? {
        article.discarded.first { $0.text == text }?.reason
    }

    /// True when `text` is a signed-off ending (`TextLine.endsWithSignOff` on its bytes).
    private func signedOff(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { TextLine.endsWithSignOff($0) }
    }

    @Test("widget labels, sign-up pitches, affiliate notes and site terms between paragraphs are furniture")
    func phraseLines() {
        let lines: [(String, DiscardReason)] = [
            ("Listen to this story.", .promo), ("Enjoy more audio and podcasts on iOS or Android.", .promo),
            ("Your browser does not support the <audio> element.", .mediaLabel), ("Give", .share), ("Threads", .share),
            ("Copy Link URL Copied!", .share), ("Print friendly version", .share), ("Copy page URL", .share),
            ("NEXT: Brickbat: Overdue", .promo), ("Thank you for donating to DutchNews.nl.", .promo),
            ("Stay updated with the latest news!", .newsletter),
            ("By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.", .newsletter),
            ("This field is for validation purposes and should be left unchanged.", .newsletter),
            ("Follow topics and we'll email you when the site publishes news, reviews, and features on those subjects.", .newsletter),
            ("If you click on a link and make a purchase we may receive a small commission. Read our editorial policy.", .promo),
            ("All products featured on the magazine are independently selected by our editors.", .promo),
            ("This story was originally published March 4, 2024, 5:45 PM.", .copyright),
            ("This article was originally written in Korean and translated by a bilingual reporter.", .attribution),
            ("Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement.", .footer),
            ("doi: 10.1126/science.zk4q9d2", .copyright), ("Relevant tags:", .navigation),
            ("Listen to “It's All Good: A Block Club Chicago Podcast”:", .promo),
        ]
        for (line, expected) in lines {
            let article = parse(header + paragraphs + ["", line, "", closing])
            #expect(article.body.map(\.text) == texts + [closing], "\(line)")
            #expect(reason(article, line) == expected, "\(line)")
        }
    }

    @Test("a last paragraph signed off in capitals after its full stop stays a paragraph")
    func signedOffParagraph() {
        let last = "Forecasters said the hot and dry conditions were expected to persist until May as the El Niño weakens. INQ"
        let article = parse(header + paragraphs + ["", last, "", "Subscribe to our daily newsletter"])
        #expect(article.body.last == BodyBlock(kind: .paragraph, text: last))
        #expect(article.related.isEmpty)
        #expect(signedOff("weakens. INQ") && signedOff("on Tuesday. —AFP") && signedOff("she said.” PNA"))
        #expect(!signedOff("weakens.INQ") && !signedOff("a visit to NASA") && !signedOff("the end. ABCDEF") && !signedOff("Text. A"))
    }

    @Test("a line that opens with the writer's name is a biography only when a verb or a mark of one follows the name")
    func biographies() {
        let bio = "Dana Whitfield covers education for the paper."
        let sentence = "Dana Whitfield has some of the strongest opinions in the newsroom on the school calendar, colleagues say."
        let article = parse(header + paragraphs + ["", sentence, "", closing, "", bio])
        #expect(article.body.contains { $0.text == sentence })
        #expect(reason(article, bio) == .attribution)
    }

    @Test("a lone sentence-case line between paragraphs is a subheading with one proper noun in six words or more")
    func loneSubheading() {
        let heading = "Pedestrian crashes Downtown have risen 38% since 2019"
        let article = parse(header + paragraphs + ["", heading, "", closing])
        #expect(article.body.contains(BodyBlock(kind: .subheading, text: heading)))
        let title = "Mayor Signs Budget Deal With County Board"
        let other = parse(header + paragraphs + ["", title, "", closing])
        #expect(!other.body.contains { $0.text == title })
    }

    @Test("the text after a paragraph closed by the end mark ■ is no body")
    func endMark() {
        let marked = "For now, the default is to muddle through, with overtime, lockdowns and the occasional battalion of part-time "
            + "soldiers. That is cheaper than paying officers properly, until the day it goes badly wrong.■"
        let promo = "Stay informed with our weekly briefing, with fast analysis of the most important political news of the week."
        let article = parse(header + paragraphs + ["", marked, "", promo])
        #expect(article.body.map(\.text) == texts + [marked])
    }

    @Test("a print note naming a section reads the section and the quoted headline")
    func sectionPrintNote() {
        let note = "This article appeared in the United States section of the print edition under the headline \"Who will guard the guards?\""
        let article = parse(header + paragraphs + ["", note])
        #expect(article.printEdition == PrintEdition(publication: "United States section", headline: "Who will guard the guards?"))
    }

    @Test("reader comments between their author-and-date lines and their Report and Reply buttons are no body")
    func readerComments() {
        let comments = ["Join the debate", "Add your comment", "Peter Cavendish 5 March 2024",
                        "Good. The Spring was a start but nobody wants to do 70mph on the motorway in one.", "Report", "Reply"]
        let article = parse(header + paragraphs + ["", closing, ""] + comments)
        #expect(article.body.map(\.text) == texts + [closing])
        // a paragraph above a "Report" line with a paragraph above it stays
        let kept = parse(header + paragraphs + ["", closing, "Report"])
        #expect(kept.body.map(\.text) == texts + [closing])
    }

    @Test("titles under a promo header and a card's dek over its By line are links, not body")
    func promoHeaderLinks() {
        let titles = ["Dacia Spring review", "New Renault 5 E-Tech: prices and specs revealed", "Best cheap electric cars 2024"]
        let article = parse(header + paragraphs + ["", "Read more"] + titles + ["", closing])
        #expect(article.body.map(\.text) == texts + [closing])
        #expect(article.related.map(\.title) == titles)
        let card = ["Read More", "The Best Rye Bread Recipe Starts With a Very Sticky Dough",
                    "Rye is famously difficult to work with. Here's how to make it anyway.", "By Jordan Whitley"]
        let carded = parse(header + paragraphs + [""] + card + ["", closing])
        #expect(carded.body.map(\.text) == texts + [closing])
        #expect(carded.related.map(\.title) == [card[1]])
    }

    @Test("a link card between paragraphs: the title a link, its summary and the site's name furniture")
    func linkCard() {
        let card = ["Kraków scraps plans for strict low-emission zone after public backlash", "",
                    "Kraków has abandoned plans to ban older cars from the entire city after protests from residents.", "",
                    "NotesFromPoland.com"]
        let article = parse(header + paragraphs + [""] + card + ["", closing])
        #expect(article.body.map(\.text) == texts + [closing])
        #expect(article.related.map(\.title) == [card[0]])
        #expect(ContextRules.isSiteName(UnsafeBufferPointer(start: nil, count: 0)) == false)
        for (name, expected) in [("NotesFromPoland.com", true), ("example.co.uk", true), ("Reuters", false), ("e.g.", false),
                                 ("3news.com", false), ("site.Com", false), ("www.example.travel", false)] {
            #expect(Array(name.utf8).withUnsafeBufferPointer { ContextRules.isSiteName($0) } == expected, "\(name)")
        }
    }

    @Test("a video's title over its Watch on YouTube link and its caption line under it are no body")
    func playerLink() {
        let widget = ["Hollow Tide - Announcement Trailer", "Watch on YouTube", "Hollow Tide's reveal trailer, from last June."]
        let article = parse(header + paragraphs + [""] + widget + ["", closing])
        #expect(article.body.map(\.text) == texts + [closing])
        #expect(article.media.allSatisfy { $0.caption != widget[2] })
    }

    @Test("appeal lines a blank line apart over a donation button are the appeal's; a news paragraph there stays")
    func spacedAppeal() {
        let appeal = ["Thank you for your support of our journalism, which we could not do without donations from readers like you.", "",
                      "We could not provide this service without the generous support of our readers. Your donations allow us to report.", "",
                      "Make a donation"]
        let article = parse(header + paragraphs + [""] + appeal)
        #expect(article.body.map(\.text) == texts)
        let news = "The council donated the land to the school district last year, officials said on Monday."
        let kept = parse(header + paragraphs + ["", news, "", "Donate"])
        #expect(kept.body.map(\.text) == texts + [news])
    }

    @Test("a list header of the form More …: and a story-tag header keep their items out of the body")
    func listHeaders() {
        let items = ["Bracketology: Where Iowa State Lands After Its Big Night in Ames",
                     "The Five Most Dangerous Mid-Major Teams Heading Into March"]
        let article = parse(header + paragraphs + ["", "More College Basketball:"] + items)
        #expect(article.body.map(\.text) == texts)
        #expect(reason(article, "More College Basketball:") == .list)
    }
}
