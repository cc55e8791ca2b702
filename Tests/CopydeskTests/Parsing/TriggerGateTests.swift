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

    /// Random lines over pieces that sit on the scan's edges (spaces, marks, URLs, curly quotes, non-ASCII).
    static func randomLines(count: Int, seed: UInt64) -> [Substring] {
        let pieces = ["a", "Z", " ", "\t", ".", "/", ":", ",", "\"", "“", "”", "\u{A0}", "\u{2009}", "é", "e\u{301}", "www.", "WwW.",
                      "http://", "HTTPS://", "htt", "1", "\u{3000}", "😀", "—", "Photo", "by ", "’", "\u{B}", "\u{C}", ". "]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in Substring((0..<next(14)).map { _ in pieces[next(pieces.count)] }.joined()) }
    }

    @Test("the one-pass line flags equal their definitions on random lines")
    func flagsOnRandomLines() {
        for text in Self.randomLines(count: 3000, seed: 7) {
            let flags = LineFlags(text)
            let lower = String(text).lowercased()
            #expect(flags.words == text.unicodeScalars.split(whereSeparator: \.isSpaceLike).count, "\(text)")
            #expect(flags.url == (lower.contains("http://") || lower.contains("https://") || lower.contains("www.")), "\(text)")
            #expect(flags.dotSpace == text.utf8.indices.contains { text.utf8[$0] == 0x2E && text.utf8[text.utf8.index(after: $0)...].first == 0x20 }, "\(text)")
            #expect(flags.tab == text.utf8.contains(0x09), "\(text)")
            #expect(flags.digit == text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }, "\(text)")
            #expect(flags.colon == text.utf8.contains(0x3A) && flags.slash == text.utf8.contains(0x2F) && flags.comma == text.utf8.contains(0x2C), "\(text)")
            #expect(flags.quote == text.unicodeScalars.contains { $0 == "\"" || $0 == "“" || $0 == "”" }, "\(text)")
        }
    }

    /// Caption and credit lines of every shape the rule reads, and lines that just miss each mark.
    static let captionLines = [
        "Image caption Smoke rises over the city", "Image copyright Getty Images", "© REUTERS / POOL", "(AP Photo/Alan Diaz, File)",
        "Workers clear debris. Photo: Hau Dinh, AP", "A man walks by. REUTERS/Brendan McDermid", "Crowds gather on Tuesday. Getty Images",
        "Sam Lens/NPR", "The launch pad at dawn. Courtesy of NASA", "The launch pad at dawn. Photo by Jane Roe", "[File: Reuters]",
        "Getty Images", "AFP", "Shutterstock", "Reuters", "Bloomberg", "Opinion", "Most Popular", "The rover drove on", "by Jane Roe",
        "1of4Grass Valley's Dionicio Torres looks on. Photo: Elias Funez", "Image", "©", "Credit...Jane Roe", "Credit…Jane Roe",
    ]

    @Test("the caption gate passes every caption line and skips only lines the rule rejects")
    func captionGate() {
        for text in Self.captionLines + Self.randomLines(count: 2000, seed: 11).map(String.init) {
            let line = textLine(text)
            if !CaptionRule.mayHoldCaption(line) { #expect(RefCaptionRule.match(line) == nil, "\(text)") }
        }
        for text in Self.captionLines.prefix(12) { #expect(CaptionRule.match(textLine(text)) != nil, "\(text)") }
        // "s" ends "Reuters", but only a line ending with a named source passes for it
        #expect(!CaptionRule.mayHoldCaption(textLine("Opinion")) && !CaptionRule.mayHoldCaption(textLine("News")))
        #expect(CaptionRule.mayHoldCaption(textLine("Reuters")) && CaptionRule.mayHoldCaption(textLine("Smoke rises AFP")))
    }

    @Test("repeated lines are found by their bytes, as a set of byte keys finds them")
    func seenLines() {
        let long = String(repeating: "ab", count: 30), middle = String(repeating: "y", count: 50)
        let texts = ["a", "b", "a", "", "é", "e\u{301}", "é", String(repeating: "x", count: 40), String(repeating: "x", count: 41),
                     String(repeating: "x", count: 40), long + "M" + long, long + "N" + long, long + "M" + long, middle + long, long + middle] + Self.randomLines(count: 400, seed: 3).map(String.init)
        let lines = TestLine.lines(of: texts.map { $0.isEmpty ? "-" : $0 }.joined(separator: "\n"))  // the lines of one page
        var seen = SeenLines(capacity: lines.count)
        var reference: Set<ByteKey> = []
        lines.withPage { buffer, page in
            for index in lines.indices {
                #expect(seen.insert(index, of: buffer, page) == reference.insert(ByteKey(text: lines[index].text)).inserted, "\(lines[index].text)")
            }
        }
    }

    @Test("byte shortcuts give the Character answers")
    func byteShortcuts() {
        let texts: [String] = ["HANOI, Vietnam (AP) — U.S. Defense", "Washington (CNN)The Senate", "(", "a(\u{301}b(c)", "é(x)",
                               String(repeating: "ab ", count: 30), String(repeating: "ab ", count: 19) + "e\u{301}xyz", "x\r\ny"]
            + Self.randomLines(count: 300, seed: 5).map(String.init)
        for text in texts {
            for count in [0, 1, 59, 60, 61, 80] { #expect(DatelineRule.characterPrefix(text, count) == text.prefix(count), "\(text)") }
            let sub = text[...]
            for byte in [UInt8(ascii: "("), UInt8(ascii: ")")] {
                #expect(sub.firstIndex(ofASCII: byte) == sub.firstIndex(of: Character(Unicode.Scalar(byte))), "\(text)")
            }
            let generic = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 4 }.map(String.init))
            #expect(VideoRule.contentWords(sub) == generic, "\(text)")
        }
    }

    @Test("the line splitter's word-at-a-time skip finds every line end")
    func splitterEnds() {
        let pieces = ["abcdefgh", "x", " ", "\r\n", "\n", "\r", "\u{B}", "é", "\t", "12345678901234567"]
        var state: UInt64 = 1
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<12 { state = state &* 6364136223846793005 &+ 1; text += pieces[Int((state >> 33) % UInt64(pieces.count))] }
            let expected = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                .map { $0.trimmedSpace }.filter { !$0.isEmpty }.map(String.init)
            #expect(LineSplitter.lines(of: text).map { String($0.text) } == expected, "\(text.debugDescription)")
        }
    }

    @Test("digit runs, number lines and byte splits give the Character answers")
    func characterShortcuts() {
        let texts: [String] = ["1of4Grass", "12", "1\u{301}of2x", "123456 a", "x1", "1 / 8", "4553", "1,200.5", "1\u{A0}2", "١٢٣", "½ of 3",
                               "a;b;;c", ";\u{301};x", "Reporting by A; editing by B", "", "7\r\n"]
            + Self.randomLines(count: 300, seed: 9).map(String.init)
        for text in texts {
            let sub = text[...]
            #expect(CaptionRule.leadingNumberCount(sub) == sub.prefix { $0.isNumber }.count, "\(text.debugDescription)")
            let generic = sub.allSatisfy { $0.isNumber || $0 == "/" || $0 == " " || $0 == "\u{A0}" || $0 == "," || $0 == "." }
            #expect(LineClassifier.isNumberRun(sub) == generic, "\(text.debugDescription)")
            #expect(sub.pieces(separatedBy: UInt8(ascii: ";")) == sub.split(separator: ";"), "\(text.debugDescription)")
        }
    }

    @Test("job-title and print-note gates keep their lines")
    func bylineAndPrintGates() {
        #expect(BylineRule.matchNameThenRole(textLine("Harriet Vane Social affairs correspondent"))?.names.first?.name == "Harriet Vane")
        #expect(BylineRule.matchNameThenRole(textLine("Harriet Vane Staff Writers")) != nil)  // a plural job title
        #expect(BylineRule.matchNameThenRole(textLine("Harriet Vane Social affairs correspondents now")) == nil)
        #expect(PrintEditionRule.match("This article appeared in the Herald print edition as: Title") != nil)
        #expect(PrintEditionRule.match("The article appeared in the Herald print edition as: Title") == nil)
    }

    @Test("byte openings of bullets, embeds and number runs, and the one-word fragment gate")
    func openingsAndFragments() {
        #expect(LineClassifier.classify(textLine("• First point")) == .bullet("First point"))
        #expect(LineClassifier.classify(textLine("· Second point")) == .bullet("Second point"))
        #expect(LineClassifier.classify(textLine("“Quoted” words here")) == .text)
        #expect(LineClassifier.isEmbedSignature(textLine("— Robert Maguire (@RobertMaguire_) November 18, 2019")))
        #expect(LineClassifier.isEmbedSignature(textLine("– Ann (@ann) May 1")) && !LineClassifier.isEmbedSignature(textLine("–Ann (@ann) May 1")))
        #expect(LineClassifier.isNumberRun("½ / 3") && !LineClassifier.isNumberRun("“1”") && LineClassifier.isNumberRun("\u{A0}1"))
        #expect(KnownPhrases.reason(for: textLine("Newsletter")) == .newsletter)    // ten bytes, no space
        #expect(KnownPhrases.reason(for: textLine("Newsletters!")) == .newsletter)
        #expect(KnownPhrases.reason(for: textLine("Newslette")) == nil)
        #expect(KnownPhrases.reason(for: textLine("Subscriptions")) == .promo)
    }

    @Test("video labels by length, and newsletter titles above a newsletter pitch")
    func videoAndNewsletter() {
        for label in ["Video", "WATCH", "Play video", "Watch Video"] { #expect(VideoRule.isVideoLabel(textLine(label)), "\(label)") }
        for other in ["Videos", "Watch now", "Play videos", "Wätch"] { #expect(!VideoRule.isVideoLabel(textLine(other)), "\(other)") }
        #expect(roles(of: "Breaking News Emails\nGet breaking news alerts in your inbox.\n")
            == [.furniture(.newsletter), .furniture(.newsletter)])
    }

    @Test("the eight-byte letter chunks count words as the byte walk does")
    func flagsOnProse() {
        let pieces = ["ab", "Cd", " ", "  ", "efgh", "IJKLMNOP", ".", ". ", "é", "\t", "1", "Zz", "@[", "`{", "q"]
        var state: UInt64 = 42
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(state % 30) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            let line = Substring(text), flags = LineFlags(line)
            #expect(flags.words == line.unicodeScalars.split(whereSeparator: \.isSpaceLike).count, "\(text)")
            #expect(flags.dotSpace == text.contains(". ") && flags.tab == text.contains("\t") && flags.digit == text.contains("1"), "\(text)")
        }
    }

    @Test("label and lead gates: every label and lead has the mark the scan records")
    func labelAndLeadGates() {
        for label in CaptionRule.labels {
            let bytes = Array(label.utf8)
            let colonAfterLetter = bytes.last == UInt8(ascii: ":") && bytes.count >= 2 && (bytes[bytes.count - 2] | 0x20) &- 97 < 26
            #expect(colonAfterLetter || label.contains("...") || label.contains("…"), "\(label)")
        }
        for lead in CaptionRule.creditLeads { #expect(lead.hasPrefix(". ") && Array(lead.utf8)[2] &- 65 < 26, "\(lead)") }
        let flags = LineFlags("Caption. Photo by X: Y... and… PHOTO: z")
        #expect(flags.capitalsAfterDotSpace == 1 << 15 && flags.ellipsis)
        #expect(flags.lettersBeforeColon == (1 << 23 | 1 << 14))  // "x" and "o"
        #expect(!LineFlags("Said: yes. then").ellipsis && LineFlags("Said: yes. then").capitalsAfterDotSpace == 0)
        for text in Self.captionLines + ["A view. Courtesy of NASA", "A view.  Photo by Ann", "Credit...Jane Roe", "said: “no”"] {
            let line = textLine(text)
            if line.hasColon && !CaptionRule.mayHoldLabel(line.line) { #expect(CaptionRule.labelTable.firstListed(in: line.lower) == nil, "\(text)") }
        }
        #expect(CaptionRule.match(textLine("A view of the launch pad at dawn. Courtesy of NASA")) != nil)
    }

    @Test("the prefix table answers as a loop of prefix tests in list order")
    func prefixTable() {
        let phrases = ["by: ", "by:", "by ", "byline", "©", "(c) ", "this article was originally published", "this article", "a", "ab"]
        let table = PrefixTable(phrases)
        let texts = ["by: x", "by:x", "by x", "bylines", "b", "", "© 2019", "(c) x", "(c)", "this article was originally published here",
                     "this article was", "this articl", "abc", "a", "xyz", "by"] + Self.randomLines(count: 300, seed: 13).map(String.init)
        for text in texts {
            #expect(table.firstMatch(in: text) == phrases.firstIndex { text.utf8.starts(with: $0.utf8) }, "\(text)")
        }
        for prefix in KnownPhrases.prefixes { #expect(KnownPhrases.reason(for: textLine(prefix.0 + " tail")) != nil, "\(prefix.0)") }
    }

    @Test("acronyms by bytes give the Character answer")
    func acronyms() {
        for word in ["CNN", "C", "Cnn", "AP", "ÉTÉ", "É", "A1", "NASA’S", "ÀB", "AB\u{301}", "", "ab"] + Self.randomLines(count: 200, seed: 17).map(String.init) {
            let sub = word[...]
            #expect(BylineRule.isAcronym(sub) == (sub.count >= 2 && sub.allSatisfy { $0.isUppercase }), "\(word)")
        }
        #expect(BylineRule.isRole("CNN Business") && !BylineRule.isRole("Jane Roe") && !BylineRule.isRole("JANE ROE"))
    }
}
