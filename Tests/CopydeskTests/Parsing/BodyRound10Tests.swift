@testable import Copydesk
import Testing

/// Body furniture found by the tenth round of probing other publishers' layouts (twenty-third pass): feedback widgets,
/// licences, one-device notices, wire sign-offs, the share row's "X", gallery picture counts, "Support …" donation
/// boxes, magazine print notes and subheadings under an audio player.
@Suite("Body furniture, round 10")
struct BodyRound10Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// A header the body lines below can stand under.
    private let header = ["Wellington to trial smart water meters in three suburbs", "By Dana Whitfield", "October 7, 2024", ""]
    /// Three paragraphs, each set off by a blank line.
    private let paragraphs = [
        "Wellington will trial smart water meters on about 3000 homes in Karori, Miramar and Tawa next year, after councillors voted.", "",
        "The trial is part of a push to cut the amount of drinking water lost through leaks, which the utility puts at 40 percent.", "",
        "The utility's chief executive said the meters would help crews find leaks on private property far sooner than they can now.",
    ]
    /// The paragraphs' text, without the blank lines.
    private var texts: [String] { paragraphs.filter { !$0.isEmpty } }
    /// A closing paragraph.
    private let closing = "The council said it would publish the trial's results and a report on the costs early next year."

    /// The reason the line `text` was discarded with, or `nil` when it was kept.
    private func reason(_ article: Article, _ text: String) -> DiscardReason? {
        article.discarded.first { $0.text == text }?.reason
    }

    @Test("feedback widgets, licences, device notices, reprint notes and sign-offs between paragraphs are furniture")
    func phraseLines() {
        let lines: [(String, DiscardReason)] = [
            ("Was this page helpful?", .promo), ("Thanks for your feedback!", .promo), ("Tell us why!", .promo),
            ("Share your feedback to help improve our site experience!", .promo), ("Sign up!", .newsletter), ("Go Deeper.", .list),
            ("Creative Commons License", .footer),
            ("This article is licensed under a Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International License.", .footer),
            ("Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.",
             .attribution),
            ("This message will be displayed on the other device.", .promo), ("--Editing by Alyssa Miller.", .attribution),
            ("For a reprint of this article, please contact reprints@law360.com.", .copyright),
            ("Commenting for this story is now closed.", .footer), ("Disclaimer & comment rules", .footer),
            ("If you have a Facebook account, become a fan and comment on our Facebook Page!", .share),
            ("FEEDBACK: Use this form to send a message to the author of this post.", .promo),
        ]
        for (line, expected) in lines {
            let article = parse(header + paragraphs + ["", line, "", closing])
            #expect(article.body.map(\.text) == texts + [closing], "\(line)")
            #expect(reason(article, line) == expected, "\(line)")
        }
    }

    @Test("a lone X between two share buttons is a share button; a lone X elsewhere is kept")
    func shareRowX() {
        let article = parse(header + ["Share", "Facebook", "X", "Email", ""] + paragraphs)
        #expect(article.body.map(\.text) == texts)
        #expect(reason(article, "X") == .share)
        let kept = roles(of: "Facebook\nX\nThe vote is on Tuesday.")
        #expect(kept[1] == .text)
        #expect(roles(of: "Facebook\nX\nEmail")[1] == .furniture(.share))
    }

    @Test("a gallery's picture count is a media label; other short number lines are not")
    func pictureCount() {
        #expect(LineClassifier.classify(textLine("24 Photos")) == .furniture(.mediaLabel))
        #expect(LineClassifier.classify(textLine("8 images")) == .furniture(.mediaLabel))
        #expect(LineClassifier.classify(textLine("12 Pictures")) == .furniture(.mediaLabel))
        #expect(LineClassifier.classify(textLine("24 Photographers")) != .furniture(.mediaLabel))
        #expect(LineClassifier.classify(textLine("Photos 24")) != .furniture(.mediaLabel))
        #expect(LineClassifier.classify(textLine("24 photos,")) != .furniture(.mediaLabel))
    }

    @Test("a box headed 'Support …' whose lines read as an appeal is promo furniture; a news subheading is kept")
    func supportBoxes() {
        let box = ["Support MPR News",
                   "Your support matters. You make MPR News possible. Individual donations are behind the clarity in coverage.",
                   "Donate today. A gift of $17 makes a difference."]
        let article = parse(header + paragraphs + [""] + box + ["", closing])
        #expect(article.body.map(\.text) == texts + [closing])
        for line in box { #expect(reason(article, line) == .promo, "\(line)") }
        let news = ["Support for the plan", "Councillors who backed the trial said the meters would pay for themselves within five years."]
        let kept = parse(header + paragraphs + [""] + news + ["", closing])
        #expect(kept.body.map(\.text) == texts + news + [closing])
    }

    @Test("magazine and regional print notes are the print edition")
    func printNotes() {
        let issue = "This article originally appeared in the April 2024 issue of Texas Monthly with the headline “Ginned Out.” Subscribe today."
        let article = parse(header + paragraphs + ["", issue])
        #expect(article.printEdition == PrintEdition(publication: "Texas Monthly", headline: "Ginned Out"))
        #expect(article.body.map(\.text) == texts)
        let print = parse(header + paragraphs + ["", "Print Headline: Saline County OKs raises for jailers"])
        #expect(print.printEdition == PrintEdition(publication: nil, headline: "Saline County OKs raises for jailers"))
        #expect(PrintEditionRule.matchIssue("This article originally appeared in print.") == nil)
        #expect(PrintEditionRule.matchPrintHeadline("Print headlines are shorter.") == nil)
    }

    @Test("a sentence-case line right under an audio player's buttons and over paragraphs is a subheading")
    func headingUnderPlayer() {
        let player = ["Wellington Water's chief executive on the meter trial", "Listen duration 4′ 12″", "Add to playlist", "Download"]
        let more = ["Several councillors who voted against the trial said it was a first step towards charging households by volume.", "",
                    "Councillor Ben Mackie said residents had been told for years that meters were about leaks, and that few believed it.", "",
                    closing]
        let heading = "Fears of charging by stealth"
        let article = parse(header + paragraphs + ["", ""] + player + ["", heading, ""] + more)
        #expect(article.body.contains(BodyBlock(kind: .subheading, text: heading)))
        #expect(!article.related.contains { $0.title == heading })
        #expect(reason(article, "Download") == .navigation)
        let title = "Councillors Back The Meter Trial Again"  // title case under a button stays a related link
        let linked = parse(header + paragraphs + ["", ""] + player + ["", title, ""] + more)
        #expect(linked.related.contains { $0.title == title })
        #expect(!linked.body.contains { $0.text == title })
    }

    @Test("a card under a promo header between paragraphs: its title a link, the picture's description and dek furniture")
    func promoCard() {
        let card = ["Read More", "Moldovans at a polling station in Chisinau.", "Moldova's Referendum Was a Warning, Not a Victory",
                    "A narrow vote for Europe exposed how far Russian influence reaches."]
        let article = parse(header + paragraphs + [""] + card + ["", closing])
        #expect(article.body.map(\.text) == texts + [closing])
        #expect(article.related.map(\.title) == [card[2]])
        #expect(reason(article, card[1]) == .promo && reason(article, card[3]) == .promo)
        // no title in the block: the lines stay body
        let plain = ["Read More", "The meters will be installed from March.", "Residents will be told a week ahead."]
        let kept = parse(header + paragraphs + [""] + plain + ["", closing])
        #expect(kept.body.contains { $0.text == plain[1] })
    }
}
