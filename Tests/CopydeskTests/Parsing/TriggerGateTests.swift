@testable import Copydesk
import Testing

/// Gates that skip a rule must only skip lines the rule rejects: each case checks the gate against the
/// full rule, on lines that just pass and lines that just fail.
@Suite("Rule gates")
struct TriggerGateTests {
    /// Texts around the date gate's limit of three other words.
    static let dateTexts: [Substring] = [
        "Nov 19, 2019", "Posted on Nov 19, 2019 by staff", "one two three Nov 19, 2019", "one two three four Nov 19, 2019",
        "He said on March 21 that 12 people came", "Tuesday 12:30 pm EST updated", "22 hours ago", "3 minutes ago in Paris and Rome",
        "Café crème Nov 19, 2019 déjà", "naïve naïve naïve naïve 2019-11-18", "ÉtéNov 19 2019 ok ok ok",
        "NOVEMBER 19, 2019 AT 5 PM", "Septembers and Octobers were 2019-11-18 dates", "Yesterday at 5:00 am today",
        "LeBron sets triple-double mark, Lakers hold off OKC 112-107", "a.m. p.m. 5:00 t Z gmt", "x 1/2/3 y z w",
        "Mon Tue Wed Thu Fri 12.11.2019", "Monday, Tuesday, sept 5 2019 and then", "inthe 2019", "1 2 3 4",
    ]

    @Test("the short-date gate rejects only texts whose date has more than three other words")
    func shortDateGate() {
        for text in Self.dateTexts {
            let found = DateText.find(in: text)
            if !DateText.mayHoldShortDate(text, otherWordsAtMost: 3) {
                #expect(found == nil || found!.otherWords > 3, "\(text)")
            }
        }
    }

    @Test("the short-date gate's edge cases", arguments: [
        ("one two three Nov 19, 2019", true),       // three other words: the rule decides
        ("one two three four Nov 19, 2019", false), // four: skipped
        ("Café crème thé Nov 19, 2019 four", true),  // words touching accents are not counted
        ("Posted on at of Nov 19, 2019", true),     // glue and date words are not counted
        ("Septembers one two Nov 19, 2019", true),  // a long word counts once: three
        ("Septembers one two three Nov 19, 2019", false),
    ])
    func shortDateEdges(text: String, passes: Bool) {
        #expect(DateText.mayHoldShortDate(text[...], otherWordsAtMost: 3) == passes, "\(text)")
    }

    @Test("date lines still match behind the gate")
    func dateLinesMatch() {
        for line in ["Published 22 hours ago", "Updated 5:27 am CST, Wednesday, November 20, 2019", "20 Nov 2019 08:00 GMT",
                     "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"] {
            #expect(DateRule.match(textLine(line)) != nil, "\(line)")
        }
        #expect(DateRule.match(textLine("He was arrested in April for the March 21 call to the offices of Omar.")) == nil)
    }
}
