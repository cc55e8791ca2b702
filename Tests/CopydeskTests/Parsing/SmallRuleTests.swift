@testable import Copydesk
import Testing

@Suite("Small rules: video, dateline, print edition, phrases, classifier")
struct SmallRuleTests {
    @Test("video widget durations")
    func video() {
        #expect(VideoRule.duration(in: "03:15") == "03:15")
        #expect(VideoRule.duration(in: "VIDEO03:45") == "03:45")
        #expect(VideoRule.duration(in: "1:02:03") == "1:02:03")
        #expect(VideoRule.duration(in: "Score: 3:1") == nil)
        #expect(VideoRule.isPublishedNote(textLine("(Published Monday, Nov. 18, 2019)")))
    }

    @Test("datelines are read from the first paragraph", arguments: [
        ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday accused China.", "HANOI, Vietnam"),
        ("SIOUX FALLS, S.D. – People across the nation are talking about it.", "SIOUX FALLS, S.D."),
        ("NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.", "NEW YORK"),
        ("Washington (CNN)The Senate on Tuesday passed a short-term spending bill.", "Washington"),
    ])
    func dateline(paragraph: String, place: String) {
        #expect(DatelineRule.dateline(in: paragraph) == place)
    }

    @Test("no dateline in an ordinary opening")
    func noDateline() {
        #expect(DatelineRule.dateline(in: "Beauty company Coty is breaking out — in a good way.") == nil)
        #expect(DatelineRule.dateline(in: "A row involving Taylor Swift looks like it's coming to an end.") == nil)
    }

    @Test("print-edition notes")
    func printEdition() {
        let note = PrintEditionRule.match("This article appeared in the South China Morning Post print edition as: Xi promises more")
        #expect(note == PrintEdition(publication: "South China Morning Post", headline: "Xi promises more"))
    }

    @Test("known furniture phrases, prefixes and fragments", arguments: [
        ("Advertisement", DiscardReason.advertisement), ("Share this article", .share), ("Most Popular", .list),
        ("TRENDING:", .list), ("© 2019 Hearst Communications, Inc.", .copyright), ("Originally published on Live Science.", .copyright),
        ("Get top news in your inbox daily", .newsletter), ("CLICK HERE TO GET THE FOX NEWS APP", .promo),
        ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", .share), ("Privacy Policy", .footer),
        ("3 min read", .promo), ("More from Business", .list),
        ("Associated Press writer Kim Helper in Sydney contributed to this report.", .attribution),
    ])
    func phrases(line: String, reason: DiscardReason) {
        #expect(KnownPhrases.reason(for: textLine(line)) == reason)
    }

    @Test("speech is never furniture")
    func quotesAreNotFurniture() {
        #expect(KnownPhrases.reason(for: textLine("\"Sign up for the newsletter,\" she urged her readers.")) == nil)
    }

    @Test("classifier: breadcrumbs, embed signatures, counters, labelled related links")
    func classifier() {
        #expect(LineClassifier.classify(textLine("Home News Science & Astronomy")) == .furniture(.navigation))
        #expect(LineClassifier.classify(textLine("Home Depot sales miss, shares plunge")) == .text)
        #expect(LineClassifier.classify(textLine("— Robert Maguire (@RobertMaguire_) November 18, 2019")) == .embed)
        #expect(LineClassifier.classify(textLine("1  /  8")) == .furniture(.mediaLabel))
        #expect(LineClassifier.classify(textLine("1 of 3")) == .furniture(.mediaLabel))
        #expect(LineClassifier.classify(textLine("Reuters")) == .byline(BylineRule.Match(names: [BylineEntry(name: "Reuters")])))
        #expect(LineClassifier.classify(textLine("Related: 7 Strange Signs You're Having an Allergic Reaction"))
                == .related("7 Strange Signs You're Having an Allergic Reaction"))
    }
}
