@testable import Copydesk
import Testing

/// Body furniture found by the eighth round of probing other publishers' layouts (twenty-first pass): reader appeals and
/// sign-up boxes beside their buttons, comment notes, follow lines, contact lines, author cards, question-titled links,
/// "Published in Paper, Date" notes, caption-toggled video widgets and update notes.
@Suite("Body furniture, round 8")
struct BodyRound8Tests {
    /// The article parsed from `lines` joined by newlines.
    private func parse(_ lines: [String]) -> Article {
        ArticleParser().parse(text: lines.joined(separator: "\n"), id: "probe")
    }

    /// A header the body lines below can stand under.
    private let header = ["Rural hospitals stop delivering babies across New England", "By Dana Whitfield", "October 7, 2024", ""]
    /// Three paragraphs, each set off by a blank line.
    private let paragraphs = [
        "When the birthing unit at the regional hospital closed last spring, one mother suddenly faced a 70-minute drive.", "",
        "Hospital administrators blame a combination of falling birth rates, thin reimbursements and a shortage of nurses.", "",
        "Researchers who study maternal health say the trend carries real risks for families in the most isolated towns.",
    ]
    /// The paragraphs' text, without the blank lines.
    private var texts: [String] { paragraphs.filter { !$0.isEmpty } }
    /// A closing paragraph.
    private let closing = "The state health department said it would publish a review of rural maternity care early next year."

    /// `test` on the UTF-8 bytes of `text`.
    private func onBytes(_ text: String, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer(test)
    }

    /// The reason the line `text` was discarded with, or `nil` when it was kept.
    private func reason(_ article: Article, _ text: String) -> DiscardReason? {
        article.discarded.first { $0.text == text }?.reason
    }

