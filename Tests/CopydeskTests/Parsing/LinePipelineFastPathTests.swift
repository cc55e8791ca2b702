import Testing
@testable import Copydesk

/// The line pipeline's one-walk paths against the plain per-line computations they replace.
@Suite("Line pipeline fast paths")
struct LinePipelineFastPathTests {
    /// Random multi-line texts: every line end, ASCII and Unicode blanks at the edges, marks of every flag.
    static func texts(count: Int, seed: UInt64) -> [String] {
        let pieces = ["a", "Word", " ", "\t", "\n", "\r\n", "\r", "\n\n", " \n ", ".", ". ", "/", ":", ",", "\"", "“", "”", "\u{A0}",
                      "\u{2009}", "\u{3000}", "é", "😀", "www.", "http://", "1", "...", "…", "’", "Photo: AP", "(", ")", "e\u{301}",
                      "\u{A0}\n", "\n\u{2009}", "Mr. Li", "?", "!", "» ", "Video"]
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            (0..<(next() % 120)).map { _ in pieces[next() % pieces.count] }.joined()
        }
    }

    static func sameFacts(_ a: TestLine, _ b: TestLine) -> Bool {
        a.number == b.number && a.text == b.text && a.text.startIndex == b.text.startIndex && a.text.endIndex == b.text.endIndex && a.words == b.words
            && a.endsLikeSentence == b.endsLikeSentence && a.hasComma == b.hasComma && a.hasDigit == b.hasDigit
            && a.hasColon == b.hasColon && a.hasSlash == b.hasSlash && a.hasTab == b.hasTab && a.hasDotSpace == b.hasDotSpace
            && a.hasURL == b.hasURL && a.hasQuoteMark == b.hasQuoteMark && a.lettersBeforeColon == b.lettersBeforeColon
            && a.capitalsAfterDotSpace == b.capitalsAfterDotSpace && a.hasEllipsis == b.hasEllipsis
            && a.firstLowerByte == b.firstLowerByte && a.lastByte == b.lastByte && a.isASCII == b.isASCII && a.byteHash == b.byteHash
    }

    @Test("one walk over the bytes gives the lines and facts of the per-line path")
    func splitMatchesPerLine() {
        let fixed = ["", "\n", " \r\n\t", "one", " one \r\n\r\n\u{A0}two\u{A0}\rthree\n \n", "a\u{A0}\u{A0}\n\u{A0}\u{A0}", "x\r", "\r\n\r\ny"]
        for text in fixed + Self.texts(count: 400, seed: 7) {
            let fast = TestLine.lines(of: text)
            let plain = LineSplitter.lines(of: text).map(TestLine.init)
            #expect(fast.count == plain.count, "\(text.debugDescription)")
            for (a, b) in zip(fast, plain) { #expect(Self.sameFacts(a, b), "\(text.debugDescription) line \(b.number)") }
        }
    }

    @Test("separator lines by bytes are the Substring comparisons they replace")
    func separatorBytes() {
        let plain: [Substring] = ["/", ">", "›", "»"], withBar: [Substring] = ["/", ">", "›", "»", "|"]
        let candidates: [Substring] = ["/", ">", "›", "»", "|", "", "//", "/\u{301}", ">\u{338}", "«", "‹", "»»", "a", "\u{BB}", "\u{203A}",
                                       "›\u{301}", "\u{A0}", "¦", "–", ">>", " /", "/ "]
        for text in candidates {
            #expect(SymbolLine.isPathSeparator(text, bar: false) == plain.contains(text), "\(text.debugDescription)")
            #expect(SymbolLine.isPathSeparator(text, bar: true) == withBar.contains(text), "\(text.debugDescription)")
        }
    }

    @Test("role case tests agree with role equality")
    func roleTests() {
        let roles: [LineRole] = [.text, .duplicate, .embed, .listItem, .captionText, .videoTitle, .video(nil), .video("03:15"),
                                 .related("x"), .bullet("b"), .furniture(.newsletter), .furniture(.navigation), .furniture(.list)]
            + DiscardReason.allCases.map { .furniture($0) }
        for role in roles {
            #expect(role.isText == (role == .text))
            #expect(role.isDuplicate == (role == .duplicate))
            #expect(role.isEmbed == (role == .embed))
            for reason in DiscardReason.allCases { #expect(role.isFurniture(reason) == (role == .furniture(reason))) }
            if case .date = role { #expect(role.isDate) } else { #expect(!role.isDate) }
        }
    }

    @Test("a line's text made from a UTF-8 view slice is the String slice at the same offsets")
    func substringFromOffsets() {
        for text in Self.texts(count: 100, seed: 5) + ["", "a", "é😀 x", " \u{A0}y\r\n"] {
            let utf8 = text.utf8
            let offsets = text.unicodeScalars.indices.map { utf8.distance(from: utf8.startIndex, to: $0) } + [utf8.count]
            for (start, end) in zip(offsets, offsets.dropFirst(3)) {
                let plain = text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
                let made = LineSplitter.substring(of: text, start, end)
                #expect(made == plain && made.startIndex == plain.startIndex && made.endIndex == plain.endIndex)
                #expect(Array(made.unicodeScalars) == Array(plain.unicodeScalars) && made.count == plain.count)
            }
        }
    }

    @Test("the author-bio test with names worked out once agrees with the per-line definition, also as the byline grows")
    func authorBio() {
        let bylines: [[BylineEntry]] = [[], [BylineEntry(name: "Phil Helsel")], [BylineEntry(name: "Madonna")],
                                        [BylineEntry(name: "José Álvarez"), BylineEntry(name: "Li Wei", role: "Reporter")],
                                        [BylineEntry(name: "ÉMILE ZOLA")]]
        let texts = ["Phil Helsel is a reporter for NBC News.", "phil helsel", "Phil Helsel", "PHIL HELSEL", "José Álvarez", "josé álvarez",
                     "JOSÉ ÁLVAREZ", "Li Wei writes", "Li Wei writes about tech.", "li wei", "Émile Zola", "émile zola", "Madonna sings",
                     "Other text here today", "Phil", "Ann Lee", "ann lee", "Ann Lee covers courts.",
                     // the first-byte and length gates: a folded first byte alike, a shorter line, non-ASCII first bytes
                     "phil Helsel is a reporter", "Phil Helse is here", "Phil H", "ÉMILE ZOLA writes about Paris",
                     "E\u{301}MILE ZOLA writes about Paris", "Émile Zola writes novels here", "Ann Leeds is not Ann Lee"]
        func plain(_ names: [BylineEntry], _ line: TestLine) -> Bool {
            names.contains { author in
                author.name.utf8.contains(UInt8(ascii: " "))
                    && (line.words >= 4 && line.text.fastHasPrefix(author.name)
                        && ContextLayoutFastPathTests.plainOpensBio(line.text.dropFirst(author.name.count))  // twenty-second pass
                        || line.lower == author.name.lowercased())
            }
        }
        for names in bylines {
            var builder = ArticleBuilder(article: Article(id: "t", source: Source(path: nil, sha256: "", bytes: 0, encoding: "utf-8")))
            if !names.isEmpty { builder.setByline(BylineRule.Match(names: names), from: textLine("x")) }
            for text in texts { #expect(builder.isAuthorBio(textLine(text)) == plain(names, textLine(text)), "\(text)") }
            builder.addCredits([BylineEntry(name: "Ann Lee")], from: textLine("Reporting by Ann Lee"))
            for text in texts {
                #expect(builder.isAuthorBio(textLine(text)) == plain(builder.article.byline, textLine(text)), "\(text)")
            }
        }
    }
}