    @Test("the short lines right above a donation button that speak to the reader or use an appeal's words are the appeal's")
    func appealAboveButton() {
        let boxes: [[String]] = [
            ["We're not going anywhere.", "Stand up for truly independent, trusted news that you can count on!", "Donate now"],
            ["We're a nonprofit newsroom. Support our journalism.", "Donate"],
            ["This story is funded by readers like you.",
             "Our nonprofit newsroom provides award-winning climate coverage free of charge. Please donate now to support our work.", "Donate Now"],
            ["Independent journalism costs money. Support Times of Malta for the price of a coffee.", "Support Us"],
        ]
        for box in boxes {
            let article = parse(header + paragraphs + [""] + box + ["", closing])
            #expect(article.body.map(\.text) == texts + [closing], "\(box)")
            for line in box { #expect(reason(article, line) != nil, "\(line)") }
        }
    }

    @Test("a paragraph above a button stays when it neither speaks to the reader nor uses an appeal's words, holds a quote or is one of four")
    func paragraphAboveButton() {
        let plain = "The council will vote on the plan again in March, officials said."
        let quoted = "\"We want our readers to know what happened,\" she said of the newsroom's decision."
        for line in [plain, quoted] {
            let article = parse(header + paragraphs + ["", line, "Subscribe", "", closing])
            #expect(article.body.contains { $0.text == line }, "\(line)")
        }
        // four lines in a row above the button are no box
        let run = ["Our reporters asked the council for records.", "We received them in May.", "Your questions shaped the story.",
                   "We will keep reporting on the news."]
        let article = parse(header + paragraphs + [""] + run + ["Donate", "", closing])
        #expect(run.allSatisfy { line in article.body.contains { $0.text == line } })
    }

    @Test("the consent line right under a sign-up button and the pitch between a newsletter heading and its button are the box's")
    func signUpBox() {
        let consent = "By giving us your email, you are opting in to the Early Bird Brief."
        // the box between paragraphs, as a newsletter box stands in the middle of an article
        let around = { (box: [String]) in header + Array(self.paragraphs.prefix(3)) + [""] + box + ["", self.texts[2], "", self.closing] }
        let article = parse(around(["Sign up for the Early Bird Brief", "Enter Your Email", "Subscribe", consent]))
        #expect(article.body.map(\.text) == texts + [closing])
        #expect(reason(article, consent) == .promo)
        let pitch = "We deliver climate news to your inbox like nobody else. Every day or once a week, our original stories deliver the full story."
        let box = parse(around(["Newsletters", pitch, "Sign up"]))
        #expect(reason(box, pitch) != nil)
        #expect(box.body.map(\.text) == texts + [closing])
    }

    @Test("a tight box of appeal lines between blank-set paragraphs is promo; a tight pair of article lines is not")
    func looseAppeal() {
        let box = ["Support local journalism in Alaska", "Your support helps make our reporting possible. Subscribe to the Anchorage Daily News today."]
        let article = parse(header + paragraphs + [""] + box + ["", closing])
        #expect(article.body.map(\.text) == texts + [closing])
        #expect(box.allSatisfy { reason(article, $0) == .promo })
        let pair = ["How we reported this story", "Our reporters reviewed 4,000 court records over six months and interviewed 60 families."]
        let kept = parse(header + paragraphs + [""] + pair + ["", closing])
        #expect(kept.body.contains { $0.text == pair[1] })
    }

    @Test("comment notes, share buttons, button lines and subscription pitches are furniture")
    func phrases() {
        let furniture: [(String, DiscardReason)] = [
            ("Comments not loading? We recommend using Google Chrome or Mozilla Firefox.", .footer),
            ("By participating in online discussions you acknowledge that you have agreed to the TERMS OF SERVICE.", .footer),
            ("COMMENTS (4)", .share), ("Comments are moderated and generally will be posted if they are on-topic.", .footer),
            ("Click to email a link to a friend (Opens in new window)", .share), ("Get all-access to exclusive stories.", .promo),
            ("Start Free Trial", .promo), ("Support Us", .promo), ("Become a member", .promo),
        ]
        for (text, expected) in furniture {
            let article = parse(header + paragraphs + ["", text, "", closing])
            #expect(reason(article, text) == expected, "\(text)")
            #expect(article.body.map(\.text) == texts + [closing], "\(text)")
        }
    }

    @Test("a line that opens with Follow or Like and names a network after ' on ' is a share line, at any length")
    func followLines() {
        let lines = ["Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.",
                     "Follow The Gleaner on X, Facebook and Instagram @JamaicaGleaner. Send us a message on WhatsApp at 1-876-499-0169 or email us at onlinenews@gleanerjm.com."]
        for line in lines {
            let article = parse(header + paragraphs + ["", line, "", closing])
            #expect(reason(article, line) == .share, "\(line)")
        }
        #expect(onBytes("Follow us on X", KnownPhrases.isSocialFollow))
        let kept = "Like many farmers on the island, Campbell keeps his goats in a pen behind the house and checks them twice a night."
        let article = parse(header + paragraphs + ["", kept, "", closing])
        #expect(article.body.contains { $0.text == kept })
        #expect(!onBytes("Follow the team on Xbox", KnownPhrases.isSocialFollow))
        #expect(!onBytes("Like many on Twitter, Smith criticised the decision.", KnownPhrases.isSocialFollow))
    }

    @Test("an address alone and a sign-off of names and addresses under the article are attribution; a sentence with an address is not")
    func contactLines() {
        let lines = ["shanique.bryan@gleanerjm.com", "Hannah Wolcott: hwolcott@post-gazette.com. Derek Pirelli: dpirelli@post-gazette.com."]
        for line in lines {
            let article = parse(header + paragraphs + ["", line])
            #expect(reason(article, line) == .attribution, "\(line)")
        }
        let sentence = "Readers can send their views to letters@post-gazette.com by Friday."
        let article = parse(header + paragraphs + ["", sentence, "", closing])
        #expect(article.body.contains { $0.text == sentence })
        #expect(!onBytes("Hector Amezcua hamezcua@sacbee.com", ContextRules.isContactLine))
    }

    @Test("an author card may print its name as 'About Name' and a role line between the name and the description")
    func cards() {
        let bio = "Caroline Hartsfield is the land warfare reporter for Defense News. She previously covered the defense industry."
        let about = parse(header + paragraphs + ["", "About Caroline Hartsfield", bio])
        #expect(reason(about, "About Caroline Hartsfield") == .attribution)
        #expect(reason(about, bio) == .attribution)
        let card = ["Aurelia Banks", "Reporter, New Orleans",
                    "Aurelia Banks covers energy and environmental justice in Louisiana and Mississippi for Inside Climate News."]
        let article = parse(header + paragraphs + [""] + card)
        #expect(card.allSatisfy { reason(article, $0) == .attribution })
        #expect(article.body.map(\.text) == texts)
        // a description that opens with another name is no card's
        let other = "Monique Carter covers energy and environmental justice in Louisiana for the parish radio station and its website."
        let kept = parse(header + paragraphs + ["", "Aurelia Banks", "Reporter, New Orleans", other, "", closing])
        #expect(kept.body.contains { $0.text == other })
    }

    @Test("a question-titled link among a list's items, over its author's name, is an item")
    func questionTitle() {
        let question = "The Inflation Reduction Act was supposed to help coal communities. Did it?"
        let article = parse(header + paragraphs + ["", "Read Next", "How a Wyoming coal town is betting on a nuclear plant", "Kate Yoder",
                                                  question, "Jake Bittle"])
        #expect(article.body.map(\.text) == texts)
        #expect(reason(article, question) == .list)
        // a question over a paragraph ends the list: the body reads on
        let asked = "Officials say it is too early to tell whether the plan is working. Will it last?"
        let reads = parse(header + paragraphs + ["", "Read Next", "How a Wyoming coal town is betting on a nuclear plant", "Kate Yoder",
                                                asked, closing, texts[0]])
        #expect(reads.body.contains { $0.text == asked })
        // a related box between paragraphs: its question-titled link closes it
        let box = parse(header + paragraphs + ["", "GO DEEPER", "California's groundwater is vanishing. Why the state's fix is running behind",
                                              "Thousands of wells went dry in the last drought. Will it happen again?", "", closing])
        #expect(box.body.map(\.text) == texts + [closing])
        #expect(box.related.count == 2)
    }

    @Test("'Published in Paper, Date' is the print-edition note; a sentence opening 'Published in' is not")
    func publishedIn() {
        let article = parse(header + paragraphs + ["", "Published in The Express Tribune, March 5th, 2024."])
        #expect(article.printEdition?.publication == "The Express Tribune")
        #expect(article.body.map(\.text) == texts)
        #expect(PrintEditionRule.matchPublishedIn("Published in Dawn, March 5th, 2024") != nil)
        let sentence = "Published in 1998, the report found that rural hospitals were closing their maternity units."
        #expect(PrintEditionRule.matchPublishedIn(sentence[...]) == nil)
        #expect(PrintEditionRule.matchPublishedIn("Published in Nature, the study followed 4,000 women for a decade.") == nil)
    }

    @Test("the title and description under a caption toggle, closed by the outlet's name, are a video widget's")
    func captionToggleVideo() {
        let lines = ["Cincinnati streetcar extension to Uptown would cost $310M", "Dani Kessler", "Cincinnati Enquirer",
                     "Published 5:02 a.m. ET March 12, 2024", "Show Caption", "Hide Caption", "What would a streetcar to Uptown look like?",
                     "A new study lays out two routes for extending the Connector from Over-the-Rhine to the university.",
                     "Cincinnati Enquirer"] + texts
        let article = parse(lines)
        #expect(article.body.map(\.text) == texts)
        #expect(reason(article, "What would a streetcar to Uptown look like?") == .mediaLabel)
    }

    @Test("'Updated <time> with …' under the article is a label; a sentence opening 'Updated' is not")
    func updateNote() {
        let note = "Updated 4.20pm with comments from the Federation of Maltese Aquaculture Producers."
        let article = parse(header + paragraphs + ["", note])
        #expect(reason(article, note) == .label)
        #expect(!onBytes("Updated figures from 2023 with new data", KnownPhrases.isUpdateNote))
        #expect(onBytes("Updated: 5 March to add a statement", KnownPhrases.isUpdateNote))
    }
}
